/** Where a command writes: stdout or stderr, with what is known about the terminal. */
export interface Output {
  write(text: string): void;
  /** A terminal (progress bars redraw in place) rather than a pipe or a file. */
  readonly isTTY: boolean;
  /** Terminal width in characters, when known. */
  readonly columns?: number;
  /** ANSI colours allowed (a terminal, and NO_COLOR unset). */
  readonly color: boolean;
}

/** What a command may use of the process: injected so commands can run inside tests. */
export interface CliIo {
  readonly stdout: Output;
  readonly stderr: Output;
  /** The directory relative FILE and --out paths are resolved against. */
  readonly cwd: string;
  /** Where `tessera run` saves when no --out is given. */
  readonly defaultOutDir: string;
  /** `TESSERA_RUNNER_TOKEN`, the default of `tessera runner --token`. */
  readonly runnerToken?: string;
  /** Calls `listener` on Ctrl+C (SIGINT) until the returned function is called. */
  onInterrupt(listener: () => void): () => void;
}
