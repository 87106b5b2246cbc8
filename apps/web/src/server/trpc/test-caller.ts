// A tRPC caller over a fresh test context (real SQLite, hub not started), opened before a test
// file's tests and closed after them.
import { afterAll, beforeAll } from 'vitest';
import { createCaller } from './app-router.ts';
import type { TrpcContext } from './context.ts';
import { type TestContext, openTestContext } from './test-context.ts';

export interface TestCaller {
  readonly caller: ReturnType<typeof createCaller>;
  readonly context: TrpcContext;
}

export function useTestCaller(options: Parameters<typeof openTestContext>[0] = {}): TestCaller {
  let test: TestContext | undefined;
  let caller: ReturnType<typeof createCaller> | undefined;
  beforeAll(async () => {
    test = await openTestContext(options);
    caller = createCaller(test.context);
  });
  afterAll(async () => {
    await test?.close();
  });
  const opened = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useTestCaller: used before its beforeAll ran');
    return value;
  };
  return {
    get caller() {
      return opened(caller);
    },
    get context() {
      return opened(test).context;
    },
  };
}
