// docs/architecture.md stays true to the repository: the paths it names exist, its links and the
// links into it resolve, its package table is the package manifests' dependencies, and it lists
// every browser-safe source of the lint rules.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const repositoryRoot = resolve(import.meta.dirname, '../../../..');
const documentPath = join(repositoryRoot, 'docs/architecture.md');
const document = readFileSync(documentPath, 'utf8');

/** The document without its fenced code blocks (their backticks and `#` lines are not prose). */
const prose = document.replace(/^```[\s\S]*?^```$/gm, '');

/** The text under one `## heading`, up to the next heading of that level. */
function section(heading: string): string {
  const start = prose.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`docs/architecture.md has no section "${heading}"`);
  const end = prose.indexOf('\n## ', start + 1);
  return prose.slice(start, end < 0 ? undefined : end);
}

const backticked = (text: string): string[] =>
  [...text.matchAll(/`([^`\n]+)`/g)].map((match) => match[1] ?? '');

const topFolders = new Set(
  readdirSync(repositoryRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name),
);

/** Spans like `packages/hub/src/hub.ts`: a top-level folder, then a concrete path. */
const repositoryPaths = backticked(prose).filter(
  (span) =>
    topFolders.has(span.split('/')[0] ?? '') && span.includes('/') && !/[\s*<>{}…]/.test(span),
);

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchorOf = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number} -]/gu, '')
    .replace(/ /g, '-');

const anchors = new Set(
  [...prose.matchAll(/^#{1,6} (.+)$/gm)].map((match) => anchorOf(match[1] ?? '')),
);

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.next', '.tools', 'data', 'generated']);

/** Repository files that may link to the document: Markdown and sources. */
function filesLinkingIn(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return SKIPPED_FOLDERS.has(entry.name) ? [] : filesLinkingIn(path);
    return /\.(?:md|ts|tsx|mjs)$/.test(entry.name) ? [path] : [];
  });
}

describe('docs/architecture.md', () => {
  it('names only paths that exist', () => {
    expect(repositoryPaths.length).toBeGreaterThan(40);
    const missing = repositoryPaths.filter((path) => !existsSync(join(repositoryRoot, path)));
    expect(missing).toEqual([]);
  });

  it('links only to files that exist and to its own headings', () => {
    const targets = [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1] ?? '');
    expect(targets.length).toBeGreaterThan(0);
    const broken = targets.filter((target) => {
      if (/^[a-z]+:/.test(target)) return false;
      const [file = '', anchor] = target.split('#');
      if (file === '') return anchor === undefined || !anchors.has(anchor);
      return !existsSync(resolve(dirname(documentPath), file));
    });
    expect(broken).toEqual([]);
  });

  it('has every heading that the repository links to', () => {
    const linked = filesLinkingIn(repositoryRoot).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/architecture\.md#([\w-]+)/g)].map((match) => ({
        file: relative(repositoryRoot, file),
        anchor: match[1] ?? '',
      })),
    );
    expect(linked.length).toBeGreaterThan(3);
    expect(linked.filter(({ anchor }) => !anchors.has(anchor))).toEqual([]);
  });

  it('gives each package the workspace dependencies of its package.json', () => {
    const rows = section('Packages')
      .split('\n')
      .map((line) => /^\| `((?:packages|apps)\/[\w-]+)` \|.*\| ([^|]+) \|$/.exec(line))
      .filter((match) => match !== null);
    const documented = Object.fromEntries(
      rows.map(([, folder = '', dependencies = '']) => [
        folder,
        dependencies.trim() === '—' ? [] : dependencies.split(',').map((name) => name.trim()),
      ]),
    );
    const manifests = Object.fromEntries(
      ['packages', 'apps'].flatMap((group) =>
        readdirSync(join(repositoryRoot, group))
          .filter((name) => existsSync(join(repositoryRoot, group, name, 'package.json')))
          .map((name) => {
            const manifest = JSON.parse(
              readFileSync(join(repositoryRoot, group, name, 'package.json'), 'utf8'),
            ) as { dependencies?: Record<string, string> };
            const workspace = Object.keys(manifest.dependencies ?? {})
              .filter((dependency) => dependency.startsWith('@tessera/'))
              .map((dependency) => dependency.slice('@tessera/'.length))
              .sort();
            return [`${group}/${name}`, workspace];
          }),
      ),
    );
    expect(documented).toEqual(manifests);
  });

  it('lists every browser-safe source of the lint rules', async () => {
    const rules: unknown = await import(
      pathToFileURL(join(repositoryRoot, 'eslint-import-boundaries.mjs')).href
    );
    const listed: unknown = (rules as { BROWSER_SAFE_SOURCES?: unknown }).BROWSER_SAFE_SOURCES;
    const sources = Array.isArray(listed)
      ? listed.filter((source): source is string => typeof source === 'string')
      : [];
    expect(sources.length).toBeGreaterThan(3);
    const named = new Set(backticked(section('Packages')));
    expect(sources.filter((source) => !named.has(source))).toEqual([]);
  });
});
