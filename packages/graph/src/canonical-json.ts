/**
 * JSON text with object keys sorted (by code unit) and no whitespace, so equal values always
 * give the same string on every engine. Keys whose value is `undefined` are left out, as
 * `JSON.stringify` does. Throws a `TypeError` on what JSON cannot hold: non-finite numbers,
 * bigints, functions, symbols, `undefined` at the top or in an array.
 */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  write(value, parts);
  return parts.join('');
}

function write(value: unknown, out: string[]): void {
  if (value === null) {
    out.push('null');
    return;
  }
  switch (typeof value) {
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'number':
      if (!Number.isFinite(value))
        throw new TypeError(`canonicalJson: ${value} is not a JSON number`);
      out.push(JSON.stringify(value));
      return;
    case 'string':
      out.push(JSON.stringify(value));
      return;
    case 'object':
      if (Array.isArray(value)) writeArray(value, out);
      else writeObject(value as Record<string, unknown>, out);
      return;
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} is not a JSON value`);
  }
}

function writeArray(values: readonly unknown[], out: string[]): void {
  out.push('[');
  values.forEach((item, i) => {
    if (i > 0) out.push(',');
    write(item, out);
  });
  out.push(']');
}

function writeObject(record: Record<string, unknown>, out: string[]): void {
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  out.push('{');
  keys.forEach((key, i) => {
    if (i > 0) out.push(',');
    out.push(JSON.stringify(key), ':');
    write(record[key], out);
  });
  out.push('}');
}
