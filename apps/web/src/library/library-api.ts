// What the library and history pages read from the server, typed from the router.
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../server/trpc/app-router.ts';

type Outputs = inferRouterOutputs<AppRouter>;
type Inputs = inferRouterInputs<AppRouter>;

export type LibraryEntry = Outputs['workflows']['list'][number];
export type LibraryQuery = Exclude<Inputs['workflows']['list'], void | undefined>;
export type WorkflowSort = NonNullable<LibraryQuery['sort']>;

/** Dates arrive as ISO strings over HTTP (no transformer), as Dates through `createCaller`. */
export const toDate = (value: Date | string): Date => new Date(value);

/** The address of a stored output (an image, or a plan with `download`). */
export const artifactUrl = (id: string, download = false): string =>
  `/api/artifacts/${encodeURIComponent(id)}${download ? '?download=1' : ''}`;

/** The editor opening the saved workflow `id`. */
export const editorUrlForWorkflow = (id: string): string => `/?workflow=${encodeURIComponent(id)}`;

export const sortLabels: Readonly<Record<WorkflowSort, string>> = {
  updated: 'Recently updated',
  lastRun: 'Recently run',
  created: 'Recently created',
  name: 'Name',
};
