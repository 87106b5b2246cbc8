import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64.ts';

const text = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('base64', () => {
  it('matches the RFC 4648 test vectors', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'Zg=='],
      ['fo', 'Zm8='],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg=='],
      ['fooba', 'Zm9vYmE='],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [plain, encoded] of vectors) {
      expect(bytesToBase64(text(plain))).toBe(encoded);
      expect(base64ToBytes(encoded)).toEqual(text(plain));
    }
  });

  it('round-trips any bytes, and agrees with the runtime btoa', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const encoded = bytesToBase64(bytes);
        expect(encoded).toBe(btoa(String.fromCharCode(...bytes)));
        expect(base64ToBytes(encoded)).toEqual(bytes);
      }),
    );
  });

  it('rejects non-canonical or malformed text', () => {
    for (const bad of [
      'Zg',
      'Zg=',
      'Zh==',
      'Zm9=',
      'Z===',
      'Zm 9v',
      'Zm9v\n',
      'Zm-v',
      'Zé9v',
      '=Zm9',
    ]) {
      expect(() => base64ToBytes(bad), bad).toThrow(SyntaxError);
    }
  });
});
