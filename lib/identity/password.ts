// Password hashing with argon2id (OWASP: memory >= 19 MiB, iterations >= 2, parallelism 1).
// @node-rs/argon2 hashes on libuv's thread pool, off the event loop.
import { hash, verify } from "@node-rs/argon2";

export const argon2Options = {
  algorithm: 2, // Algorithm.Argon2id (a const enum, which isolated modules cannot import)
  memoryCost: 19_456, // KiB
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
