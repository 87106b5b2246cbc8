import { readFile } from 'node:fs/promises';
import { InputError } from './command.ts';

const reasonOf = (error: unknown): string => {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    if (error.code === 'ENOENT') return 'there is no such file';
    if (error.code === 'EISDIR') return 'it is a folder';
    if (error.code === 'EACCES') return 'permission denied';
  }
  return error instanceof Error ? error.message : String(error);
};

/** The bytes of `path`; an `InputError` naming the file when it cannot be read. */
export async function readInputBytes(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    throw new InputError(`Cannot read ${path}: ${reasonOf(error)}.`);
  }
}

/** The JSON value in `path`; an `InputError` when it cannot be read or is not JSON. */
export async function readJsonFile(path: string): Promise<unknown> {
  const text = new TextDecoder().decode(await readInputBytes(path));
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(`${path} is not JSON: ${reason}`);
  }
}
