import type { InferenceSession } from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import type { TensorSignature } from '../manifest/manifest-schema.ts';
import { sessionSignatureProblems } from './check-signature.ts';

function sessionWith(
  inputs: InferenceSession.ValueMetadata[],
): Parameters<typeof sessionSignatureProblems>[0] {
  return {
    inputNames: inputs.map((m) => m.name),
    inputMetadata: inputs,
    outputNames: ['y'],
    outputMetadata: [{ name: 'y', isTensor: true, type: 'float32', shape: [] }],
  };
}

const tensor = (shape: (number | string)[]): InferenceSession.ValueMetadata => ({
  name: 'x',
  isTensor: true,
  type: 'int64',
  shape,
});

const expected = (
  shape: (number | string)[],
): { inputs: TensorSignature[]; outputs: TensorSignature[] } => ({
  inputs: [{ name: 'x', dtype: 'int64', shape }],
  outputs: [{ name: 'y', dtype: 'float32', shape: [] }],
});

describe('sessionSignatureProblems', () => {
  it('accepts a symbolic dimension under another name', () => {
    expect(
      sessionSignatureProblems(sessionWith([tensor(['N', 16])]), expected(['batch', 16])),
    ).toEqual([]);
  });

  it('accepts an unnamed dynamic dimension', () => {
    expect(
      sessionSignatureProblems(sessionWith([tensor(['', 16])]), expected(['batch', 16])),
    ).toEqual([]);
  });

  it('refuses a fixed dimension where the manifest promises any size', () => {
    expect(
      sessionSignatureProblems(sessionWith([tensor([1, 16])]), expected(['batch', 16])),
    ).toEqual(['input "x" has shape [1, 16], manifest says ["batch", 16]']);
  });

  it('refuses another rank', () => {
    expect(
      sessionSignatureProblems(sessionWith([tensor(['batch'])]), expected(['batch', 16])),
    ).toHaveLength(1);
  });

  it('refuses a non-tensor value', () => {
    const session = sessionWith([{ name: 'x', isTensor: false }]);
    expect(sessionSignatureProblems(session, expected([16]))).toEqual([
      'input "x" is not a tensor',
    ]);
  });
});
