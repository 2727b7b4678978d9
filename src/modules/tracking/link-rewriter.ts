import type { TokenClaims } from './tracking-token';

export interface LinkRewriteOptions {
  /** Public base URL of the tracking endpoints, without a trailing slash. */
  baseUrl: string;
  deliveryId: string;
  tokens: { sign(claims: TokenClaims): string };
  /** Links left as they are (the unsubscribe and preference links themselves). */
  keep?: (url: string) => boolean;
}

export interface RewrittenHtml {
  html: string;
  /** The original URLs, by index: what `deliveries.links` stores and what a click may redirect to. */
  links: string[];
}

export interface RewrittenText {
  text: string;
  /** The links given, plus any URL found only in the text, appended. */
  links: string[];
}

// An opening <a> tag; quoted attribute values may contain ">".
const ANCHOR_TAG = /<a\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const HREF = /(\shref\s*=\s*)("([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const HTTP_URL = /^https?:\/\/\S+$/i;
// In plain text a URL ends at white space or at a closing bracket or quote around it.
const TEXT_URL = /https?:\/\/[^\s<>"')\]]+/gi;
const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

/**
 * Rewrites every http(s) link of an email's HTML to a signed click URL (`/t/c/<token>`) that
 * records the original URL at an index (one index per distinct URL), and adds the open pixel
 * before `</body>`. mailto:, tel:, anchors and the links `keep` names stay as they are.
 */
export function rewriteEmailLinks(html: string, options: LinkRewriteOptions): RewrittenHtml {
  const links: string[] = [];
  const rewritten = html.replace(ANCHOR_TAG, (tag) => {
    const href = HREF.exec(tag);
    if (!href) return tag;
    const url = decodeEntities(href[3] ?? href[4] ?? href[5] ?? '').trim();
    if (!HTTP_URL.test(url) || options.keep?.(url)) return tag;
    const click = clickUrl(options, indexOf(links, url));
    return tag.replace(HREF, (_m, prefix: string) => `${prefix}"${escapeAttribute(click)}"`);
  });
  const pixel = `<img src="${escapeAttribute(`${options.baseUrl}/t/o/${options.tokens.sign({ kind: 'o', deliveryId: options.deliveryId })}`)}" width="1" height="1" alt="" style="display:block;width:1px;height:1px;border:0;" />`;
  const bodyEnd = rewritten.search(/<\/body\s*>(?![\s\S]*<\/body\s*>)/i);
  return { html: bodyEnd < 0 ? `${rewritten}${pixel}` : `${rewritten.slice(0, bodyEnd)}${pixel}${rewritten.slice(bodyEnd)}`, links };
}

/**
 * Rewrites the URLs of the text part with the same indexes as the HTML part (`links` from
 * `rewriteEmailLinks`); a URL found only in the text is appended to the list.
 */
export function rewriteTextLinks(text: string, options: LinkRewriteOptions & { links: string[] }): RewrittenText {
  const links = [...options.links];
  const rewritten = text.replace(TEXT_URL, (raw) => {
    // A sentence's final punctuation is not part of the URL.
    const url = raw.replace(/[.,;:!?]+$/, '');
    const trailing = raw.slice(url.length);
    if (options.keep?.(url)) return raw;
    return `${clickUrl(options, indexOf(links, url))}${trailing}`;
  });
  return { text: rewritten, links };
}

function indexOf(links: string[], url: string): number {
  const known = links.indexOf(url);
  if (known >= 0) return known;
  links.push(url);
  return links.length - 1;
}

function clickUrl(options: LinkRewriteOptions, link: number): string {
  return `${options.baseUrl}/t/c/${options.tokens.sign({ kind: 'c', deliveryId: options.deliveryId, link })}`;
}

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}
