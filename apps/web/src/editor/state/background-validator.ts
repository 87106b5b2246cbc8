// Where live validation runs: in a Web Worker (validation.worker.ts) where the browser has them,
// so the page never waits for it; otherwise on the page when it is next idle (tests, old browsers).
import type { WorkflowDocument } from '@tessera/graph';
import { whenIdle } from '../../client/when-idle.ts';
import { type Validation, indexedValidation, validationOf } from './validation.ts';
import type { ValidationReply, ValidationRequest } from './validation.worker.ts';

/** The longest a change waits for an idle moment before it is validated on the page anyway. */
const IDLE_TIMEOUT_MS = 250;

/** Validates documents one at a time; `validate` resolves with the validation of `doc`. */
export interface BackgroundValidator {
  validate(doc: WorkflowDocument): Promise<Validation>;
}

const onThePage: BackgroundValidator = {
  validate: (doc) =>
    new Promise((resolve) => void whenIdle(() => resolve(validationOf(doc)), IDLE_TIMEOUT_MS)),
};

/** A worker's validator; should the worker fail, it validates on the page from then on. */
function inAWorker(worker: Worker): BackgroundValidator {
  let next = 0;
  let failed = false;
  const waiting = new Map<number, { doc: WorkflowDocument; answer: (v: Validation) => void }>();
  worker.addEventListener('message', (event: MessageEvent<ValidationReply>) => {
    const { id, ok, problems } = event.data;
    const request = waiting.get(id);
    waiting.delete(id);
    const document = request?.doc;
    if (document)
      request.answer(
        indexedValidation(
          ok ? { ok: true, document, problems } : { ok: false, document, problems },
        ),
      );
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    console.warn('Validation worker failed; validating on the page instead:', event.message);
    failed = true;
    worker.terminate();
    for (const { doc, answer } of waiting.values()) void onThePage.validate(doc).then(answer);
    waiting.clear();
  });
  return {
    validate(doc) {
      if (failed) return onThePage.validate(doc);
      const id = ++next;
      const request: ValidationRequest = { id, document: doc };
      return new Promise((answer) => {
        waiting.set(id, { doc, answer });
        worker.postMessage(request);
      });
    },
  };
}

/** The page's validator: a worker when one can be started, else the page itself. */
export function startBackgroundValidator(): BackgroundValidator {
  if (typeof Worker === 'undefined') return onThePage;
  try {
    const worker = new Worker(new URL('./validation.worker.ts', import.meta.url), {
      name: 'tessera-validation',
    });
    return inAWorker(worker);
  } catch {
    return onThePage;
  }
}
