import { planEditSpec } from './plan-edit.ts';
import { planLoadSpec } from './plan-load.ts';
import { planResampleSpec } from './plan-resample.ts';

/** The Plan Lab's nodes: load, edit and resample plans (after the core nodes in the palette). */
export const planLabNodeSpecs = [planLoadSpec, planEditSpec, planResampleSpec] as const;
