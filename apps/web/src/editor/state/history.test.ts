import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, amend, record, redo, startHistory, undo } from './history.ts';

describe('undo history', () => {
  it('undoes and redoes every edit in order', () => {
    let h = startHistory('a');
    h = record(h, 'b');
    h = record(h, 'c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(undo(h)).toBe(h);
    h = redo(h);
    h = redo(h);
    expect(h.present).toBe('c');
    expect(redo(h)).toBe(h);
  });

  it('drops the redo side on a new edit and ignores no-op edits', () => {
    let h = record(record(startHistory(1), 2), 3);
    h = record(undo(h), 4);
    expect(h.future).toEqual([]);
    expect(h.past).toEqual([1, 2]);
    expect(record(h, h.present)).toBe(h);
  });

  it('keeps at most HISTORY_LIMIT undo steps, dropping the oldest', () => {
    let h = startHistory(-1);
    for (let i = 0; i < HISTORY_LIMIT + 10; i++) h = record(h, i);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]).toBe(9);
    expect(h.present).toBe(HISTORY_LIMIT + 9);
  });

  it('amends the present without a step of its own', () => {
    const h = amend(record(startHistory('a'), 'b'), 'b2');
    expect(h.present).toBe('b2');
    expect(h.past).toEqual(['a']);
    expect(undo(h).present).toBe('a');
    expect(redo(undo(h)).present).toBe('b2');
  });
});
