// A tRPC query sent with a plain fetch, at once. The page's tRPC client batches its calls and
// sends them from a timer after the current task, and while the page starts, the task that first
// asks for the start-up document is hydration itself: a request through the client would leave
// only once the page is done starting. This one leaves while hydration runs (or, for the address's
// workflow, from the page's HTML: head-start.ts), so its answer is there when the editor needs it.

/** The address of a tRPC query (GET, no batching, no transformer: the input as JSON). */
export function startUpUrl(path: string, input?: unknown): string {
  const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  return `/api/trpc/${path}${query}`;
}

/** The query's data; rejects for anything but a success (ask again through the tRPC client). */
export function startUpQuery<T>(
  path: string,
  input?: unknown,
  sent: Promise<Response> = fetch(startUpUrl(path, input), { credentials: 'same-origin' }),
): Promise<T> {
  return sent.then(async (response) => {
    const body = (await response.json()) as { result?: { data?: T } };
    if (!response.ok || body.result === undefined)
      throw new Error(`${path} answered ${response.status}`);
    return body.result.data as T;
  });
}
