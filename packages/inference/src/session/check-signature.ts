import type { InferenceSession } from 'onnxruntime-node';
import type { TensorDim, TensorSignature } from '../manifest/manifest-schema.ts';
import { ModelPackageError } from '../manifest/model-package-error.ts';

interface SignedSession {
  readonly inputNames: readonly string[];
  readonly outputNames: readonly string[];
  readonly inputMetadata: readonly InferenceSession.ValueMetadata[];
  readonly outputMetadata: readonly InferenceSession.ValueMetadata[];
}

/** What a manifest says a stage's ONNX file takes and gives. */
export interface StageSignature {
  readonly inputs: readonly TensorSignature[];
  readonly outputs: readonly TensorSignature[];
}

/**
 * Compares a loaded session's inputs and outputs with the manifest: the same names (order does
 * not matter), dtypes and ranks; a fixed dimension must match exactly, and a symbolic one
 * (`"batch"`) must be dynamic in the model too (its name may differ). Lists every difference.
 */
export function sessionSignatureProblems(
  session: SignedSession,
  expected: StageSignature,
): string[] {
  return [
    ...compare('input', expected.inputs, session.inputNames, session.inputMetadata),
    ...compare('output', expected.outputs, session.outputNames, session.outputMetadata),
  ];
}

/** Throws `signature-mismatch` naming the file and every difference. */
export function checkSessionSignature(
  session: SignedSession,
  expected: StageSignature,
  file: string,
  stage: string,
): void {
  const problems = sessionSignatureProblems(session, expected);
  if (problems.length > 0) {
    throw new ModelPackageError(
      'signature-mismatch',
      file,
      `the model's tensors differ from the manifest's stage "${stage}": ${problems.join('; ')}`,
    );
  }
}

function compare(
  kind: 'input' | 'output',
  expected: readonly TensorSignature[],
  names: readonly string[],
  metadata: readonly InferenceSession.ValueMetadata[],
): string[] {
  const problems: string[] = [];
  const expectedNames = expected.map((s) => s.name);
  for (const name of expectedNames) {
    if (!names.includes(name)) {
      problems.push(`${kind} "${name}" is missing (model has ${list(names)})`);
    }
  }
  for (const name of names) {
    if (!expectedNames.includes(name)) problems.push(`unexpected ${kind} "${name}"`);
  }
  for (const want of expected) {
    const have = metadata.find((m) => m.name === want.name);
    if (!have) continue;
    if (!have.isTensor) {
      problems.push(`${kind} "${want.name}" is not a tensor`);
      continue;
    }
    if (have.type !== want.dtype) {
      problems.push(`${kind} "${want.name}" has dtype ${have.type}, manifest says ${want.dtype}`);
    }
    if (!shapeMatches(want.shape, have.shape)) {
      problems.push(
        `${kind} "${want.name}" has shape ${shape(have.shape)}, manifest says ${shape(want.shape)}`,
      );
    }
  }
  return problems;
}

function shapeMatches(want: readonly TensorDim[], have: readonly (number | string)[]): boolean {
  if (want.length !== have.length) return false;
  return want.every((dim, i) => {
    const actual = have[i];
    return typeof dim === 'number' ? actual === dim : typeof actual === 'string';
  });
}

const shape = (dims: readonly (number | string)[]): string =>
  `[${dims.map((d) => (typeof d === 'string' ? JSON.stringify(d) : String(d))).join(', ')}]`;

const list = (names: readonly string[]): string =>
  names.length === 0 ? 'none' : names.map((n) => `"${n}"`).join(', ');
