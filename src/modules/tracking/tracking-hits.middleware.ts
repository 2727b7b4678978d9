import type { IncomingMessage, ServerResponse } from 'node:http';
import { Logger } from '@nestjs/common';
import type { Request } from 'express';
import { correlationIdOf } from '../../infrastructure/logging/correlation-id';
import { NO_STORE, PIXEL } from './tracking-answers';
import type { TrackingService } from './tracking.service';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

// `/t/o/<token>` and `/t/c/<token>`, a token being one path segment (an optional query string is ignored).
const HIT = /^\/t\/([oc])\/([^/?#]+)(?:\?.*)?$/;

/**
 * The open pixel and the click redirect answered before the rest of the middleware chain (body
 * parsers, the console, Nest's router, guards and interceptors, the request log): they are the hot
 * path of a campaign, hit once per open and click, and need none of it. What they answer is the
 * same as the controller's: the same security headers (`headers`, worked out once), the same GIF,
 * the same redirect, and only once the hit is committed. A hit is never logged: its visitor's IP
 * and user agent are not kept anywhere. Anything else (a HEAD, a click that answers 404, a failure)
 * goes on to the controller, which answers it as every other route does.
 */
export function trackingHits(tracking: TrackingService, headers: ReadonlyArray<readonly [string, string]>): Middleware {
  const logger = new Logger('TrackingHits');
  return (req, res, next) => {
    const hit = req.method === 'GET' ? HIT.exec(req.url ?? '') : null;
    if (!hit) return next();
    const token = decodeSegment(hit[2]);
    if (token === null) return next();
    // Registered with app.use, so Express has made `req` its own: `ip` honours TRUST_PROXY as the controller's does.
    const visitor = { userAgent: req.headers['user-agent'], ip: (req as Request).ip };
    if (hit[1] === 'o') {
      tracking.open(token, visitor).then(
        () => answerPixel(req, res, headers),
        (error: unknown) => {
          // The pixel must render even when recording fails; the failure is logged, not shown.
          logger.error({ err: error }, 'Could not record an open');
          answerPixel(req, res, headers);
        },
      );
      return;
    }
    tracking.click(token, visitor).then(
      (url) => answerRedirect(req, res, headers, url),
      // Nothing was recorded: the controller answers the 404 (or the failure) in the API's own shape.
      () => next(),
    );
  };
}

function answerPixel(req: IncomingMessage, res: ServerResponse, headers: ReadonlyArray<readonly [string, string]>): void {
  setHeaders(req, res, headers);
  res.writeHead(200, { 'Content-Type': 'image/gif', 'Content-Length': PIXEL.length, 'Cache-Control': NO_STORE, Pragma: 'no-cache' });
  res.end(PIXEL);
}

function answerRedirect(req: IncomingMessage, res: ServerResponse, headers: ReadonlyArray<readonly [string, string]>, url: string): void {
  const location = headerSafe(url);
  const body = `Found. Redirecting to ${location}`;
  setHeaders(req, res, headers);
  res.writeHead(302, { Location: location, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body), 'Cache-Control': NO_STORE });
  res.end(body);
}

function setHeaders(req: IncomingMessage, res: ServerResponse, headers: ReadonlyArray<readonly [string, string]>): void {
  correlationIdOf(req, res);
  for (const [name, value] of headers) res.setHeader(name, value);
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

// A header carries printable ASCII only: anything else is percent-encoded (existing escapes are kept).
function headerSafe(url: string): string {
  return url.replace(/[^\x21-\x7e]|%(?![0-9a-fA-F]{2})/g, (c) => {
    try {
      return encodeURIComponent(c);
    } catch {
      return '%EF%BF%BD';
    }
  });
}
