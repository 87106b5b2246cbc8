// "5 minutes ago" for the workflow list; older than a week shows the date.

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
];

export function formatUpdated(when: Date, now: Date, locale = 'en'): string {
  let amount = Math.round((when.getTime() - now.getTime()) / 1000);
  if (Math.abs(amount) < 10) return 'just now';
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(amount) < size) return relative.format(amount, unit);
    amount = Math.round(amount / size);
  }
  return when.toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric' });
}
