// @tessera/nodes/testing: fakes of the node capabilities and a poster workflow of the real
// catalogue, for tests in any package.
import { resolve } from 'node:path';

export { type MemoryFiles, memoryFiles } from './memory-files.ts';
export { type TestContext, modelsOf, noModels, silentLog, testContext } from './test-context.ts';
export { fakeModel } from './fake-model.ts';
export { posterWorkflow, posterWorkflowJson } from './poster-workflow.ts';

/** The bundled model package (models/tessera-tiny). */
export const TESSERA_TINY_DIR = resolve(import.meta.dirname, '../../../../models/tessera-tiny');
