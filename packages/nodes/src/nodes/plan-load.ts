import { checkPlanForModel } from '@tessera/inference';
import { TokenPlanFormatError, type TokenPlan, decodeTokenPlanBase64 } from '@tessera/protocol';
import { defineNode } from '../context/define-node.ts';
import { planLoadSpec } from '../specs/plan-load.ts';

/** What each codec error means to someone who opened a file. */
const REASONS: Partial<Record<TokenPlanFormatError['code'], string>> = {
  'bad-magic': 'this is not a token plan (.tplan) file',
  'bad-base64': 'the source is not valid base64',
  'unsupported-version': 'the plan was written by a newer Tessera',
  truncated: 'the plan is truncated',
  'trailing-bytes': 'the plan has the wrong size',
  'shape-mismatch': 'the plan has the wrong size',
  'codebook-mismatch': 'the plan belongs to another codebook',
};

/**
 * Decodes the plan held in the `source` param and checks it against the model's codebooks. An
 * `artifact` param is the hub's to resolve: it reads the stored plan into `source` and clears
 * `artifact` before the job reaches a runner, so one still set here was never read.
 */
export const planLoadNode = defineNode(planLoadSpec, async (ctx) => {
  const { source, artifact } = ctx.params;
  if (artifact !== '') {
    throw new Error(
      `plan.load: the stored plan ${artifact} was not read: only a hub with the run database can load an artifact (open the plan as a .tplan file instead)`,
    );
  }
  if (source === '') {
    throw new Error(
      'plan.load: no plan loaded: open a .tplan file, a saved image or a run’s plan, or set the artifact param',
    );
  }
  let plan: TokenPlan;
  try {
    plan = decodeTokenPlanBase64(source);
  } catch (error) {
    if (!(error instanceof TokenPlanFormatError)) throw error;
    const reason = REASONS[error.code] ?? 'the plan is corrupt';
    throw new Error(`plan.load: ${reason} (${error.message})`);
  }
  const model = await ctx.models.load();
  const { constants } = model.pipeline;
  checkPlanForModel(
    plan,
    constants,
    constants.codebooks.map((book) => book.grid),
    'plan.load',
  );
  return { outputs: { plan } };
});
