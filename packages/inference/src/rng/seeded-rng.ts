/**
 * A seeded, deterministic random number generator: xoshiro128** (Blackman & Vigna) seeded through
 * SplitMix32. Only 32-bit integer arithmetic (`Math.imul`, shifts) drives the state, so the same
 * seed gives the same stream of integers and floats on every machine and every JavaScript engine.
 * Normal draws use Box–Muller, which calls `Math.log`, `Math.cos` and `Math.sin`: V8 implements
 * them in software (fdlibm), so they too are identical wherever the same Node major runs.
 */
export interface SeededRng {
  /** Uniform integer in [0, 2^32). */
  nextUint32(): number;
  /** Uniform float in [0, 1), 32 random bits. */
  nextFloat(): number;
  /** Standard normal draw (mean 0, variance 1). */
  nextNormal(): number;
  /** Fills `out` with standard normal draws, in order; the same as calling `nextNormal` per item. */
  fillNormal(out: Float32Array | Float64Array): void;
}

const TWO_POW_32 = 4294967296;
const GOLDEN = 0x9e3779b9;

/** SplitMix32's output function: a bijection on 32-bit words. */
function mix32(value: number): number {
  let z = value | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) | 0;
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

class Xoshiro128StarStar implements SeededRng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  private spare = 0;
  private hasSpare = false;

  constructor(seed: number) {
    const lo = seed >>> 0;
    const hi = Math.floor(seed / TWO_POW_32) >>> 0;
    // Two words from each half of the seed: distinct seeds give distinct states, never all zero.
    this.s0 = mix32(lo + GOLDEN);
    this.s1 = mix32(lo + 2 * GOLDEN);
    this.s2 = mix32(hi ^ 0x6a09e667);
    this.s3 = mix32((hi ^ 0xbb67ae85) + GOLDEN);
  }

  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9);
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result >>> 0;
  }

  nextFloat(): number {
    return this.nextUint32() / TWO_POW_32;
  }

  nextNormal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    // u1 in (0, 1] keeps the logarithm finite.
    const u1 = (this.nextUint32() + 1) / TWO_POW_32;
    const angle = (2 * Math.PI * this.nextUint32()) / TWO_POW_32;
    const radius = Math.sqrt(-2 * Math.log(u1));
    this.spare = radius * Math.sin(angle);
    this.hasSpare = true;
    return radius * Math.cos(angle);
  }

  fillNormal(out: Float32Array | Float64Array): void {
    for (let i = 0; i < out.length; i++) out[i] = this.nextNormal();
  }
}

/**
 * A generator for `seed`, any safe integer (the node catalogue's seeds are 0..2^32-1; larger
 * seeds use their high bits too). Throws on a non-integer seed.
 */
export function createRng(seed: number): SeededRng {
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`seed must be a safe integer, got ${String(seed)}`);
  }
  return new Xoshiro128StarStar(seed);
}
