// Opening plans into the lab: from a run's stored output, a .tplan file or a Tessera PNG. A
// refused input leaves every open plan as it was and says why.
import { messageOf } from '../editor/run/run-client.ts';
import { artifactUrl } from '../editor/run/use-artifacts.ts';
import { api } from '../editor/workflows/api.ts';
import { type LabDocument, asLabDocument, promptOf } from './lab-documents.ts';
import { type LabImage, useLab } from './lab-store.ts';
import { type KnownCodebook, openPlanBytes } from './open-plan.ts';

let books: Promise<KnownCodebook[]> | undefined;

/** The codebooks of the server's models (empty when they cannot be listed: nothing is refused). */
export function knownCodebooks(): Promise<KnownCodebook[]> {
  books ??= api()
    .models.list.query()
    .then((models) =>
      models.flatMap((m) => m.codebooks.map((c) => ({ modelId: m.id, grid: c.grid, k: c.K }))),
    )
    .catch(() => []);
  return books;
}

/** The stored run: its document, and the image its save node wrote. */
async function runContext(
  runId: string,
): Promise<{ document: LabDocument | null; images: LabImage[] }> {
  try {
    const run = await api().runs.get.query({ id: runId });
    const document = asLabDocument(run.document);
    // What image.save wrote is the output of the node feeding it.
    const saveIds = new Set(
      (document?.nodes ?? [])
        .filter((n) => n.type === 'image.save')
        .flatMap((n) => (document?.edges ?? []).filter((e) => e.to.node === n.id))
        .map((e) => e.from.node),
    );
    const images = run.artifacts
      .filter((a) => a.kind === 'image' && saveIds.has(a.nodeId))
      .map((a) => ({ label: 'Original', artifactId: a.artifactId }));
    return { document, images };
  } catch {
    return { document: null, images: [] };
  }
}

export interface ArtifactOpen {
  readonly artifactId: string;
  readonly runId?: string | null;
  readonly nodeId?: string | null;
  readonly name?: string;
  readonly document?: LabDocument | null;
  readonly prompt?: string;
  readonly images?: readonly LabImage[];
}

/** Fetches and opens a stored plan; answers the new plan's key, or null (with a message). */
export async function openArtifact(input: ArtifactOpen): Promise<string | null> {
  const lab = useLab.getState();
  let bytes: Uint8Array;
  try {
    const res = await fetch(artifactUrl(input.artifactId));
    if (!res.ok)
      throw new Error(res.status === 404 ? 'there is no such output' : `HTTP ${res.status}`);
    bytes = new Uint8Array(await res.arrayBuffer());
  } catch (error) {
    lab.notify('error', `Could not fetch plan ${input.artifactId}: ${messageOf(error)}.`);
    return null;
  }
  const result = openPlanBytes(bytes, `output ${input.artifactId}`, await knownCodebooks());
  if (!result.ok) {
    lab.notify('error', result.message);
    return null;
  }
  const runId = input.runId ?? null;
  const context =
    runId !== null && input.document === undefined
      ? await runContext(runId)
      : { document: input.document ?? null, images: [] };
  return useLab.getState().add({
    name: input.name ?? (input.nodeId ? `${input.nodeId} · ${runId?.slice(0, 8) ?? ''}` : 'plan'),
    plan: result.opened.plan,
    source: {
      runId,
      nodeId: input.nodeId ?? null,
      artifactId: input.artifactId,
      document: context.document,
    },
    prompt: input.prompt ?? promptOf(context.document) ?? '',
    images: input.images ?? context.images,
  });
}

function parseWorkflow(json: string | null): LabDocument | null {
  if (json === null) return null;
  try {
    return asLabDocument(JSON.parse(json));
  } catch {
    return null;
  }
}

/** Opens a .tplan file or a Tessera PNG the user chose or dropped. */
export async function openFile(file: File): Promise<string | null> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const result = openPlanBytes(bytes, `“${file.name}”`, await knownCodebooks());
  const lab = useLab.getState();
  if (!result.ok) {
    lab.notify('error', result.message);
    return null;
  }
  const document = parseWorkflow(result.opened.workflowJson);
  lab.notify('info', `Opened “${file.name}”.`);
  return lab.add({
    name: file.name.replace(/\.(tplan|png)$/i, ''),
    plan: result.opened.plan,
    source: { runId: null, nodeId: null, artifactId: null, document },
    prompt: promptOf(document) ?? '',
    images: [],
  });
}
