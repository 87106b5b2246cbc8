// The connected runners, as the `/client` namespace's `runners:changed` reports them: for the
// first paint of a runners panel, which then follows the socket.
import { summarizeRunners } from '@tessera/hub';
import type { RunnerSummary } from '@tessera/protocol';
import { publicProcedure, router } from './init.ts';

export const runnersRouter = router({
  list: publicProcedure.query(({ ctx }): RunnerSummary[] =>
    summarizeRunners(ctx.runners.list(), ctx.hub.links),
  ),
});
