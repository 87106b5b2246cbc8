'use client';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../lib/trpc.ts';

type Status = 'good' | 'warn' | 'bad';

function Row({ label, status, value }: { label: string; status: Status; value: string }) {
  return (
    <div className="health-row" data-testid={`health-${label.toLowerCase()}`} data-status={status}>
      <span className={`dot ${status}`} aria-hidden />
      <span className="label">{label}</span>
      <span className="value">{value}</span>
    </div>
  );
}

/** Live server health: database, migrations and runners, refreshed every two seconds. */
export function HealthPanel() {
  const trpc = useTRPC();
  const health = useQuery({ ...trpc.health.get.queryOptions(), refetchInterval: 2000 });

  if (health.isPending) return <section className="health">Checking the server…</section>;
  if (health.isError) {
    return (
      <section className="health" role="alert">
        The server did not answer: {health.error.message}
      </section>
    );
  }
  const { database, runners, version } = health.data;
  const pending = database.migrationsPending.length;
  return (
    <section className="health" aria-label="Server health">
      <h2>Server health</h2>
      <Row
        label="Database"
        status={database.reachable ? 'good' : 'bad'}
        value={
          database.reachable
            ? `reachable (${database.provider})`
            : `unreachable: ${database.error ?? 'unknown error'}`
        }
      />
      <Row
        label="Migrations"
        status={database.reachable && pending === 0 ? 'good' : 'bad'}
        value={pending === 0 ? `applied (${database.migrationsApplied})` : `${pending} pending`}
      />
      <Row
        label="Runners"
        status={runners.connected > 0 ? 'good' : 'warn'}
        value={
          runners.connected === 0
            ? 'none connected — start one to run workflows'
            : `${runners.connected} connected: ${runners.names.join(', ')}`
        }
      />
      <p className="version">Tessera {version}</p>
    </section>
  );
}
