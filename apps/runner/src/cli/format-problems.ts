import type { Problem } from '@tessera/graph';

/** A problem's place in the document, as a field path: `nodes[3].params.steps`. */
export function fieldPath(path: Problem['path']): string {
  let text = '';
  for (const part of path) {
    text += typeof part === 'number' ? `[${part}]` : text === '' ? part : `.${part}`;
  }
  return text === '' ? '(document)' : text;
}

/** What a problem is about: its node, its edge, the nodes of a cycle, or the document. */
export function subjectOf(problem: Problem): string {
  if (problem.nodeId !== undefined) return `node ${problem.nodeId}`;
  if (problem.edgeId !== undefined) return `edge ${problem.edgeId}`;
  if (problem.nodeIds !== undefined) return `nodes ${problem.nodeIds.join(', ')}`;
  return 'document';
}

const pad = (text: string, width: number) => text.padEnd(width);

/**
 * One line per problem, columns aligned: severity, subject, field path, the sentence and its
 * code. Errors first, then warnings, each in document order.
 */
export function formatProblems(problems: readonly Problem[]): string[] {
  const sorted = [
    ...problems.filter((p) => p.severity === 'error'),
    ...problems.filter((p) => p.severity !== 'error'),
  ];
  const rows = sorted.map((p) => ({
    severity: p.severity,
    subject: subjectOf(p),
    path: fieldPath(p.path),
    text: `${p.message} [${p.code}]`,
  }));
  const width = (key: 'severity' | 'subject' | 'path') =>
    Math.max(...rows.map((row) => row[key].length));
  const [severityWidth, subjectWidth, pathWidth] = [
    width('severity'),
    width('subject'),
    width('path'),
  ];
  return rows.map(
    (row) =>
      `${pad(row.severity, severityWidth)}  ${pad(row.subject, subjectWidth)}  ${pad(row.path, pathWidth)}  ${row.text}`,
  );
}

/** "2 errors, 1 warning" */
export function countProblems(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
