import type { Codebook, PipelineModel, SessionSource } from '@tessera/inference';
import type { TokenPlan } from '@tessera/protocol';

/** What a run manifest records of a model package: enough to tell whether a rerun can match. */
export interface ModelProvenance {
  readonly id: string;
  readonly revision: number;
  /** sha256 of every file the package ships (stages, codebooks, glyphs), by path in the package. */
  readonly files: Readonly<Record<string, string>>;
}

/** A loaded model package, as the model-backed nodes use it. */
export interface LoadedModel {
  readonly id: string;
  /** Sessions by stage (`planner`, `expander`, `decoder`, `upscale-x4`, …). */
  readonly sessions: SessionSource;
  /** The stages that ship an ONNX file, when known. */
  readonly stageNames?: readonly string[];
  /** Constants and glyph atlas the pipeline stages need. */
  readonly pipeline: PipelineModel;
  /** The codebook a plan belongs to; throws when the package has none that matches. */
  codebookFor(plan: TokenPlan): Codebook;
  readonly provenance: ModelProvenance;
}

/** The run's model package, injected: a runner hands the real one, tests a fake. */
export interface ModelAccess {
  /** Loads on first call (so runs without a model node load nothing); the same object after. */
  load(): Promise<LoadedModel>;
}

/** A file written by `OutputFiles.writeNew`. */
export interface SavedFile {
  /** Its name inside the output folder (`poster_00001.png`), never a path out of it. */
  readonly name: string;
  readonly bytes: number;
}

export interface WriteNewFile {
  /** A file name stem; the implementation refuses anything that could leave the folder. */
  readonly prefix: string;
  /** With its dot: `.png`. */
  readonly extension: string;
  readonly bytes: Uint8Array;
  /** Checked before the file appears; a fired signal leaves nothing behind. */
  readonly signal?: AbortSignal;
  /**
   * Writes at most one file per key: when a file was written under this key before and still
   * holds the same bytes, that file is returned and nothing is written (a node executed again
   * after its runner or server died, e.g. `<run id>/<node id>`).
   */
  readonly once?: string;
}

/** The output folder, injected. Node code never touches the file system any other way. */
export interface OutputFiles {
  /**
   * Writes `bytes` to `<prefix>_<00001>.<ext>` with the next free number, never replacing an
   * existing file, atomically: readers see the whole file or none (no partial file, even when
   * the run is cancelled or the process dies mid-write). With `once`, a write repeated under the
   * same key returns the first file instead of writing another.
   */
  writeNew(file: WriteNewFile): Promise<SavedFile>;
}

/** Wall-clock milliseconds, injected so tests control time. */
export interface Clock {
  now(): number;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface NodeLog {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}
