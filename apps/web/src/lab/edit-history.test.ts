import { describe, expect, it } from 'vitest';
import { record, redo, startHistory, undo } from './edit-history.ts';

describe('edit history', () => {
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
});
