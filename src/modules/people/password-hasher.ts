import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

// Argon2id (the package's `Algorithm.Argon2id`, a const enum that isolated modules cannot read).
const ARGON2ID = 2;

/** OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane (~20-40 ms here). */
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes and checks passwords with argon2id (PHC strings, parameters kept in each hash). */
@Injectable()
export class PasswordHasher {
  // Checked when there is no hash to check against (unknown email, password never set), so such a
  // sign-in costs the same time as a real one and tells nothing about which addresses exist.
  private dummy: Promise<string> | null = null;

  hash(password: string): Promise<string> {
    return hash(password, OPTIONS as Parameters<typeof hash>[1]);
  }

  /** Whether the password matches the hash; with no hash, spends the same time and answers false. */
  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    if (!passwordHash) {
      this.dummy ??= this.hash('clarion-dummy-password-for-constant-time');
      await verify(await this.dummy, password).catch(() => false);
      return false;
    }
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  }
}
