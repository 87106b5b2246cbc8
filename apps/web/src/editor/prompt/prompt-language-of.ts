// Which prompt language reads a prompt node's text: the one of the model its prompt feeds.
import { type WorkflowDocument, modelOfNode } from '@tessera/graph';
import { type PromptLanguage, promptLanguage } from '@tessera/inference/prompt-language';
import { catalogue } from '../model/catalogue.ts';

/**
 * The prompt language each model package this build bundles declares in its model.json
 * (`promptLanguage`); a test keeps this in step with the manifests. A model not listed here is
 * read as written.
 */
export const BUNDLED_PROMPT_LANGUAGES: Readonly<Record<string, string>> = {
  'tessera-tiny': 'tessera-posters/1',
};
const DEFAULT_MODEL = 'tessera-tiny';

export interface PromptReader {
  /** The model whose language reads the prompt. */
  readonly model: string;
  readonly language: PromptLanguage;
}

/**
 * The model and language for the prompt node `nodeId`: the first model among the nodes its
 * prompt feeds (the bundled model when it feeds none yet).
 */
export function promptReaderOf(doc: WorkflowDocument, nodeId: string): PromptReader {
  const fed = doc.edges.filter((e) => e.from.node === nodeId).map((e) => e.to.node);
  const models = doc.nodes
    .filter((n) => fed.includes(n.id))
    .flatMap((n) => modelOfNode(n, catalogue) ?? []);
  const model = models[0] ?? DEFAULT_MODEL;
  return { model, language: promptLanguage(BUNDLED_PROMPT_LANGUAGES[model]) };
}
