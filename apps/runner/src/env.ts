// The one place this app reads `process.env`: parsed, never cast.
import { z } from 'zod';

/** An unset or empty variable reads as undefined. */
const optional = z
  .string()
  .optional()
  .transform((value) => (value === '' ? undefined : value));

const zEnv = z.object({
  /** Set by pnpm (and npm) to the directory the user ran `pnpm …` from. */
  INIT_CWD: optional,
  /** The package.json script being run, when launched through pnpm or npm. */
  npm_lifecycle_event: optional,
  /** https://no-color.org: any non-empty value turns colours off. */
  NO_COLOR: optional,
  /** The web server's data folder (relative to the repository); default outputs go under it. */
  TESSERA_DATA_DIR: optional,
  /** The hub's runner token: the default of `tessera runner --token`. */
  TESSERA_RUNNER_TOKEN: optional,
});

export interface CliEnv {
  /**
   * The directory the user ran `pnpm tessera …` from, when this process is that script: pnpm
   * starts scripts in the package's folder, so relative paths must be resolved against this.
   */
  readonly invokedFrom?: string;
  readonly noColor: boolean;
  /** `TESSERA_DATA_DIR`, shared with the web server; `tessera run` saves to `<it>/outputs`. */
  readonly dataDir?: string;
  readonly runnerToken?: string;
}

/** The environment the CLI depends on, validated. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): CliEnv {
  const env = zEnv.parse(source);
  // INIT_CWD is inherited by every child of a pnpm script (a test run, say); trust it only when
  // this process is the `tessera` script itself.
  const viaScript = env.npm_lifecycle_event === 'tessera' && env.INIT_CWD !== undefined;
  return {
    ...(viaScript ? { invokedFrom: env.INIT_CWD } : {}),
    noColor: env.NO_COLOR !== undefined,
    ...(env.TESSERA_DATA_DIR === undefined ? {} : { dataDir: env.TESSERA_DATA_DIR }),
    ...(env.TESSERA_RUNNER_TOKEN === undefined ? {} : { runnerToken: env.TESSERA_RUNNER_TOKEN }),
  };
}
