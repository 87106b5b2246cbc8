import { PlanEditError } from './plan-edit-error.ts';

/**
 * The lock mask of `plan.resample` as text: one bit per cell, row-major, as hex. Each row is
 * `ceil(width / 4)` hex digits; the highest bit of a row's first digit is column 0 (so a row reads
 * left to right, like the grid), and bits past the last column are 0. A 16×16 mask is 64 digits,
 * 4 per row: `ffff` locks a whole row, `f000` its first four columns, `8000` column 0 alone.
 * Upper- or lower-case digits are read; `encodeLockMask` writes lower case. The empty string
 * locks nothing.
 *
 * Example, rows 0–7 of 16 locked: `'ffff'.repeat(8) + '0000'.repeat(8)`.
 */
export function encodeLockMask(mask: ArrayLike<number | boolean>, height: number, width: number) {
  checkShape(height, width);
  if (mask.length !== height * width) {
    throw new PlanEditError(
      `a ${height}×${width} lock mask has ${height * width} cells, got ${mask.length}`,
    );
  }
  const digits = Math.ceil(width / 4);
  let text = '';
  for (let r = 0; r < height; r += 1) {
    for (let d = 0; d < digits; d += 1) {
      let nibble = 0;
      for (let b = 0; b < 4; b += 1) {
        const c = 4 * d + b;
        if (c < width && mask[r * width + c]) nibble |= 8 >> b;
      }
      text += nibble.toString(16);
    }
  }
  return text;
}

/** Cells of a lock mask (1 = locked), row-major; throws `PlanEditError` saying what is wrong. */
export function decodeLockMask(text: string, height: number, width: number): Uint8Array {
  checkShape(height, width);
  const mask = new Uint8Array(height * width);
  if (text === '') return mask;
  const digits = Math.ceil(width / 4);
  if (text.length !== height * digits) {
    throw new PlanEditError(
      `a lock mask for a ${height}×${width} plan is ${height * digits} hex digits (${digits} per row), got ${text.length}`,
    );
  }
  for (let r = 0; r < height; r += 1) {
    for (let d = 0; d < digits; d += 1) {
      const at = r * digits + d;
      const char = text[at] ?? '';
      const nibble = /^[0-9a-fA-F]$/.test(char) ? parseInt(char, 16) : -1;
      if (nibble < 0) {
        throw new PlanEditError(`lock mask character ${JSON.stringify(char)} at ${at} is not hex`);
      }
      for (let b = 0; b < 4; b += 1) {
        const c = 4 * d + b;
        const bit = (nibble & (8 >> b)) !== 0;
        if (c >= width && bit) {
          throw new PlanEditError(`lock mask row ${r} sets a bit past column ${width - 1}`);
        }
        if (bit) mask[r * width + c] = 1;
      }
    }
  }
  return mask;
}

function checkShape(height: number, width: number): void {
  if (!Number.isInteger(height) || !Number.isInteger(width) || height < 1 || width < 1) {
    throw new PlanEditError(`a lock mask needs a positive integer size, got ${height}×${width}`);
  }
}
