// Ids as procedures take them: non-empty strings, branded once validated.
import { z } from 'zod';
import { asId, type RunId, type WorkflowId } from '@tessera/db';

export const zWorkflowId = z
  .string()
  .min(1)
  .max(100)
  .transform((id) => asId<WorkflowId>(id));

export const zRunId = z
  .string()
  .min(1)
  .max(100)
  .transform((id) => asId<RunId>(id));
