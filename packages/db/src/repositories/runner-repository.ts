// Runners, known by their configured name: what they can do and when they were last heard from.
import type { DbClient } from '../client/db-client.ts';
import type { Runner } from '../generated/sqlite/client.ts';
import { NotFoundError } from '../errors/not-found-error.ts';
import { InvalidInputError } from '../errors/invalid-input-error.ts';
import { asId, type RunnerId } from '../ids.ts';
import { expectJsonObject, type JsonObject } from '../json.ts';
import { withWriteRetry } from './retry.ts';

export interface RunnerRecord {
  readonly id: RunnerId;
  readonly name: string;
  /** What the runner advertised: node types, models, execution providers, memory. */
  readonly capabilities: JsonObject;
  readonly lastSeenAt: Date;
  readonly createdAt: Date;
}

function toRunnerRecord(row: Runner): RunnerRecord {
  return {
    id: asId<RunnerId>(row.id),
    name: row.name,
    capabilities: expectJsonObject(row.capabilities, `Runner ${row.name} capabilities`),
    lastSeenAt: row.lastSeenAt,
    createdAt: row.createdAt,
  };
}

export class RunnerRepository {
  constructor(private readonly db: DbClient) {}

  /** Registers a runner or refreshes its capabilities; either way it was just seen. */
  async upsert(input: { name: string; capabilities: JsonObject }): Promise<RunnerRecord> {
    const name = input.name.trim();
    if (name === '') throw new InvalidInputError('A runner needs a name.');
    const now = new Date();
    const row = await withWriteRetry(() =>
      this.db.runner.upsert({
        where: { name },
        create: { name, capabilities: input.capabilities, lastSeenAt: now },
        update: { capabilities: input.capabilities, lastSeenAt: now },
      }),
    );
    return toRunnerRecord(row);
  }

  /** Records a heartbeat. */
  async touch(name: string, at: Date = new Date()): Promise<RunnerRecord> {
    const { count } = await withWriteRetry(() =>
      this.db.runner.updateMany({ where: { name }, data: { lastSeenAt: at } }),
    );
    if (count === 0) throw new NotFoundError('Runner', name);
    const row = await this.db.runner.findUnique({ where: { name } });
    if (!row) throw new NotFoundError('Runner', name);
    return toRunnerRecord(row);
  }

  async get(name: string): Promise<RunnerRecord | null> {
    const row = await this.db.runner.findUnique({ where: { name } });
    return row ? toRunnerRecord(row) : null;
  }

  /** By name; `seenSince` keeps only runners heard from since then. */
  async list(options: { seenSince?: Date } = {}): Promise<RunnerRecord[]> {
    const rows = await this.db.runner.findMany({
      where: options.seenSince ? { lastSeenAt: { gte: options.seenSince } } : {},
      orderBy: { name: 'asc' },
    });
    return rows.map(toRunnerRecord);
  }
}
