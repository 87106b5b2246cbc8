// The repositories use the SQLite client's types for both providers (see db-client.ts); this
// holds only while every model has the same row type in both generated clients. (Inputs differ
// in provider extras such as `skipDuplicates`, which the repositories do not use; the
// repository tests run on both providers.)
import { describe, expectTypeOf, it } from 'vitest';
import type * as Pg from '../generated/postgresql/client.ts';
import type * as Sqlite from '../generated/sqlite/client.ts';

describe('generated clients', () => {
  it('have the same row type for every model', () => {
    expectTypeOf<Pg.User>().toEqualTypeOf<Sqlite.User>();
    expectTypeOf<Pg.Workflow>().toEqualTypeOf<Sqlite.Workflow>();
    expectTypeOf<Pg.WorkflowVersion>().toEqualTypeOf<Sqlite.WorkflowVersion>();
    expectTypeOf<Pg.Run>().toEqualTypeOf<Sqlite.Run>();
    expectTypeOf<Pg.RunNode>().toEqualTypeOf<Sqlite.RunNode>();
    expectTypeOf<Pg.Artifact>().toEqualTypeOf<Sqlite.Artifact>();
    expectTypeOf<Pg.Runner>().toEqualTypeOf<Sqlite.Runner>();
  });
});
