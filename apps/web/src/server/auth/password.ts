// Password hashing: argon2id (memory-hard) from @node-rs/argon2, OWASP's baseline settings.
import { hash, verify } from '@node-rs/argon2';

/** 19 MiB, 2 passes, 1 lane: OWASP's minimum recommendation for argon2id. */
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 256;

/** A PHC string (`$argon2id$v=19$m=…`) carrying its salt and settings. */
export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2ID);

/** Whether `password` matches `stored`; false (never a throw) for a malformed hash. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
