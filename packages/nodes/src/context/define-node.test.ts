import { ParamsError, defineNodeSpec } from '@tessera/graph';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { testContext } from '../testing/index.ts';
import { PortValueError, defineNode } from './define-node.ts';
import type { ImageValue, TokenPlanValue } from './port-values.ts';

const spec = defineNodeSpec({
  type: 'test.caption',
  version: 1,
  title: 'Caption',
  category: 'test',
  description: '',
  params: [
    { name: 'count', kind: 'int', default: 2, min: 1 },
    { name: 'mode', kind: 'enum', options: ['a', 'b'], default: 'a' },
  ],
  inputs: [
    { name: 'image', type: 'IMAGE' },
    { name: 'plan', type: 'TOKEN_PLAN', optional: true },
  ],
  outputs: [{ name: 'text', type: 'STRING' }],
  output: false,
});

const image: ImageValue = { width: 2, height: 1, channels: 3, data: new Uint8Array(6) };

const caption = defineNode(spec, (ctx) => {
  expectTypeOf(ctx.params).toEqualTypeOf<{ count: number; mode: 'a' | 'b' }>();
  expectTypeOf(ctx.inputs.image).toEqualTypeOf<ImageValue>();
  expectTypeOf(ctx.inputs.plan).toEqualTypeOf<TokenPlanValue | undefined>();
  const text = `${ctx.params.mode}×${ctx.params.count} ${ctx.inputs.image.width}px`;
  return Promise.resolve({ outputs: { text } });
});

describe('defineNode', () => {
  it('hands execute checked, typed params (defaults applied) and inputs', async () => {
    const result = await caption.execute(testContext({ params: { count: 3 }, inputs: { image } }));
    expect(result.outputs).toEqual({ text: 'a×3 2px' });
  });

  it('throws ParamsError naming the type and param for a bad value', async () => {
    const run = caption.execute(
      testContext({ params: { count: 0, mode: 'a' }, inputs: { image } }),
    );
    await expect(run).rejects.toThrow(ParamsError);
    await expect(
      caption.execute(testContext({ params: { count: 0, mode: 'a' }, inputs: { image } })),
    ).rejects.toThrow('"test.caption": param "count" must be at least 1, got 0');
  });

  it('names a required input without a value, or one of the wrong type', async () => {
    await expect(caption.execute(testContext({ params: { count: 1, mode: 'a' } }))).rejects.toThrow(
      new PortValueError('input "image" (IMAGE) has no value'),
    );
    await expect(
      caption.execute(testContext({ params: { count: 1, mode: 'a' }, inputs: { image: 'x' } })),
    ).rejects.toThrow('input "image" should be IMAGE, got "x"');
    const short = { ...image, data: new Uint8Array(5) };
    await expect(
      caption.execute(testContext({ params: { count: 1, mode: 'a' }, inputs: { image: short } })),
    ).rejects.toThrow('input "image" should be IMAGE');
  });

  it('names an output the node failed to return', async () => {
    const broken = defineNode(spec, () =>
      Promise.resolve({ outputs: { text: 5 } } as unknown as { outputs: { text: string } }),
    );
    await expect(
      broken.execute(testContext({ params: { count: 1, mode: 'a' }, inputs: { image } })),
    ).rejects.toThrow('test.caption returned 5 for output "text" (STRING)');
  });
});
