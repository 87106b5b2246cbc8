// Workflow names to file names and back, for export and import.

const MAX_NAME = 200;

/** "My poster.v2.json" → "My poster.v2"; a path keeps only its last part. */
export function nameFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).at(-1) ?? fileName;
  const name = base.replace(/\.json$/i, '').trim();
  return (name === '' ? 'Imported workflow' : name).slice(0, MAX_NAME);
}

/** A file name for exporting the workflow `name`: characters file systems refuse become "-". */
export function exportFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const safe = name.replace(/[\u0000-\u001f<>:"/\\|?*]+/g, '-').replace(/^[\s.-]+|[\s.]+$/g, '');
  return `${safe === '' ? 'workflow' : safe.slice(0, MAX_NAME)}.json`;
}
