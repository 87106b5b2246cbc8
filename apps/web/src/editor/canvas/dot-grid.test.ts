import { describe, expect, it } from 'vitest';
import { dotGrid, dotStops } from './dot-grid.ts';

describe('dotGrid', () => {
  it('puts a dot every gap, scaled by the zoom, half a tile before the viewport origin', () => {
    expect(dotGrid([0, 0, 2], 16, 'grey')).toEqual({
      backgroundSize: '32px 32px',
      backgroundPosition: '-16.5px -16.5px',
      backgroundImage: 'radial-gradient(circle at 1.5px 1.5px, grey 0.5px, transparent 1.5px)',
    });
  });

  it('moves the tiles with the pan, wrapping at a tile', () => {
    const at = (x: number) => dotGrid([x, 0, 2], 16, 'grey').backgroundPosition;
    expect(at(100)).toBe('-12.5px -16.5px');
    expect(at(100 + 32)).toBe(at(100));
  });

  it('never makes an empty tile', () => {
    expect(dotGrid([5, 5, 0], 16, 'grey').backgroundSize).toBe('1px 1px');
  });
});

describe('dotStops', () => {
  it('gives a dot about the light of the SVG dot it stands for', () => {
    // A cone of base R holds πR²/3: half the area of a disc of the dot's radius.
    const small = dotStops(0.35);
    expect(small.solid).toBe(0);
    expect((Math.PI * small.clear ** 2) / 3).toBeCloseTo((Math.PI * 0.35 ** 2) / 2, 9);
    expect(dotStops(2)).toEqual({ solid: 1.5, clear: 2.5 });
  });
});
