// A finished run of a prompt → decode → upscale → save document, with stored outputs, for
// tests of thumbnails and the history.
import type { Database } from '../open-database.ts';
import { asId, type ArtifactId, type NodeId, type RunId, type WorkflowId } from '../ids.ts';
import type { JsonObject } from '../json.ts';

export function pipelineDocument(name: string): JsonObject {
  const node = (id: string, type: string) => ({ id, type, params: {}, position: { x: 0, y: 0 } });
  const edge = (from: string, fromPort: string, to: string, toPort: string) => ({
    id: `${from}-${to}`,
    from: { node: from, port: fromPort },
    to: { node: to, port: toPort },
  });
  return {
    format: 'tessera.workflow',
    version: 2,
    name,
    description: '',
    nodes: [
      node('plan', 'ar.plan'),
      node('preview', 'plan.preview'),
      node('decode', 'diffusion.decode'),
      node('upscale', 'image.upscale'),
      node('save', 'image.save'),
    ],
    edges: [
      edge('plan', 'plan', 'preview', 'plan'),
      edge('plan', 'plan', 'decode', 'plan'),
      edge('decode', 'image', 'upscale', 'image'),
      edge('upscale', 'image', 'save', 'image'),
    ],
  };
}

export interface PipelineRun {
  readonly runId: RunId;
  readonly plan: ArtifactId;
  readonly preview: ArtifactId;
  readonly decoded: ArtifactId;
  readonly upscaled: ArtifactId;
}

const bytes = (text: string) => new TextEncoder().encode(text);

/** Queues, starts, stores every output of and finishes a run (`fail`: as failed). */
export async function finishedPipelineRun(
  db: Database,
  workflowId: WorkflowId | null,
  options: { fail?: boolean; tag?: string } = {},
): Promise<PipelineRun> {
  const tag = options.tag ?? 'x';
  const run = await db.runs.create({ document: pipelineDocument('p'), workflowId });
  await db.runs.start(run.id);
  const store = (nodeId: string, port: string, kind: string) =>
    db.artifacts
      .create({
        runId: run.id,
        nodeId: asId<NodeId>(nodeId),
        port,
        kind,
        bytes: bytes(`${nodeId}${tag}`),
      })
      .then((a) => a.id);
  const plan = await store('plan', 'plan', 'token_plan');
  const preview = await store('preview', 'image', 'image');
  const decoded = await store('decode', 'image', 'image');
  const upscaled = await store('upscale', 'image', 'image');
  if (options.fail) await db.runs.fail(run.id, { error: 'boom' });
  else await db.runs.succeed(run.id);
  return { runId: run.id, plan, preview, decoded, upscaled };
}
