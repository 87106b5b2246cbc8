/**
 * Roughly how much memory `value` holds: the byte length of binary data (typed arrays, buffers)
 * plus a small amount per string character, number and object entry. Shared objects count once.
 */
export function estimateBytes(value: unknown, seen = new Set<object>()): number {
  switch (typeof value) {
    case 'string':
      return 16 + 2 * value.length;
    case 'number':
    case 'bigint':
      return 8;
    case 'boolean':
      return 4;
    case 'object':
      break;
    default:
      return 0;
  }
  if (value === null || seen.has(value)) return 0;
  seen.add(value);
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return 64 + value.byteLength;
  let total = 32;
  if (Array.isArray(value)) {
    for (const item of value) total += 8 + estimateBytes(item, seen);
    return total;
  }
  const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
  for (const [key, item] of entries) total += estimateBytes(key, seen) + estimateBytes(item, seen);
  return total;
}
