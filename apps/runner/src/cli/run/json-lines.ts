/**
 * `JSON.stringify` for engine events and results, summarising what would swamp a line: typed
 * arrays (pixels, plan ids, probabilities) become `{ "type": "Uint8Array", "length": n }` and
 * errors their name and message. Plan tokens arrive as numbers in `node-partial` events, so the
 * plan is still there for a consumer to rebuild.
 */
export function toJsonLine(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (ArrayBuffer.isView(item)) {
      const length =
        'length' in item && typeof item.length === 'number' ? item.length : item.byteLength;
      return { type: item.constructor.name, length };
    }
    if (item instanceof Error) return { name: item.name, message: item.message };
    if (typeof item === 'bigint') return item.toString();
    return item;
  });
}
