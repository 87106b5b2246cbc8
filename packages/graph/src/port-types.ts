import { z } from 'zod';
import { lazySchema } from './lazy-schema.ts';

/**
 * The types a port can carry. `ANY` is a wildcard for generic nodes (previews, debug taps):
 * it accepts and feeds every other type.
 */
export const PORT_TYPES = [
  'PROMPT',
  'TOKEN_PLAN',
  'IMAGE',
  'INT',
  'FLOAT',
  'STRING',
  'BOOLEAN',
  'ANY',
] as const;

export const zPortType = lazySchema(() => z.enum(PORT_TYPES));
export type PortType = z.infer<typeof zPortType>;

/**
 * Whether an output of type `from` may feed an input of type `to`: the same type, either side
 * `ANY`, or the one widening `INT` → `FLOAT`.
 */
export function canConnect(from: PortType, to: PortType): boolean {
  if (from === to || from === 'ANY' || to === 'ANY') return true;
  return from === 'INT' && to === 'FLOAT';
}
