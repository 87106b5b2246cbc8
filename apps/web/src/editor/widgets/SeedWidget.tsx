'use client';
import type { ParamSpec } from '@tessera/graph';
import { MAX_SEED } from '@tessera/graph';
import {
  SEED_MODES,
  type SeedMode,
  randomSeed,
  seedKey,
  useSeedModes,
} from '../state/seed-modes.ts';
import { SweepAction } from '../sweep/SweepAction.tsx';
import { useDraft } from './use-draft.ts';
import { type WidgetProps, widgetId } from './widget-props.ts';

type SeedSpec = Extract<ParamSpec, { kind: 'seed' }>;

/** A seed: a number, a dice button, and what happens to it after each run. */
export function SeedWidget({ nodeId, spec, value, onCommit }: WidgetProps<SeedSpec>) {
  const current = typeof value === 'number' ? value : (spec.default ?? 0);
  const [draft, setDraft, reset] = useDraft(String(current));
  const mode = useSeedModes((s) => s.modes[seedKey(nodeId, spec.name)] ?? 'fixed');
  const setMode = useSeedModes((s) => s.setMode);
  const commit = (): void => {
    const parsed = Number(draft);
    if (!Number.isInteger(parsed) || parsed < 0 || parsed > MAX_SEED) return reset();
    if (parsed !== current) onCommit(parsed);
  };
  return (
    <div className="widget-seed">
      <input
        id={widgetId(nodeId, spec.name)}
        type="number"
        className="nodrag"
        min={0}
        max={MAX_SEED}
        step={1}
        value={draft}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') reset();
        }}
      />
      <button
        type="button"
        className="nodrag icon-button"
        title="New random seed"
        aria-label={`Randomize ${spec.name}`}
        onClick={() => onCommit(randomSeed())}
      >
        ⚄
      </button>
      <SweepAction nodeId={nodeId} spec={spec} value={value} />
      <select
        className="nodrag"
        aria-label={`${spec.name} after each run`}
        title="What happens to the seed after each run"
        value={mode}
        onChange={(e) => setMode(nodeId, spec.name, e.currentTarget.value as SeedMode)}
      >
        {SEED_MODES.map((m) => (
          <option key={m} value={m}>
            {m}
          </option>
        ))}
      </select>
    </div>
  );
}
