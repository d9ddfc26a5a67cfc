import { createHmac, timingSafeEqual } from 'node:crypto';

/** HMAC-SHA256 over the path and the expiry (seconds since the epoch), hex. */
function signature(path: string, expiresAtSeconds: number, secret: string): string {
  return createHmac('sha256', secret).update(`${path}\n${expiresAtSeconds}`).digest('hex');
}

/** `<base><path>?exp=<seconds>&sig=<hmac>`: anyone with the link may download until it expires. */
export function signLink(baseUrl: string, path: string, expiresAt: Date, secret: string): string {
  const exp = Math.floor(expiresAt.getTime() / 1_000);
  return `${baseUrl.replace(/\/+$/, '')}${path}?exp=${exp}&sig=${signature(path, exp, secret)}`;
}

export type LinkCheck = 'valid' | 'expired' | 'invalid';

/**
 * A request's path and query against its signature: 'invalid' when anything was changed (path,
 * expiry or signature; compared in constant time), 'expired' when it is genuine but too old.
 */
export function checkLink(path: string, query: URLSearchParams, now: Date, secret: string): LinkCheck {
  const exp = query.get('exp') ?? '';
  const sig = query.get('sig') ?? '';
  if (!/^\d{1,12}$/.test(exp) || !/^[0-9a-f]{64}$/.test(sig)) return 'invalid';
  const expected = Buffer.from(signature(path, Number(exp), secret), 'hex');
  if (!timingSafeEqual(Buffer.from(sig, 'hex'), expected)) return 'invalid';
  return Number(exp) * 1_000 <= now.getTime() ? 'expired' : 'valid';
}
