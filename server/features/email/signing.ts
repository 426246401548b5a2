import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** HMAC of `purpose:value` with the session secret (purposes keep tokens of one kind out of another). */
const mac = (secret: string, purpose: string, value: string) =>
  createHmac('sha256', secret).update(`${purpose}:${value}`).digest();

const sameBytes = (a: Buffer, b: Buffer) => a.length === b.length && timingSafeEqual(a, b);

/** `payload.signature`, both base64url: for links that must work without signing in (unsubscribe). */
export function signPayload(secret: string, purpose: string, payload: unknown): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${mac(secret, purpose, body).toString('base64url')}`;
}

/** The payload of a token signed for this purpose, or null for a forged or malformed one. */
export function verifyPayload<T>(secret: string, purpose: string, token: string): T | null {
  const [body, sig] = token.split('.');
  if (!body || !sig || !sameBytes(Buffer.from(sig, 'base64url'), mac(secret, purpose, body))) return null;
  try {
    return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as T;
  } catch {
    return null;
  }
}

/**
 * A short lower-case id with its signature, `<16 hex>.<20 hex>`: fits an e-mail address's local
 * part, survives mail servers that change its case, and cannot be guessed or forged.
 */
export function newSignedId(secret: string, purpose: string): string {
  const id = randomBytes(8).toString('hex');
  return `${id}.${mac(secret, purpose, id).subarray(0, 10).toString('hex')}`;
}

/** The id inside a signed id, or null when its signature is wrong. */
export function verifySignedId(secret: string, purpose: string, signed: string): string | null {
  const m = /^([0-9a-f]{16})\.([0-9a-f]{20})$/.exec(signed.toLowerCase());
  if (!m) return null;
  return sameBytes(Buffer.from(m[2]!, 'hex'), mac(secret, purpose, m[1]!).subarray(0, 10)) ? m[1]! : null;
}
