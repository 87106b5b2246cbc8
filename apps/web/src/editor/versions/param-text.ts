// A param value as a read-only view prints it.
const MAX_SHOWN = 80;

export function paramText(value: unknown): string {
  if (value === undefined) return '—';
  if (typeof value === 'string') {
    const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
    return shown === '' ? '""' : shown;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return String(value);
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return `a ${typeof value}`;
  }
}
