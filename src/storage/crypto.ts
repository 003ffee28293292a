/**
 * Encryption at rest for the private tools: AES-GCM with a 256-bit key derived from the
 * passcode by PBKDF2-SHA-256. Everything goes through WebCrypto; no key ever leaves memory
 * (keys are made non-extractable) and none is stored.
 */

/** OWASP's 2023 floor for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;

export interface Sealed {
  iv: Uint8Array;
  data: ArrayBuffer;
}

export function newSalt(crypto: Crypto = globalThis.crypto): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(SALT_BYTES));
}

export async function deriveKey(
  passcode: string,
  salt: Uint8Array,
  iterations = PBKDF2_ITERATIONS,
  crypto: Crypto = globalThis.crypto,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passcode),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function seal(
  key: CryptoKey,
  value: unknown,
  crypto: Crypto = globalThis.crypto,
): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: iv as BufferSource },
    key,
    new TextEncoder().encode(JSON.stringify(value)),
  );
  return { iv, data };
}

/** Decrypts a sealed value; rejects if the key is wrong or the record was altered. */
export async function unseal<T>(
  key: CryptoKey,
  sealed: Sealed,
  crypto: Crypto = globalThis.crypto,
): Promise<T> {
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: sealed.iv as BufferSource },
    key,
    sealed.data,
  );
  return JSON.parse(new TextDecoder().decode(plain)) as T;
}
