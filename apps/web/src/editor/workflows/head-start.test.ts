import vm from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { HEAD_START_SCRIPT, takeHeadStart } from './head-start.ts';
import { startUpUrl } from './start-up-query.ts';

/** Runs the inline script in a page at `search`; returns the addresses it fetched and its window. */
function runScript(search: string): { fetched: string[]; page: Record<string, unknown> } {
  const fetched: string[] = [];
  const page: Record<string, unknown> = {
    location: { search },
    URLSearchParams,
    fetch: (url: string) => {
      fetched.push(url);
      return Promise.resolve(new Response('{}'));
    },
  };
  page.window = page;
  vm.runInNewContext(HEAD_START_SCRIPT, page);
  return { fetched, page };
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'window');
});

describe('the head-start script', () => {
  it('asks for the address’s workflow at the address the editor would ask', () => {
    const id = 'a b/ç';
    const { fetched } = runScript(`?workflow=${encodeURIComponent(` ${id} `)}&x=1`);
    expect(fetched).toEqual([startUpUrl('workflows.get', { id })]);
  });

  it('asks for nothing without a workflow, or when a run is opened', () => {
    expect(runScript('').fetched).toEqual([]);
    expect(runScript('?workflow=').fetched).toEqual([]);
    expect(runScript('?workflow=w1&run=r1').fetched).toEqual([]);
  });

  it('hands its response over once, and only for the address it asked', () => {
    const { page } = runScript('?workflow=w1');
    Object.assign(globalThis, { window: page });
    expect(takeHeadStart(startUpUrl('workflows.get', { id: 'w2' }))).toBeUndefined();
    expect(takeHeadStart(startUpUrl('workflows.get', { id: 'w1' }))).toBeInstanceOf(Promise);
    expect(takeHeadStart(startUpUrl('workflows.get', { id: 'w1' }))).toBeUndefined();
  });

  it('leaves nothing behind when fetch is missing', () => {
    const page: Record<string, unknown> = { location: { search: '?workflow=w1' }, URLSearchParams };
    page.window = page;
    vm.runInNewContext(HEAD_START_SCRIPT, page);
    expect(page.__tesseraHeadStart).toBeUndefined();
  });
});
