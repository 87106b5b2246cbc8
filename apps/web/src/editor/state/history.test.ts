import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, emptyHistory, record, redo, undo } from './history.ts';

describe('undo history', () => {
  it('undoes and redoes in order, and a new edit clears what could be redone', () => {
    let h = record(record(emptyHistory<string>(), 'a'), 'b');
    let state = 'c';
    const back = undo(h, state)!;
    expect(back.state).toBe('b');
    const forward = redo(back.history, back.state)!;
    expect(forward.state).toBe('c');
    h = record(back.history, back.state);
    state = 'd';
    expect(redo(h, state)).toBeUndefined();
  });

  it('keeps at most HISTORY_LIMIT steps', () => {
    let h = emptyHistory<number>();
    for (let i = 0; i < HISTORY_LIMIT + 10; i++) h = record(h, i);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]).toBe(10);
  });
});
