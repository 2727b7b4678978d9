import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_ID = /^v\d+$/;

/** A value that cannot be opened: tampered, truncated, sealed with an unknown key, or for another context. */
export class SecretBoxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretBoxError';
  }
}

/**
 * Encryption at rest for small secrets (webhook URLs, signing secrets): AES-256-GCM with a random
 * IV per value, stored as `<key id>:<base64url(iv | tag | ciphertext)>`. The key id lets keys
 * rotate: values sealed with an older key still open while that key stays in the ring, new ones
 * are sealed with the current key. The context (e.g. `<workspace>:<channel>:url`) is
 * authenticated data, so a value copied to another row or workspace does not open.
 */
export class SecretBox {
  private readonly keys: Map<string, Buffer>;

  /** `keys` maps a key id (`v1`, `v2`…) to a 32-byte key; `currentKeyId` seals new values. */
  constructor(
    keys: Record<string, Buffer>,
    private readonly currentKeyId: string,
  ) {
    for (const [id, key] of Object.entries(keys)) {
      if (!KEY_ID.test(id)) throw new Error(`Key id "${id}" must look like v1, v2…`);
      if (key.length !== 32) throw new Error(`Key "${id}" must be 32 bytes`);
    }
    if (!keys[currentKeyId]) throw new Error(`The current key "${currentKeyId}" is not in the ring`);
    this.keys = new Map(Object.entries(keys));
  }

  /** A ring holding one key derived from an application secret (HKDF-SHA256) under `keyId`. */
  static fromSecret(secret: string, keyId = 'v1'): SecretBox {
    return new SecretBox({ [keyId]: deriveKey(secret, keyId) }, keyId);
  }

  seal(plaintext: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.currentKeyId)!, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return `${this.currentKeyId}:${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url')}`;
  }

  open(sealed: string, context: string): string {
    const separator = sealed.indexOf(':');
    const keyId = separator > 0 ? sealed.slice(0, separator) : '';
    const key = this.keys.get(keyId);
    if (!key) throw new SecretBoxError(`Sealed value uses an unknown key id "${keyId.slice(0, 10)}"`);
    const raw = Buffer.from(sealed.slice(separator + 1), 'base64url');
    if (raw.length < IV_BYTES + TAG_BYTES) throw new SecretBoxError('Sealed value is truncated');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    try {
      return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      // GCM's tag check failed: the value, the context or the key is not the one it was sealed with.
      throw new SecretBoxError('Sealed value does not authenticate (tampered, wrong key or wrong context)');
    }
  }
}

// The key id is part of HKDF's info, so each version gets an independent key even from one secret.
function deriveKey(secret: string, keyId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), Buffer.from('clarion/secret-box', 'utf8'), `secret-box:${keyId}`, 32));
}
