// POST /history {clear, delete}: the runs stay ordinary Tessera runs (History page, editor); the
// API stops listing them for that caller. Kept in memory.
export class HistoryFilter {
  readonly #clearedAt = new Map<string, number>();
  readonly #deleted = new Map<string, Set<string>>();

  clear(callerKey: string, now = Date.now()): void {
    this.#clearedAt.set(callerKey, now);
    this.#deleted.delete(callerKey);
  }

  delete(callerKey: string, runIds: readonly string[]): void {
    const set = this.#deleted.get(callerKey) ?? new Set<string>();
    for (const id of runIds) set.add(id);
    this.#deleted.set(callerKey, set);
  }

  /** Whether the API still lists a run that finished at `finishedAt`. */
  shows(callerKey: string, runId: string, finishedAt: Date | null): boolean {
    if (this.#deleted.get(callerKey)?.has(runId)) return false;
    const cleared = this.#clearedAt.get(callerKey);
    return cleared === undefined || (finishedAt?.getTime() ?? 0) > cleared;
  }
}
