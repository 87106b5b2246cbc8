// Comparing a presented secret with the expected one in constant time: both are hashed first, so
// neither their contents nor their lengths show in how long the comparison takes.
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/** Whether `presented` equals `expected`, in time that does not depend on where they differ. */
export const sameToken = (presented: string, expected: string): boolean =>
  timingSafeEqual(digest(presented), digest(expected));
