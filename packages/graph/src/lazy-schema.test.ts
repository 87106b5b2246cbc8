import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type * as LazySchemaModule from './lazy-schema.ts';

type LazySchema = typeof LazySchemaModule.lazySchema;

/** lazySchema as a browser page has it (a `document`: schemas wait for their first use). */
async function onAPage(): Promise<LazySchema> {
  vi.stubGlobal('document', {});
  vi.resetModules();
  return (await import('./lazy-schema.ts')).lazySchema;
}

describe('lazySchema', () => {
  let lazySchema: LazySchema;
  beforeEach(async () => {
    lazySchema = await onAPage();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('builds nothing until the schema is used, then builds it once', () => {
    let builds = 0;
    const zName = lazySchema(() => {
      builds++;
      return z.string().min(1);
    });
    expect(builds).toBe(0);
    expect(zName.parse('a')).toBe('a');
    expect(zName.safeParse('').success).toBe(false);
    expect(builds).toBe(1);
  });

  it('answers as the schema inside other schemas, with its methods and checks', () => {
    const zId = lazySchema(() => z.string().min(1).brand<'Id'>());
    const zItem = lazySchema(() => z.object({ id: zId, tags: z.array(zId).optional() }));
    const zList = lazySchema(() => z.array(zItem.extend({ n: z.number().default(0) })));
    expect(zList.parse([{ id: 'a' }])).toEqual([{ id: 'a', n: 0 }]);
    const failed = zList.safeParse([{ id: 'a', tags: [''] }]);
    expect(failed.success).toBe(false);
    expect(failed.error?.issues[0]?.path).toEqual([0, 'tags', 0]);
    expect(zId.optional().parse(undefined)).toBeUndefined();
    expect(z.union([zId, z.number()]).parse(3)).toBe(3);
    expect(zItem instanceof z.ZodObject).toBe(true);
    expect(Object.keys(zItem.shape)).toEqual(['id', 'tags']);
  });

  it('builds at once where there is no page (hub, runners, workers)', async () => {
    vi.unstubAllGlobals();
    vi.resetModules();
    const { lazySchema: elsewhere } = await import('./lazy-schema.ts');
    let builds = 0;
    const zName = elsewhere(() => {
      builds++;
      return z.string();
    });
    expect(builds).toBe(1);
    expect(zName.parse('a')).toBe('a');
    expect(builds).toBe(1);
  });
});
