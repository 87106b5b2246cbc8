/** Where to go after signing in: the `next` query value when it stays on this site, else `/`. */
export function nextTarget(search: string): string {
  const next = new URLSearchParams(search).get('next');
  return next && next.startsWith('/') && !next.startsWith('//') && !next.includes('\\')
    ? next
    : '/';
}
