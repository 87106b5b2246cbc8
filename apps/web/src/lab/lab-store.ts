// The Plan Lab's state: the open plans (each with its own undo history), the active and compared
// plan, the tool, selection and clipboard, the view options and the sweep.
import type { TokenPlan } from '@tessera/protocol';
import { create } from 'zustand';
import { type History, amend, record, redo, startHistory, undo } from '../editor/state/history.ts';
import { type EditOp } from './edit-ops.ts';
import type { LabDocument, ResampleInput, SweepParam } from './lab-documents.ts';
import type { Clip, Rect } from './plan-grid.ts';
import type { HeatmapKind } from './plan-stats.ts';
import type { PlanPair } from './source-fine-plan.ts';

export interface PlanState {
  readonly ids: Uint16Array;
  readonly lock: Uint8Array;
  /** The edits since the plan was opened, for plan.edit. */
  readonly ops: readonly EditOp[];
}

export interface LabImage {
  readonly label: string;
  readonly artifactId: string;
}

export interface LabRun {
  readonly runId: string;
  readonly kind: 'render' | 'resample';
  /** Whether its results have been taken in. */
  readonly done: boolean;
  /** A resample's inputs (its plan as edited, lock, seed, sampling, prompt), to save it again. */
  readonly resample?: ResampleInput;
}

export interface PlanSource {
  readonly runId: string | null;
  readonly nodeId: string | null;
  readonly artifactId: string | null;
  /** The workflow the plan came from, when known (its params are reused). */
  readonly document: LabDocument | null;
}

export interface LabPlan {
  readonly key: string;
  readonly name: string;
  /** The plan as opened. */
  readonly plan: TokenPlan;
  readonly history: History<PlanState>;
  readonly source: PlanSource;
  readonly prompt: string;
  readonly images: readonly LabImage[];
  readonly runs: readonly LabRun[];
  /** For a plan a lab resample made: that resample's inputs (a saved workflow re-creates it). */
  readonly resampledFrom?: ResampleInput;
}

export type Tool = 'paint' | 'eyedropper' | 'lock' | 'select';

export interface ViewOptions {
  readonly base: 'colors' | 'preview';
  /** Opacity of the codebook preview over the colour map (0: off). */
  readonly overlay: number;
  readonly sideBySide: boolean;
  readonly heatmap: 'none' | HeatmapKind;
  /** Pixels per cell. */
  readonly cell: number;
  /** The plan's fine plan (or, for a fine plan, its layout plan) beside it, aligned cell for cell. */
  readonly pairBeside: boolean;
}

/** The plan shown aligned beside an open plan, as far as it has been looked up. */
export type PairState =
  | { readonly status: 'loading'; readonly lookup: string }
  | ({ readonly lookup: string } & PlanPair);

export interface SweepState {
  readonly param: SweepParam;
  readonly planKey: string;
  readonly items: readonly {
    readonly value: number;
    readonly runId: string | null;
    readonly error: string | null;
  }[];
}

export interface LabStore {
  readonly plans: readonly LabPlan[];
  readonly activeKey: string | null;
  readonly compareKey: string | null;
  readonly tool: Tool;
  readonly token: number;
  readonly selection: Rect | null;
  readonly clipboard: Clip | null;
  readonly hover: number | null;
  readonly view: ViewOptions;
  readonly message: { readonly kind: 'error' | 'info'; readonly text: string } | null;
  readonly sweep: SweepState | null;
  /** The aligned plan of each open plan (by key), once looked up. */
  readonly pairs: Readonly<Record<string, PairState>>;
  /** The hovered cell of the aligned plan beside the active one (its own grid). */
  readonly pairHover: number | null;
  readonly add: (plan: Omit<LabPlan, 'key' | 'history' | 'runs'>) => string;
  readonly close: (key: string) => void;
  readonly activate: (key: string) => void;
  readonly setCompare: (key: string | null) => void;
  /** Changes the active plan; `merge` folds it into the last edit (a stroke in progress). */
  readonly edit: (fn: (s: PlanState, plan: LabPlan) => PlanState, merge?: boolean) => void;
  readonly undo: () => void;
  readonly redo: () => void;
  readonly update: (key: string, fn: (plan: LabPlan) => LabPlan) => void;
  readonly setTool: (tool: Tool) => void;
  readonly setToken: (token: number) => void;
  readonly setSelection: (rect: Rect | null) => void;
  readonly setClipboard: (clip: Clip | null) => void;
  readonly setHover: (cell: number | null) => void;
  readonly setView: (view: Partial<ViewOptions>) => void;
  readonly notify: (kind: 'error' | 'info', text: string) => void;
  readonly dismiss: () => void;
  readonly setSweep: (sweep: SweepState | null) => void;
  readonly setPair: (key: string, pair: PairState) => void;
  readonly setPairHover: (cell: number | null) => void;
}

