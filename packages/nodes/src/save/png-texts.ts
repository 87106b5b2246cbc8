import { type TokenPlan, encodeTokenPlanBase64 } from '@tessera/protocol';
import type { WorkflowDocument } from '@tessera/graph';
import { PNG_TEXT_KEYS } from '../specs/png-text-keys.ts';
import type { RunManifest } from './run-manifest.ts';

/** The text chunks of a saved PNG, in the order they are written. */
export function pngTexts(
  workflow: WorkflowDocument,
  manifest: RunManifest,
  plan: TokenPlan | undefined,
): Record<string, string> {
  return {
    [PNG_TEXT_KEYS.workflow]: JSON.stringify(workflow),
    [PNG_TEXT_KEYS.run]: JSON.stringify(manifest),
    ...(plan ? { [PNG_TEXT_KEYS.plan]: encodeTokenPlanBase64(plan) } : {}),
  };
}
