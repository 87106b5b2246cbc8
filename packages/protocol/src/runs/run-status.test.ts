import { describe, expect, it } from 'vitest';
import {
  FINISHED_RUN_STATUSES,
  RUN_STATUSES,
  isFinishedRunStatus,
  zRunStatus,
} from './run-status.ts';

describe('run statuses', () => {
  it('are queued and running until the run ends succeeded, failed or cancelled', () => {
    expect(RUN_STATUSES.filter((status) => !isFinishedRunStatus(status))).toEqual([
      'queued',
      'running',
    ]);
    expect(RUN_STATUSES.filter(isFinishedRunStatus)).toEqual([...FINISHED_RUN_STATUSES]);
  });

  it('parse only the statuses of the vocabulary', () => {
    expect(zRunStatus.parse('succeeded')).toBe('succeeded');
    expect(zRunStatus.safeParse('finished').success).toBe(false);
    expect(zRunStatus.safeParse('done').success).toBe(false);
  });
});
