import { ModelPackageError } from '../manifest/model-package-error.ts';

const MISSING_EXTERNAL = /External data path does not exist: "([^"]+)"/;

/**
 * Turns whatever onnxruntime threw while loading `file` into a `ModelPackageError` that names
 * the file. A missing external-data file becomes `missing-file` naming that file.
 */
export function onnxLoadError(file: string, error: unknown): ModelPackageError {
  const message = error instanceof Error ? error.message : String(error);
  const external = MISSING_EXTERNAL.exec(message)?.[1];
  if (external !== undefined) {
    return new ModelPackageError(
      'missing-file',
      external,
      `missing: it is an external-data file of ${file} (onnxruntime: ${firstLine(message)})`,
      { cause: error },
    );
  }
  return new ModelPackageError(
    'onnx-load-failed',
    file,
    `onnxruntime cannot load this model: ${firstLine(message)}`,
    { cause: error },
  );
}

function firstLine(text: string): string {
  return text.split('\n')[0]?.trim() ?? text;
}
