import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyDocument } from '../model/document-ops.ts';
import { useEditor } from './editor-store.ts';
import { startLiveValidation, useLiveValidation } from './live-validation.ts';

const editor = useEditor.getState;
const shown = () => useLiveValidation.getState().validation;

describe('live validation', () => {
  beforeEach(async () => {
    vi.useFakeTimers();
    editor().open(emptyDocument('T'), null);
    startLiveValidation();
    await vi.runAllTimersAsync();
  });
  afterEach(() => vi.useRealTimers());

  it('validates a change in the background, not while it is drawn', async () => {
    editor().addNode('ar.plan', { x: 0, y: 0 });
    editor().setParam('plan', 'temperature', -5);
    const temperatureProblems = () => shown().byNode.get('plan')?.fields.get('temperature') ?? [];
    expect(temperatureProblems()).toHaveLength(0);
    await vi.runAllTimersAsync();
    expect(temperatureProblems().length).toBeGreaterThan(0);
  });

  it('validates a burst of changes once', async () => {
    const validations: unknown[] = [];
    const stop = useLiveValidation.subscribe((s) => validations.push(s.validation));
    editor().addNode('prompt', { x: 0, y: 0 });
    editor().addNode('ar.plan', { x: 300, y: 0 });
    editor().connect({ node: 'prompt', port: 'prompt' }, { node: 'plan', port: 'prompt' });
    await vi.runAllTimersAsync();
    stop();
    expect(validations).toHaveLength(1);
  });

  it('shows none of the previous document’s problems on a newly opened one', async () => {
    editor().addNode('ar.plan', { x: 0, y: 0 });
    editor().setParam('plan', 'temperature', -5);
    await vi.runAllTimersAsync();
    expect(shown().byNode.size).toBeGreaterThan(0);
    editor().open(emptyDocument('Next'), null);
    expect(shown().byNode.size).toBe(0);
  });
});
