'use client';
// Who is signed in, with Sign out; renders nothing when the server has no accounts.
import { useEffect, useState } from 'react';
import './account.css';
import { type Me, fetchMe, signOut } from './account-api.ts';

export function AccountMenu() {
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetchMe()
      .then(setMe)
      .catch(() => setMe(null));
  }, []);
  if (!me?.accounts || !me.user) return null;
  return (
    <span className="account-menu" data-testid="account-menu">
      <span title={me.user.email ?? ''}>{me.user.displayName}</span>
      <a href="/account">API tokens</a>
      <button
        type="button"
        onClick={() => {
          signOut()
            .then(() => window.location.assign('/signin'))
            .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
        }}
      >
        Sign out
      </button>
      {error && <span role="alert">{error}</span>}
    </span>
  );
}
