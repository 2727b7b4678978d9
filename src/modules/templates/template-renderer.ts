import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Channel } from '../../common/enums';
import type { BrandStyle } from '../branding/brand-style';
import { BoundedCache } from './bounded-cache';
import { compileEmailSource } from './email-compiler';
import { neutraliseUnsafeLinks } from './link-checker';
import { rewriteMarkdownLinks } from './markdown';
import { buildPostPayloads, type PostPayloads } from './post-payloads';
import { normalizeContext, type RenderContext, schemaLeaves, POST_SCHEMA } from './render-context';
import { composeTalkingPoints, talkingPointsParts, type TalkingPointsText } from './talking-points-composer';
import type { EmailVariant, PostVariant, TalkingPointsVariant, Variants } from './template-content';
import { type CompiledTemplate, TemplateEngine } from './template-engine';
import { TemplateLibrary } from './template-library';
import { TemplateErrors } from './templates.errors';

/** A template version as the renderer needs it; campaign steps pin one. */
export interface RenderableVersion {
  id: string;
  channel: Channel;
  variants: Variants;
}

export interface RenderRequest {
  version: RenderableVersion;
  /** A locale the version has (see `resolveLocale`). */
  locale: string;
  brand: BrandStyle;
  context: RenderContext;
  /** Zone the dates are shown in: the learner's. */
  timeZone: string;
}

export interface RenderedEmail {
  subject: string;
  preheader: string;
  html: string;
  text: string;
}

export interface RenderedPost {
  title: string;
  markdown: string;
  html: string;
  text: string;
  payloads: PostPayloads;
}

interface CompiledEmail {
  html: CompiledTemplate;
  /** Subject, preheader and text part in one unescaped template, split on `separator`. */
  plain: CompiledTemplate;
  separator: string;
}

interface CompiledTalkingPoints {
  intro: CompiledTemplate;
  keyMessages: CompiledTemplate[];
  postText: CompiledTemplate;
  faq: Array<{ question: CompiledTemplate; answer: CompiledTemplate }>;
}

interface CompiledPost {
  title: CompiledTemplate;
  body: CompiledTemplate;
  ctaLabel: CompiledTemplate | null;
  ctaUrl: CompiledTemplate | null;
}

export const RENDER_CACHE_SIZE = 500;

/**
 * Renders template versions. MJML is compiled once per version, locale and brand kit version and
 * kept in a bounded cache with its Handlebars templates; per recipient only Handlebars runs.
 */
@Injectable()
export class TemplateRenderer {
  private readonly engine = new TemplateEngine();
  private readonly emails = new BoundedCache<string, Promise<CompiledEmail>>(RENDER_CACHE_SIZE);
  private readonly posts = new BoundedCache<string, CompiledPost>(RENDER_CACHE_SIZE);
  private readonly talkingPoints = new BoundedCache<string, CompiledTalkingPoints>(RENDER_CACHE_SIZE);

  constructor(private readonly library: TemplateLibrary) {}

  /** How many compiled email versions the cache holds (one per version, locale and brand version). */
  get cachedEmails(): number {
    return this.emails.size;
  }

  async renderEmail(request: RenderRequest): Promise<RenderedEmail> {
    const compiled = await this.compiledEmail(request.version, request.locale, request.brand);
    const context = normalizeContext(request.context);
    const data = { locale: request.locale, timeZone: request.timeZone };
    const [subject, preheader, text] = compiled.plain(context, data).split(compiled.separator);
    return {
      // A subject is one header line: white space (new lines included) collapses to a space.
      subject: subject.replace(/\s+/g, ' ').trim(),
      preheader: preheader.replace(/\s+/g, ' ').trim(),
      // Second guard behind the save-time check, for versions saved before it: no unsafe link is sent.
      html: neutraliseUnsafeLinks(compiled.html(context, data)),
      text: text.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim(),
    };
  }

  /**
   * A post for every kind of channel. `trackLink`, when given, replaces the target of each http(s)
   * link (in the text and the call to action) before the payloads are built, so that every shape of
   * the post carries the same tracked URLs; previews leave it out and show the real targets.
   */
  renderPost(request: RenderRequest, trackLink?: (url: string) => string): RenderedPost {
    const compiled = this.compiledPost(request.version, request.locale);
    const context = normalizeContext(request.context);
    const data = { locale: request.locale, timeZone: request.timeZone };
    const written = compiled.body(markdownSafe(context), data).trim();
    const markdown = trackLink ? rewriteMarkdownLinks(written, trackLink) : written;
    const title = compiled.title(context, data).replace(/\s+/g, ' ').trim();
    const label = compiled.ctaLabel?.(context, data).trim() ?? '';
    const target = compiled.ctaUrl?.(context, data).trim() ?? '';
    const url = target && trackLink && /^https?:\/\//i.test(target) ? trackLink(target) : target;
    const payloads = buildPostPayloads({ title, markdown, callToAction: url ? { label: label || target, url } : null });
    return { title, markdown, html: payloads.webhook.html, text: payloads.webhook.text, payloads };
  }

