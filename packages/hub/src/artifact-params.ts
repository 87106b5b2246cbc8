// Params a runner cannot resolve itself: runners never reach the database, so the hub reads a
// stored artifact named by a node's params into the job offer. A plan.load node with `artifact`
// set gets the plan's base64 as `source` (the artifact wins over a `source` in the document) and
// `artifact` cleared, so the runner loads it as it would an inline plan.
import {
  type ArtifactId,
  type ArtifactRecord,
  type ArtifactRepository,
  type UserId,
  asId,
} from '@tessera/db';
import type { Params } from '@tessera/graph';
import { bytesToBase64 } from '@tessera/protocol';

/** What a resolver knows of the node whose params it fills in. */
export interface ParamNode {
  readonly id: string;
  readonly type: string;
}

/** The run a node belongs to, as far as resolving its params needs it. */
export interface ParamRun {
  /** Who queued the run: they must be allowed to read what a param names. */
  readonly ownerId: UserId | null;
}

/**
 * Fills in a node's resolved params before its job is offered; answers them unchanged when there
 * is nothing to resolve. Throws `ParamResolutionError` to fail that node with its message.
 */
export type ParamResolver = (
  node: ParamNode,
  params: Readonly<Params>,
  run: ParamRun,
) => Promise<Params>;

/**
 * Whether the owner of a run may read a stored artifact (made by run `runId`, or served from the
 * node output cache under `cacheKey`).
 */
export type ArtifactAccess = (
  artifact: Pick<ArtifactRecord, 'runId' | 'cacheKey'>,
  run: ParamRun,
) => Promise<boolean>;

/** Why a node's params could not be resolved, in a sentence that names the node type and id. */
export class ParamResolutionError extends Error {
  override readonly name = 'ParamResolutionError';
}

/** Resolves plan.load's `artifact` param from the artifact repository. */
export function artifactParamResolver(
  artifacts: Pick<ArtifactRepository, 'get'>,
  mayRead: ArtifactAccess = () => Promise.resolve(true),
): ParamResolver {
  return async (node, params, run) => {
    const id = params.artifact;
    if (node.type !== 'plan.load' || typeof id !== 'string' || id === '') return { ...params };
    const artifact = await artifacts.get(asId<ArtifactId>(id));
    // Someone else's private plan reads exactly like a missing one.
    const readable = artifact !== null && (await mayRead(artifact, run));
    if (!readable || artifact.kind !== 'token_plan' || artifact.bytes === null)
      throw new ParamResolutionError(`plan.load: there is no token plan artifact ${id}`);
    return { ...params, source: bytesToBase64(artifact.bytes), artifact: '' };
  };
}
