import { apiTokensRouter } from './api-tokens-router.ts';
import { componentsRouter } from './components-router.ts';
import { healthRouter } from './health-router.ts';
import { inputImagesRouter } from './input-images-router.ts';
import { modelsRouter } from './models-router.ts';
import { runnersRouter } from './runners-router.ts';
import { runsRouter } from './runs-router.ts';
import { sharingRouter } from './sharing-router.ts';
import { versionsRouter } from './versions-router.ts';
import { workflowsRouter } from './workflows-router.ts';
import { createCallerFactory, router } from './init.ts';

export const appRouter = router({
  health: healthRouter,
  workflows: workflowsRouter,
  runs: runsRouter,
  runners: runnersRouter,
  models: modelsRouter,
  sharing: sharingRouter,
  versions: versionsRouter,
  apiTokens: apiTokensRouter,
  inputImages: inputImagesRouter,
  components: componentsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
