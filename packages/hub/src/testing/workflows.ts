import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { JsonObject } from '@tessera/db';
import type { RunEvent } from '@tessera/protocol';
import type { EventBus } from '../event-bus.ts';

export const modelDir = path.resolve(import.meta.dirname, '../../../../models/tessera-tiny');

const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** models/tessera-tiny/workflows/poster.json with `decode.steps` set. */
export function posterWorkflow(decodeSteps: number): JsonObject {
  const text = readFileSync(path.join(modelDir, 'workflows/poster.json'), 'utf8');
  const document: unknown = JSON.parse(text.replace('"steps": 20', `"steps": ${decodeSteps}`));
  if (!isJsonObject(document)) throw new Error('poster.json is not an object');
  return document;
}

/** Collects a run's events from the bus until it ends (run-finished/failed/cancelled). */
export function runEnd(bus: EventBus, runId: string, timeoutMs = 60_000) {
  const events: RunEvent[] = [];
  const ended = new Promise<RunEvent>((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`run ${runId} did not end: ${events.map((e) => e.type).join(', ')}`));
    }, timeoutMs);
    const stop = bus.subscribe((event) => {
      if (event.runId !== runId) return;
      events.push(event);
      if (
        event.type === 'run-finished' ||
        event.type === 'run-failed' ||
        event.type === 'run-cancelled'
      ) {
        clearTimeout(timer);
        stop();
        resolve(event);
      }
    });
  });
  return { events, ended };
}
