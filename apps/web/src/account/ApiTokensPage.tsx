'use client';
// The account page: bearer tokens for the ComfyUI-compatible API. Make one (it is shown once,
// to copy), see when each was last used, revoke it. Without accounts the API needs no token.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../editor/workflows/api.ts';
import { errorMessage } from '../editor/workflows/trpc-errors.ts';
import { SiteNav } from '../library/SiteNav.tsx';
import { useTRPC } from '../lib/trpc.ts';
import './account.css';

const when = (iso: string | null): string => (iso ? new Date(iso).toLocaleString() : 'never');

export function ApiTokensPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const listed = useQuery(trpc.apiTokens.list.queryOptions());
  const [name, setName] = useState('');
  const [made, setMade] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.apiTokens.list.pathKey() });

  const create = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setError(null);
    try {
      const result = await api().apiTokens.create.mutate({ name });
      setMade(result.token);
      setName('');
      await refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const revoke = async (id: string): Promise<void> => {
    setError(null);
    try {
      await api().apiTokens.revoke.mutate({ id });
      await refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <div className="lib-page">
      <header className="topbar">
        <span className="brand">Tessera</span>
        <SiteNav />
      </header>
      <main className="lib-main api-tokens">
        <h1>API tokens</h1>
        <p>
          ComfyUI clients reach Tessera on its ComfyUI-compatible port (8188 unless the server says
          otherwise) with <code>Authorization: Bearer &lt;token&gt;</code>. A token reaches only
          your own runs.
        </p>
        {listed.data && !listed.data.accounts && (
          <p>Accounts are off on this server: the API is open and needs no token.</p>
        )}
        {listed.data?.accounts && (
          <>
            <form className="api-tokens__new" onSubmit={(e) => void create(e)}>
              <label>
                Name
                <input
                  value={name}
                  onChange={(e) => setName(e.target.value)}
                  placeholder="render bot"
                  maxLength={100}
                  required
                />
              </label>
              <button type="submit">Make a token</button>
            </form>
            {made && (
              <p className="api-tokens__made" role="status">
                Your new token (copy it now, it is not shown again): <code>{made}</code>
              </p>
            )}
            <table className="api-tokens__list">
              <thead>
                <tr>
                  <th>Name</th>
                  <th>Token</th>
                  <th>Made</th>
                  <th>Last used</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {listed.data.tokens.map((token) => (
                  <tr key={token.id}>
                    <td>{token.name}</td>
                    <td>
                      <code>{token.prefix}…</code>
                    </td>
                    <td>{when(token.createdAt)}</td>
                    <td>{when(token.lastUsedAt)}</td>
                    <td>
                      {token.revokedAt ? (
                        `revoked ${when(token.revokedAt)}`
                      ) : (
                        <button type="button" onClick={() => void revoke(token.id)}>
                          Revoke
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
        {(error ?? listed.error) && (
          <p className="lib-empty lib-empty--error" role="alert">
            {error ?? errorMessage(listed.error)}
          </p>
        )}
      </main>
    </div>
  );
}
