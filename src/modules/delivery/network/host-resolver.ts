import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/** A URL's host name without IPv6 brackets (`[::1]` → `::1`). */
export function bareHost(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/**
 * Every address a host name resolves to (the host itself when it is an address literal). Fails
 * with the resolver's error (ENOTFOUND, EAI_AGAIN…) or after `timeoutMs`.
 */
export async function resolveHost(host: string, timeoutMs: number): Promise<string[]> {
  if (isIP(host)) return [host];
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('DNS lookup timed out'), { code: 'ETIMEOUT' })), timeoutMs);
  });
  try {
    const found = await Promise.race([lookup(host, { all: true, verbatim: true }), deadline]);
    return found.map((entry) => entry.address);
  } finally {
    clearTimeout(timer);
  }
}
