import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Response } from 'express';
import helmet, { type HelmetOptions } from 'helmet';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;
type Directives = NonNullable<Extract<HelmetOptions['contentSecurityPolicy'], object>['directives']>;

/** What a response is, which decides how strict its headers can be. */
export type Surface = 'api' | 'tracking' | 'public-page' | 'docs' | 'console';

// What the api serves under each first path segment; any other path belongs to the console (served at `/`).
const SURFACE_BY_SEGMENT: Record<string, Surface> = {
  v1: 'api',
  xapi: 'api',
  health: 'api',
  'docs-json': 'api',
  t: 'tracking',
  s: 'tracking',
  // Uploaded brand images, loaded by emails from any mail client's origin.
  media: 'tracking',
  u: 'public-page',
  docs: 'docs',
};

/** Which surface a request path belongs to. */
export function surfaceOf(path: string): Surface {
  const segment = path.split('/')[1] ?? '';
  return Object.hasOwn(SURFACE_BY_SEGMENT, segment) ? SURFACE_BY_SEGMENT[segment] : 'console';
}

/** JSON answers, the pixel and redirects: nothing is rendered, framed, submitted or loaded from them. */
const NOTHING: Directives = {
  defaultSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
  frameAncestors: ["'none'"],
};

/**
 * The preference page (`GET/POST /u/:token`, see tracking/preference-page.ts): one `<style>`
 * element carrying the response's nonce, the brand logo over https, one form posting back to the
 * page. No script at all.
 */
function publicPagePolicy(publicBaseUrl: string): Directives {
  return {
    ...NOTHING,
    styleSrc: [(_req, res) => `'nonce-${(res as Response).locals.cspNonce as string}'`],
    imgSrc: ['https:'],
    // The form's action is the page's own URL under PUBLIC_BASE_URL, the origin it is served from.
    formAction: ["'self'", new URL(publicBaseUrl).origin],
  };
}

/** Swagger UI: its own scripts only; its inline style sheet and style attributes, and data: icons. */
function docsPolicy(): Directives {
  return {
    ...NOTHING,
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    formAction: ["'self'"],
  };
}

/**
 * The console, a single-page application served at `/` (see console-static.ts): its own bundles
 * only, no inline script, and it talks to this api alone. Mantine writes its theme's CSS variables
 * into a `<style>` element at run time and positions menus and popovers with `style` attributes,
 * hence `'unsafe-inline'` for styles (styles cannot run code); scripts stay `'self'`. Images may
 * come over https and from PUBLIC_BASE_URL: the template studio and the brand kit screens show emails
 * (a sandboxed `srcdoc` frame, which takes this policy) with the brand's logo (by URL, or uploaded and
 * served at PUBLIC_BASE_URL/media) and the sponsor's photo.
 */
function consolePolicy(publicBaseUrl: string): Directives {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'https:', new URL(publicBaseUrl).origin],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    manifestSrc: ["'self'"],
    workerSrc: ["'none'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  };
}

function headers(directives: Directives, resourcePolicy: 'same-origin' | 'cross-origin' = 'same-origin'): Middleware {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives },
    crossOriginResourcePolicy: { policy: resourcePolicy },
    xFrameOptions: { action: 'deny' },
  });
}

/**
 * Security headers on every answer (helmet: HSTS, nosniff, no referrer, no framing, no
 * `X-Powered-By`…), with a Content-Security-Policy made for what each surface serves. The
 * preference page gets a fresh nonce per response (`res.locals.cspNonce`, read with `@CspNonce()`).
 */
export function securityHeaders(publicBaseUrl: string): Middleware {
  const bySurface: Record<Surface, Middleware> = {
    api: headers(NOTHING),
    // The open pixel is an image embedded in mail read on other origins (webmail).
    tracking: headers(NOTHING, 'cross-origin'),
    'public-page': headers(publicPagePolicy(publicBaseUrl)),
    docs: headers(docsPolicy()),
    console: headers(consolePolicy(publicBaseUrl)),
  };
  return (req, res, next) => {
    const surface = surfaceOf((req.url ?? '/').split('?')[0]);
    if (surface === 'public-page') (res as Response).locals.cspNonce = randomBytes(16).toString('base64');
    bySurface[surface](req, res, next);
  };
}

/**
 * The headers `securityHeaders` puts on a tracking answer (the pixel, a click's redirect), worked
 * out once: a route that answers before the middleware chain (see tracking-hits.middleware.ts) sets
 * the very same ones without running helmet per hit.
 */
export function trackingSecurityHeaders(): ReadonlyArray<readonly [string, string]> {
  const set = new Map<string, string>();
  const capture = {
    setHeader: (name: string, value: string | number | readonly string[]) => void set.set(name, String(value)),
    removeHeader: (name: string) => void set.delete(name),
    getHeader: (name: string) => set.get(name),
  };
  let done = false;
  headers(NOTHING, 'cross-origin')({ url: '/t/o/x', method: 'GET', headers: {} } as IncomingMessage, capture as unknown as ServerResponse, (error) => {
    if (error) throw error;
    done = true;
  });
  // helmet sets static headers synchronously; anything else would make this capture wrong.
  if (!done) throw new Error('The tracking security headers could not be worked out');
  return [...set];
}

/** The Content-Security-Policy nonce of the current response (public pages only). */
export const CspNonce = createParamDecorator((_data: unknown, ctx: ExecutionContext): string => {
  const nonce = ctx.switchToHttp().getResponse<Response>().locals.cspNonce as unknown;
  if (typeof nonce !== 'string') throw new Error('No CSP nonce: the route is not served as a public page');
  return nonce;
});
