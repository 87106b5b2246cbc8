import { describe, expect, it } from 'vitest';
import { zNodeDisplayWire } from '@tessera/protocol';
import { toDisplayWire } from './display-wire.ts';

describe('toDisplayWire', () => {
  it("sends image.save's files in a form the hub accepts", () => {
    const wire = toDisplayWire({
      kind: 'saved',
      files: [{ name: 'tessera_00003.png', bytes: 4321, width: 1024, height: 1024 }],
    });
    expect(wire).toEqual({
      kind: 'saved',
      files: [{ name: 'tessera_00003.png', bytes: 4321, width: 1024, height: 1024 }],
    });
    expect(zNodeDisplayWire.safeParse(wire).success).toBe(true);
  });

  it('leaves a shown image and no display behind', () => {
    const image = { width: 1, height: 1, channels: 3 as const, data: new Uint8Array(3) };
    expect(toDisplayWire({ kind: 'image', image })).toBeUndefined();
    expect(toDisplayWire(undefined)).toBeUndefined();
  });
});
