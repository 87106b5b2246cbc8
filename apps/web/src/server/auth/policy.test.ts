import { describe, expect, it } from 'vitest';
import { LOCAL_USER_ID, asId } from '@tessera/db';
import { ANONYMOUS, LOCAL_ACTOR, type Actor } from './actor.ts';
import { canEditWorkflow, canViewRun, canViewWorkflow } from './policy.ts';

const user = (id: string): Actor => ({
  kind: 'user',
  userId: asId(id),
  email: `${id}@x.test`,
  displayName: id,
  sessionId: `s-${id}`,
  csrfToken: `c-${id}`,
});
const ada = user('ada');
const bob = user('bob');
const wf = (visibility: string, deletedAt: Date | null = null) => ({
  ownerId: 'ada',
  visibility,
  deletedAt,
});

describe('workflow and run policy', () => {
  it('lets the owner edit, and nobody else, whatever the visibility', () => {
    for (const visibility of ['private', 'unlisted', 'public']) {
      expect(canEditWorkflow(ada, wf(visibility))).toBe(true);
      expect(canEditWorkflow(bob, wf(visibility))).toBe(false);
      expect(canEditWorkflow(ANONYMOUS, wf(visibility))).toBe(false);
    }
  });

  it('shows a private workflow to its owner only, a shared one to anyone until it is trashed', () => {
    expect(canViewWorkflow(bob, wf('private'))).toBe(false);
    expect(canViewWorkflow(ANONYMOUS, wf('private'))).toBe(false);
    expect(canViewWorkflow(bob, wf('unlisted'))).toBe(true);
    expect(canViewWorkflow(ANONYMOUS, wf('public'))).toBe(true);
    expect(canViewWorkflow(bob, wf('public', new Date()))).toBe(false);
    expect(canViewWorkflow(ada, wf('private', new Date()))).toBe(true);
  });

  it('shows a run to its owner, or to anyone when its workflow is shared', () => {
    const run = { ownerId: 'ada' };
    expect(canViewRun(ada, run, null)).toBe(true);
    expect(canViewRun(bob, run, null)).toBe(false);
    expect(canViewRun(bob, run, wf('private'))).toBe(false);
    expect(canViewRun(bob, run, wf('unlisted'))).toBe(true);
    expect(canViewRun(ANONYMOUS, { ownerId: null }, null)).toBe(false);
  });

  it('gives the local user (accounts off) everything, including ownerless rows', () => {
    expect(LOCAL_ACTOR.kind === 'local' && LOCAL_ACTOR.userId).toBe(LOCAL_USER_ID);
    expect(canEditWorkflow(LOCAL_ACTOR, { ...wf('private'), ownerId: null })).toBe(true);
    expect(canViewRun(LOCAL_ACTOR, { ownerId: 'someone' }, null)).toBe(true);
  });
});
