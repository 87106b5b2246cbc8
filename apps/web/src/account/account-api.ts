// The browser side of /api/auth: who am I, sign in/up, sign out.
import { csrfHeaders } from '../client/trpc-links.ts';

export interface AccountUser {
  readonly id: string;
  readonly email: string | null;
  readonly displayName: string;
}

export interface Me {
  /** Whether this server has accounts; false means everyone is the local user. */
  readonly accounts: boolean;
  readonly user: AccountUser | null;
}

async function errorOf(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { error?: unknown };
    if (typeof body.error === 'string') return body.error;
  } catch {
    // not JSON
  }
  return `The server answered ${res.status}.`;
}

export async function fetchMe(): Promise<Me> {
  const res = await fetch('/api/auth/me', { cache: 'no-store' });
  if (!res.ok) throw new Error(await errorOf(res));
  return (await res.json()) as Me;
}

/** Signs in or creates an account; answers null or the reason it failed. */
export async function submitCredentials(
  mode: 'signin' | 'signup',
  fields: { email: string; password: string; displayName?: string },
): Promise<string | null> {
  const res = await fetch(`/api/auth/${mode}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fields),
  });
  return res.ok ? null : errorOf(res);
}

export async function signOut(): Promise<void> {
  const res = await fetch('/api/auth/signout', { method: 'POST', headers: csrfHeaders() });
  if (!res.ok) throw new Error(await errorOf(res));
}
