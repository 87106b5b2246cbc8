// The import boundaries (eslint-import-boundaries.mjs) fail on each kind of violation, pass clean
// code, and are part of the repository's ESLint config.
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const repositoryRoot = resolve(import.meta.dirname, '../../../..');

// Only the boundary rules (and a parser for TypeScript syntax): no type information needed, so
// the files named below need not exist.
const boundariesOnly = new ESLint({
  cwd: repositoryRoot,
  overrideConfigFile: join(repositoryRoot, 'eslint-import-boundaries.mjs'),
  overrideConfig: {
    files: ['**/*.{ts,tsx,mts,mjs}'],
    languageOptions: { parser: tseslint.parser },
  },
});

/** `rule: message` of every problem ESLint reports for `code` as the file at `path`. */
async function problems(path: string, code: string): Promise<string[]> {
  const [result] = await boundariesOnly.lintText(code, {
    filePath: join(repositoryRoot, path),
  });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

const SPEC_FILE = 'packages/nodes/src/specs/new-node.ts';
const WEB_CLIENT_FILE = 'apps/web/src/editor/new-panel.tsx';

describe('browser-safe code', () => {
  it.each([
    ["import { readFileSync } from 'node:fs';", 'the Node built-in "node:fs"'],
    ["import { readFile } from 'fs/promises';", 'the Node built-in "fs/promises"'],
    ["export { join } from 'path';", 'the Node built-in "path"'],
    [
      "import { InferenceSession } from 'onnxruntime-node';",
      '"onnxruntime-node", which works only in Node',
    ],
    [
      "import { PrismaClient } from '@prisma/client';",
      '"@prisma/client", which works only in Node',
    ],
    ["const zlib = await import('node:zlib');", 'the Node built-in "node:zlib"'],
    [
      "import { createBuiltinRegistry } from '@tessera/nodes';",
      '"@tessera/nodes": it loads packages/nodes/src/index.ts, which is not browser-safe',
    ],
    [
      "import { encodePng } from '@tessera/png';",
      '"@tessera/png": it loads packages/png/src/index.ts, which is not browser-safe',
    ],
    [
      "import { arPlanNode } from '../nodes/ar-plan.ts';",
      'packages/nodes/src/nodes/ar-plan.ts, which is not browser-safe',
    ],
    [
      "import { testContext } from '../testing/index.ts';",
      'packages/nodes/src/testing/index.ts, which is not browser-safe',
    ],
    // An inline `type` modifier still leaves `import {} from 'node:fs'` in the output.
    ["import { type Stats } from 'node:fs';", 'the Node built-in "node:fs"'],
  ])('refuses %s', async (code, complaint) => {
    const found = await problems(SPEC_FILE, code);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('tessera/browser-safe-imports: Browser-safe code may not import');
    expect(found[0]).toContain(complaint);
  });

  it('refuses module names it cannot check, and Node globals', async () => {
    expect(await problems(SPEC_FILE, 'const name = "x"; await import(name);')).toEqual([
      'tessera/browser-safe-imports: Browser-safe code imports modules by literal names only, so that their safety can be checked.',
    ]);
    const globals = await problems(
      WEB_CLIENT_FILE,
      'export const bytes = Buffer.from(process.env.X ?? "", "utf8"); export const here = import.meta.dirname;',
    );
    expect(globals.map((problem) => problem.split(':')[0])).toEqual([
      'no-restricted-globals',
      'no-restricted-globals',
      'no-restricted-syntax',
    ]);
  });

  it('accepts browser-safe modules, npm packages and type-only imports', async () => {
    const code = [
      "import { z } from 'zod';",
      "import { useState } from 'react';",
      "import { validate } from '@tessera/graph';",
      "import { createNodeCatalogue } from '@tessera/nodes/specs';",
      "import { readPngText } from '@tessera/png/chunks';",
      "import { encodeTokenPlan } from '@tessera/protocol';",
      "import poster from '@tessera/graph/fixtures/poster.workflow.json';",
      "import type { Stats } from 'node:fs';",
      "import type { NodeImplementation } from '@tessera/nodes';",
      "import type { AppRouter } from '../server/trpc/app-router.ts';",
      "export type { InferenceSession } from 'onnxruntime-node';",
      "import './editor.css';",
    ].join('\n');
    expect(await problems(WEB_CLIENT_FILE, code)).toEqual([]);
  });

  it('leaves Node-only code, tests and the web server alone', async () => {
    const code = "import { readFileSync } from 'node:fs'; import * as ort from 'onnxruntime-node';";
    for (const path of [
      'packages/nodes/src/nodes/new-node.ts',
      'packages/nodes/src/specs/new-node.test.ts',
      'packages/graph/src/testing/new-helper.ts',
      'apps/web/src/server/new-route.ts',
      'apps/runner/src/new-command.ts',
    ]) {
      expect(await problems(path, code)).toEqual([]);
    }
  });
});

describe('packages', () => {
  it.each([
    "import { readEnv } from '@tessera/web';",
    "import type { Env } from '@tessera/runner';",
    "import { readEnv } from '../../../../apps/web/src/server/env.ts';",
    "export * from '../../../../apps/runner/src/env.ts';",
  ])('may not import an app: %s', async (code) => {
    const found = await problems('packages/hub/src/testing/new-helper.ts', code);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('tessera/no-app-imports: Packages may not import the apps');
  });

  it('may import each other, and apps may import packages', async () => {
    const code =
      "import { createHub } from '@tessera/hub'; import { openDatabase } from '@tessera/db';";
    expect(await problems('packages/hub/src/new-file.ts', code)).toEqual([]);
    expect(await problems('apps/web/src/server/new-file.ts', code)).toEqual([]);
  });
});

describe('the repository ESLint config', () => {
  const repositoryConfig = new ESLint({ cwd: repositoryRoot });

  it('applies the boundaries', async () => {
    const rulesFor = async (path: string): Promise<Record<string, unknown>> => {
      const config = (await repositoryConfig.calculateConfigForFile(
        join(repositoryRoot, path),
      )) as { rules?: Record<string, unknown> };
      return config.rules ?? {};
    };
    expect(await rulesFor('packages/graph/src/validate.ts')).toMatchObject({
      'tessera/browser-safe-imports': [2],
      'tessera/no-app-imports': [2],
    });
    expect(await rulesFor('apps/web/src/editor/model/connect.ts')).toMatchObject({
      'tessera/browser-safe-imports': [2],
    });
    expect(await rulesFor('packages/inference/src/index.ts')).toMatchObject({
      'tessera/no-app-imports': [2],
    });
    expect(await rulesFor('packages/inference/src/index.ts')).not.toHaveProperty(
      'tessera/browser-safe-imports',
    );
  });
});