  /**
   * Talking points as plain text for the ambassador's page (key messages, FAQ, the post to copy):
   * the same parts the email lays out, filled for the same ambassador. Unescaped: the page shows text.
   */
  renderTalkingPoints(request: RenderRequest): TalkingPointsText {
    // The caller resolves the locale among the version's own (see `resolveLocale`): anything else is a bug, not bad input.
    const variant = request.version.variants[request.locale];
    if (request.version.channel !== Channel.TalkingPoints || !variant) throw new Error(`Version ${request.version.id} has no talking points in ${request.locale}`);
    const key = `${request.version.id}:${request.locale}`;
    let compiled = this.talkingPoints.get(key);
    if (!compiled) {
      const parts = talkingPointsParts(variant as TalkingPointsVariant);
      const text = (source: string) => this.engine.compile(source, { escape: false });
      compiled = {
        intro: text(parts.intro),
        keyMessages: parts.keyMessages.map(text),
        postText: text(parts.postText),
        faq: parts.faq.map((f) => ({ question: text(f.question), answer: text(f.answer) })),
      };
      this.talkingPoints.set(key, compiled);
    }
    const context = normalizeContext(request.context);
    const data = { locale: request.locale, timeZone: request.timeZone };
    const run = (template: CompiledTemplate) => template(context, data).trim();
    return {
      intro: run(compiled.intro),
      keyMessages: compiled.keyMessages.map(run).filter(Boolean),
      postText: run(compiled.postText),
      faq: compiled.faq.map((f) => ({ question: run(f.question), answer: run(f.answer) })).filter((f) => f.question),
    };
  }

  /** Compiles (or finds in the cache) an email or talking-points version for a locale and brand. */
  private compiledEmail(version: RenderableVersion, locale: string, brand: BrandStyle): Promise<CompiledEmail> {
    const key = `${version.id}:${locale}:${brand.id}:${brand.version}`;
    const cached = this.emails.get(key);
    if (cached) return cached;
    const compiling = this.compileEmail(version, locale, brand);
    this.emails.set(key, compiling);
    compiling.catch(() => this.emails.delete(key));
    return compiling;
  }

  private async compileEmail(version: RenderableVersion, locale: string, brand: BrandStyle): Promise<CompiledEmail> {
    const variant = this.variant(version, locale);
    const email =
      version.channel === Channel.TalkingPoints ? composeTalkingPoints(variant as TalkingPointsVariant, locale) : (variant as EmailVariant);
    if (version.channel === Channel.Post) throw TemplateErrors.notAnEmail();
    // Validated strictly when the version was saved: the worker does not pay for it again.
    const result = await compileEmailSource({ body: email.body, preheader: email.preheader, locale, brand, library: this.library, path: `variants.${locale}.body`, validation: 'skip' });
    // Failing here means the brand layout itself is broken.
    if (!result.ok) throw TemplateErrors.invalid(result.errors);
    const ownText = (variant as EmailVariant).text;
    // One Handlebars call per part costs a helper set-up each: the three plain parts share one.
    // The separator is random, so no value can forge it.
    const separator = `<<clarion-part-${randomBytes(8).toString('hex')}>>`;
    const plain = [email.subject, email.preheader, ownText?.trim() ? ownText : result.source.text].join(separator);
    return {
      html: this.engine.compile(result.source.html, { escape: true }),
      plain: this.engine.compile(plain, { escape: false }),
      separator,
    };
  }

  private compiledPost(version: RenderableVersion, locale: string): CompiledPost {
    if (version.channel !== Channel.Post) throw TemplateErrors.notAPost();
    const key = `${version.id}:${locale}`;
    const cached = this.posts.get(key);
    if (cached) return cached;
    const variant = this.variant(version, locale) as PostVariant;
    const compiled: CompiledPost = {
      title: this.engine.compile(variant.title, { escape: false }),
      body: this.engine.compile(variant.body, { escape: false }),
      ctaLabel: variant.callToAction ? this.engine.compile(variant.callToAction.label, { escape: false }) : null,
      ctaUrl: variant.callToAction ? this.engine.compile(variant.callToAction.url, { escape: false }) : null,
    };
    this.posts.set(key, compiled);
    return compiled;
  }

  private variant(version: RenderableVersion, locale: string) {
    const variant = version.variants[locale];
    if (!variant) throw TemplateErrors.localeMissing(locale, Object.keys(version.variants));
    return variant;
  }
}

const LEAF_TYPES = new Map(schemaLeaves(POST_SCHEMA).map((l) => [l.path, l.type]));

// Values are inserted into Markdown: escape its syntax so a course title cannot add a link or
// HTML to a post; URLs only get the characters that would end a Markdown link encoded.
function markdownSafe(context: RenderContext, prefix = ''): RenderContext {
  const map = (value: unknown, path: string): unknown => {
    if (typeof value === 'string') {
      const type = LEAF_TYPES.get(path);
      if (type === 'url') return value.replace(/[()<>\s]/g, encodeURIComponent);
      return type === 'string' || type === 'list' ? value.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, '\\$&') : value;
    }
    if (Array.isArray(value)) return value.map((v) => map(v, path));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, map(v, path ? `${path}.${k}` : k)]));
    return value;
  };
  return map(context, prefix) as RenderContext;
}
