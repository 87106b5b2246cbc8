'use client';
// Versions…: every saved state of the open workflow, newest first. Open one read-only, compare
// two on the canvas, or restore one as the new head.
import { useState } from 'react';
import { useEditor } from '../state/editor-store.ts';
import { api } from '../workflows/api.ts';
import { ListStatus } from '../workflows/ListStatus.tsx';
import { Modal } from '../workflows/Modal.tsx';
import { formatUpdated } from '../workflows/updated-time.ts';
import { useServerList } from '../workflows/use-server-list.ts';
import {
  closeVersionsPanel,
  compareVersions,
  restoreVersion,
  showVersion,
} from './version-actions.ts';
import { useVersionView } from './version-view-store.ts';

type VersionRow = Awaited<
  ReturnType<ReturnType<typeof api>['versions']['list']['query']>
>['versions'][number];

const KIND_LABEL: Record<VersionRow['kind'], string> = {
  created: 'created',
  saved: 'saved',
  conflict: 'refused save (kept, not a version)',
};

function Row({
  row,
  head,
  workflowId,
  picked,
  onPick,
}: {
  row: VersionRow;
  head: number;
  workflowId: string;
  picked: boolean;
  onPick: (picked: boolean) => void;
}) {
  const when = new Date(row.createdAt);
  const time = (
    <time dateTime={when.toISOString()} title={when.toLocaleString()}>
      {formatUpdated(when, new Date())}
    </time>
  );
  if (row.version === null)
    return (
      <li className="ver-row ver-row--conflict">
        <span />
        <span className="ver-row__what">
          {KIND_LABEL.conflict} · {time}
        </span>
      </li>
    );
  const version = row.version;
  return (
    <li className="ver-row" data-version={version}>
      <input
        type="checkbox"
        checked={picked}
        aria-label={`Pick version ${version} to compare`}
        onChange={(e) => onPick(e.currentTarget.checked)}
      />
      <span className="ver-row__what">
        <strong>Version {version}</strong>
        {version === head && <span className="wf-item__tag">current</span>} · {KIND_LABEL[row.kind]}{' '}
        · {time}
      </span>
      <span className="ver-row__actions">
        <button type="button" onClick={() => void showVersion(workflowId, version)}>
          Open
        </button>
        <button
          type="button"
          disabled={version === head}
          title={
            version === head
              ? 'This is the current version'
              : 'Save this version again as the newest'
          }
          onClick={() => void restoreVersion(workflowId, version)}
        >
          Restore
        </button>
      </span>
    </li>
  );
}

function VersionsList({ workflowId }: { workflowId: string }) {
  const list = useServerList(async () => {
    const { head, versions } = await api().versions.list.query({ id: workflowId });
    return versions.map((v) => ({ ...v, head }));
  });
  const [picked, setPicked] = useState<readonly number[]>([]);
  const pick = (version: number, on: boolean): void =>
    // Two at most: a third pick replaces the oldest pick.
    setPicked((old) =>
      on
        ? [...old.filter((v) => v !== version), version].slice(-2)
        : old.filter((v) => v !== version),
    );
  const [a, b] = picked;
  return (
    <>
      <p className="wf-hint">
        Every save is a version. Tick two to compare them on the canvas; restoring saves the old
        version again as the newest, so nothing is lost.
      </p>
      <ListStatus list={list} what="the versions" />
      {list.status === 'ready' && (
        <ul className="wf-list" aria-label="Versions">
          {list.items.map((row) => (
            <Row
              key={row.id}
              row={row}
              head={row.head}
              workflowId={workflowId}
              picked={row.version !== null && picked.includes(row.version)}
              onPick={(on) => row.version !== null && pick(row.version, on)}
            />
          ))}
        </ul>
      )}
      {list.status === 'ready' && list.items.filter((row) => row.version !== null).length < 2 && (
        <p className="wf-hint">Only one version so far: each Save adds one to compare with.</p>
      )}
      <div className="wf-actions">
        <button
          type="button"
          className="primary"
          disabled={a === undefined || b === undefined}
          title="Show the newer of the two with what changed highlighted"
          onClick={() =>
            a !== undefined && b !== undefined && void compareVersions(workflowId, a, b)
          }
        >
          {picked.length === 2
            ? `Compare ${Math.min(a ?? 0, b ?? 0)} → ${Math.max(a ?? 0, b ?? 0)}`
            : 'Compare two'}
        </button>
        <button type="button" onClick={closeVersionsPanel}>
          Close
        </button>
      </div>
    </>
  );
}

/** The Versions dialog, while open. */
export function VersionsPanel() {
  const open = useVersionView((s) => s.panel);
  const workflowId = useEditor((s) => s.savedAs?.id);
  if (!open || workflowId === undefined) return null;
  return (
    <Modal label="Versions" onClose={closeVersionsPanel} className="wf-dialog--list ver-dialog">
      <VersionsList key={workflowId} workflowId={workflowId} />
    </Modal>
  );
}
