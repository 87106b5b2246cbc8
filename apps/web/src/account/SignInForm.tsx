'use client';
// Sign in or create an account (servers with TESSERA_ACCOUNTS=on); then back where you were.
import { type FormEvent, useEffect, useState } from 'react';
import { fetchMe, submitCredentials } from './account-api.ts';
import { nextTarget } from './next-target.ts';

type Mode = 'signin' | 'signup';

export function SignInForm() {
  const [mode, setMode] = useState<Mode>('signin');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [accounts, setAccounts] = useState<boolean | null>(null);

  useEffect(() => {
    fetchMe()
      .then((me) => setAccounts(me.accounts))
      .catch(() => setAccounts(true));
  }, []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const field = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    };
    setBusy(true);
    setError(null);
    const failure = await submitCredentials(mode, {
      email: field('email'),
      password: field('password'),
      ...(mode === 'signup' ? { displayName: field('displayName') } : {}),
    }).catch((e: unknown) => (e instanceof Error ? e.message : String(e)));
    setBusy(false);
    if (failure) return setError(failure);
    window.location.assign(nextTarget(window.location.search));
  }

  if (accounts === false)
    return (
      <section className="account-card">
        <p>
          This server runs without accounts: everything belongs to the local user and no sign-in is
          needed.
        </p>
        <a href="/">Open the editor</a>
      </section>
    );

  return (
    <section className="account-card">
      <div className="account-tabs" role="tablist">
        {(['signin', 'signup'] as const).map((m) => (
          <button
            key={m}
            role="tab"
            type="button"
            aria-selected={mode === m}
            onClick={() => {
              setMode(m);
              setError(null);
            }}
          >
            {m === 'signin' ? 'Sign in' : 'Create account'}
          </button>
        ))}
      </div>
      <form
        onSubmit={(e) => void onSubmit(e)}
        aria-label={mode === 'signin' ? 'Sign in' : 'Create account'}
      >
        <label>
          Email
          <input name="email" type="email" autoComplete="email" required autoFocus />
        </label>
        {mode === 'signup' && (
          <label>
            <span>
              Display name <span className="account-optional">(optional)</span>
            </span>
            <input name="displayName" autoComplete="nickname" maxLength={100} />
          </label>
        )}
        <label>
          {mode === 'signup' ? (
            <span>
              Password <span className="account-optional">(at least 8 characters)</span>
            </span>
          ) : (
            'Password'
          )}
          <input
            name="password"
            type="password"
            autoComplete={mode === 'signin' ? 'current-password' : 'new-password'}
            minLength={mode === 'signup' ? 8 : undefined}
            required
          />
        </label>
        {error && (
          <p className="account-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="account-submit" disabled={busy}>
          {busy ? 'Please wait…' : mode === 'signin' ? 'Sign in' : 'Create account'}
        </button>
      </form>
      <p className="account-aside">
        No account is needed to open a shared link or browse the{' '}
        <a href="/gallery">public gallery</a>.
      </p>
    </section>
  );
}
