// The live validation's worker (see background-validator.ts): validates each document it is sent
// against the node catalogue and posts back the problems. Validating a large document, above all
// the first time, when none of the code is compiled yet, then never holds up the page.
import { type Problem, validate } from '@tessera/graph';
import { createNodeCatalogue } from '@tessera/nodes/specs';

export interface ValidationRequest {
  readonly id: number;
  readonly document: unknown;
}

export interface ValidationReply {
  readonly id: number;
  readonly ok: boolean;
  readonly problems: Problem[];
}

const catalogue = createNodeCatalogue();

addEventListener('message', (event: MessageEvent<ValidationRequest>) => {
  const { id, document } = event.data;
  const result = validate(document, catalogue);
  const reply: ValidationReply = { id, ok: result.ok, problems: result.problems };
  postMessage(reply);
});
