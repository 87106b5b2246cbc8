// Model packages for the editor: codebook shapes (plan previews) and workflow templates.
import { type ModelSummary, listModels } from '../models/list-models.ts';
import { publicProcedure, router } from './init.ts';

export const modelsRouter = router({
  /** Every readable package in the models folder; broken packages and templates are left out. */
  list: publicProcedure.query(({ ctx }): Promise<ModelSummary[]> =>
    listModels(ctx.modelsDir, (message) => console.warn(`models: ${message}`)),
  ),
});
