import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import { surfaceOf } from './security-headers';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

export const CONSOLE_NOT_BUILT =
  'The web console is not built: run `npm run build` (or `npm run dev` to work on it with hot reload).';

/**
 * Serves the built console (a single-page application) at `/`. Only paths that are not the api's
 * (see `surfaceOf`) are touched:
 * - `/assets/*` are content-hashed: cached for a year, and a missing one is a real 404 (a stale
 *   lazy chunk after a redeploy must fail loudly, not load index.html as JavaScript);
 * - other files of the build (icons) are revalidated on each use;
 * - any other GET/HEAD that accepts HTML gets `index.html` (no-cache), the router takes it from there.
 */
export function serveConsole(consoleDir: string): Middleware {
  const root = resolve(consoleDir);
  const index = join(root, 'index.html');
  const assets = express.static(join(root, 'assets'), {
    index: false,
    fallthrough: false,
    immutable: true,
    maxAge: '365d',
  });
  const files = express.static(root, {
    index: false,
    setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache'),
  });

  const logger = new Logger('Console');

  return (rawReq, rawRes, next) => {
    const req = rawReq as Request;
    const res = rawRes as Response;
    if ((req.method !== 'GET' && req.method !== 'HEAD') || surfaceOf(req.path) !== 'console') return next();

    if (req.path === '/assets' || req.path.startsWith('/assets/')) {
      req.url = req.url.slice('/assets'.length) || '/';
      return assets(req, res, (error?: unknown) => notFound(res, error));
    }
    files(req, res, () => {
      if (!req.accepts('html')) return next();
      if (!existsSync(index)) {
        res.status(404).type('text/plain; charset=utf-8').send(`${CONSOLE_NOT_BUILT}\n`);
        return;
      }
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index, (error?: Error) => {
        if (!error) return;
        // A tab closed or a reload while index.html was on its way: nothing went wrong on our side.
        if (isClientAbort(error, req)) return logger.debug(`Client closed the connection before index.html was sent (${codeOf(error) ?? 'aborted'})`);
        (next as NextFunction)(error);
      });
    });
  };
}

const CLIENT_ABORT_CODES = new Set(['ECONNABORTED', 'ECONNRESET', 'EPIPE', 'ERR_STREAM_PREMATURE_CLOSE']);

const codeOf = (error: unknown): string | undefined => (error as { code?: unknown } | undefined)?.code as string | undefined;

/** The client went away mid-answer (express reports `ECONNABORTED` "Request aborted"; a socket may give EPIPE or ECONNRESET). */
export function isClientAbort(error: unknown, req?: IncomingMessage): boolean {
  const code = codeOf(error);
  if (code && CLIENT_ABORT_CODES.has(code)) return true;
  if (error instanceof Error && /^(request )?aborted$/i.test(error.message)) return true;
  return Boolean(req && (req.destroyed || req.socket?.destroyed) && !code);
}

function notFound(res: Response, error: unknown): void {
  // The client left while an asset was on its way: there is no one to answer.
  if (isClientAbort(error) || res.headersSent) return;
  const status = (error as { status?: number } | undefined)?.status ?? 404;
  res.status(status === 404 ? 404 : status).type('text/plain; charset=utf-8').send(status === 404 ? 'Not found\n' : '');
}