let counter = 0;

const mapActive = (s: LabStore, fn: (p: LabPlan) => LabPlan): Partial<LabStore> => ({
  plans: s.plans.map((p) => (p.key === s.activeKey ? fn(p) : p)),
});

export const useLab = create<LabStore>()((set) => ({
  plans: [],
  activeKey: null,
  compareKey: null,
  tool: 'paint',
  token: 0,
  selection: null,
  clipboard: null,
  hover: null,
  view: {
    base: 'colors',
    overlay: 0,
    sideBySide: true,
    heatmap: 'none',
    cell: 24,
    pairBeside: false,
  },
  message: null,
  sweep: null,
  pairs: {},
  pairHover: null,
  add: (input) => {
    const key = `plan-${++counter}`;
    const state: PlanState = {
      ids: input.plan.ids.slice(),
      lock: new Uint8Array(input.plan.ids.length),
      ops: [],
    };
    const plan: LabPlan = { ...input, key, history: startHistory(state), runs: [] };
    set((s) => ({
      plans: [...s.plans, plan],
      activeKey: key,
      selection: null,
      hover: null,
      view: { ...s.view, cell: input.plan.width > 32 ? 8 : input.plan.width > 16 ? 14 : 24 },
    }));
    return key;
  },
  close: (key) =>
    set((s) => {
      const plans = s.plans.filter((p) => p.key !== key);
      const activeKey = s.activeKey === key ? (plans.at(-1)?.key ?? null) : s.activeKey;
      return { plans, activeKey, compareKey: s.compareKey === key ? null : s.compareKey };
    }),
  activate: (key) =>
    set((s) => ({
      activeKey: key,
      compareKey: s.compareKey === key ? null : s.compareKey,
      selection: null,
      hover: null,
    })),
  setCompare: (compareKey) => set({ compareKey }),
  edit: (fn, merge = false) =>
    set((s) =>
      mapActive(s, (p) => {
        const next = fn(p.history.present, p);
        if (next === p.history.present) return p;
        const history = merge ? amend(p.history, next) : record(p.history, next);
        return { ...p, history };
      }),
    ),
  undo: () => set((s) => mapActive(s, (p) => ({ ...p, history: undo(p.history) }))),
  redo: () => set((s) => mapActive(s, (p) => ({ ...p, history: redo(p.history) }))),
  update: (key, fn) => set((s) => ({ plans: s.plans.map((p) => (p.key === key ? fn(p) : p)) })),
  setTool: (tool) => set({ tool }),
  setToken: (token) => set({ token }),
  setSelection: (selection) => set({ selection }),
  setClipboard: (clipboard) => set({ clipboard }),
  setHover: (hover) => set({ hover }),
  setView: (view) => set((s) => ({ view: { ...s.view, ...view } })),
  notify: (kind, text) => set({ message: { kind, text } }),
  dismiss: () => set({ message: null }),
  setSweep: (sweep) => set({ sweep }),
  setPair: (key, pair) => set((s) => ({ pairs: { ...s.pairs, [key]: pair } })),
  setPairHover: (pairHover) => set({ pairHover }),
}));

export const activePlan = (s: LabStore): LabPlan | undefined =>
  s.plans.find((p) => p.key === s.activeKey);
export const comparePlan = (s: LabStore): LabPlan | undefined =>
  s.plans.find((p) => p.key === s.compareKey);
