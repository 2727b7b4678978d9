import type { LookupAddress, LookupOptions } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { performance } from 'node:perf_hooks';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../../config/app-config';
import { PermanentDeliveryError, TransientDeliveryError } from '../delivery.errors';
import { classifyAddress, isAddressAllowed } from './address-policy';
import { bareHost, resolveHost } from './host-resolver';
import type { ReceiverAnswer } from './post-outcome';

export const USER_AGENT = 'Clarion-Webhooks/1.0';
const MAX_BODY_BYTES = 4096;

/** Raised from the connect-time lookup when a host resolves to an address it may not reach. */
class BlockedAddressError extends Error {
  constructor(readonly range: string) {
    super(`The host resolves to a ${range} address`);
  }
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * POSTs JSON to a webhook. The host is checked on every request: an address literal before
 * connecting, a name at connect time by a lookup that resolves it, checks every address and hands
 * the socket only checked ones — so a DNS answer cannot change between the check and the connect
 * (DNS rebinding). No connection reuse, no redirects, one deadline for DNS, connect and answer.
 * Errors say what failed, never the URL.
 */
@Injectable()
export class WebhookHttpClient {
  constructor(private readonly config: AppConfig) {}

  async postJson(target: string, body: string, headers: Record<string, string>, allowPrivateHosts: boolean): Promise<ReceiverAnswer> {
    const url = new URL(target);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new PermanentDeliveryError('The channel URL must use https', { code: 'URL_INVALID' });
    }
    const host = bareHost(url);
    if (isIP(host) && !isAddressAllowed(host, allowPrivateHosts)) throw blocked(classifyAddress(host).range);

    const signal = AbortSignal.timeout(this.config.webhookTimeoutMs);
    const started = performance.now();
    const transport = url.protocol === 'https:' ? https : http;
    return new Promise<ReceiverAnswer>((resolve, reject) => {
      const fail = (error: Error) => reject(this.describeFailure(error, signal.aborted));
      const request = transport.request(
        url,
        {
          method: 'POST',
          agent: false,
          signal,
          lookup: this.checkedLookup(allowPrivateHosts),
          headers: {
            ...headers,
            'Content-Type': 'application/json; charset=utf-8',
            'Content-Length': String(Buffer.byteLength(body)),
            'User-Agent': USER_AGENT,
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          let size = 0;
          const finish = () =>
            resolve({
              status: response.statusCode ?? 0,
              retryAfter: single(response.headers['retry-after']),
              body: Buffer.concat(chunks).toString('utf8'),
              durationMs: Math.round(performance.now() - started),
            });
          response.on('data', (chunk: Buffer) => {
            if (size >= MAX_BODY_BYTES) return;
            chunks.push(chunk.subarray(0, MAX_BODY_BYTES - size));
            size += chunk.length;
            // The status is all that decides; do not wait for an endless body.
            if (size >= MAX_BODY_BYTES) {
              finish();
              response.destroy();
            }
          });
          response.on('end', finish);
          response.on('error', fail);
        },
      );
      request.on('error', fail);
      request.end(body);
    });
  }

  // Node's connect calls this with `all: true` when it races address families (autoSelectFamily).
  private checkedLookup(allowPrivateHosts: boolean) {
    const timeoutMs = this.config.webhookTimeoutMs;
    return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
      resolveHost(hostname, timeoutMs).then(
        (addresses) => {
          const refused = addresses.find((address) => !isAddressAllowed(address, allowPrivateHosts));
          if (refused) return callback(new BlockedAddressError(classifyAddress(refused).range), []);
          const family = options.family === 4 || options.family === 'IPv4' ? 4 : options.family === 6 || options.family === 'IPv6' ? 6 : 0;
          const usable = addresses.map((address) => ({ address, family: isIP(address) })).filter((a) => !family || a.family === family);
          if (usable.length === 0) return callback(Object.assign(new Error('No address of the requested family'), { code: 'ENOTFOUND' }), []);
          if (options.all) return callback(null, usable);
          callback(null, usable[0].address, usable[0].family);
        },
        (error: NodeJS.ErrnoException) => callback(error, []),
      );
    };
  }

  private describeFailure(error: Error, timedOut: boolean): Error {
    if (error instanceof BlockedAddressError) return blocked(error.range);
    if (timedOut) {
      return new TransientDeliveryError(`No answer within ${this.config.webhookTimeoutMs} ms`, { code: 'TIMEOUT' });
    }
    const code = (error as NodeJS.ErrnoException).code ?? 'UNKNOWN';
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ETIMEOUT') {
      return new TransientDeliveryError(`The host name could not be resolved (${code})`, { code: 'DNS' });
    }
    if (/CERT|TLS|SSL/.test(code)) return new TransientDeliveryError(`The TLS handshake failed (${code})`, { code: 'TLS' });
    return new TransientDeliveryError(`The connection failed (${code})`, { code: 'CONNECTION' });
  }
}

function blocked(range: string): PermanentDeliveryError {
  return new PermanentDeliveryError(`The host resolves to a ${range} address, which this workspace may not reach`, { code: 'HOST_BLOCKED' });
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
