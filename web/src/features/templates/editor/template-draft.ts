import type { components } from '../../../api/schema';

export type Channel = components['schemas']['CreateTemplateDto']['channel'];
export type Purpose = components['schemas']['CreateTemplateDto']['purpose'];
export type Phase = components['schemas']['CreateTemplateDto']['phase'];

// One list of each, shared with the library's filters.
export { CHANNELS, PHASES, PURPOSES } from '../template-search';

export interface EmailVariant {
  subject: string;
  preheader: string;
  body: string;
  /** The optional plain-text part; empty means "derived from the HTML". */
  text: string;
}
export interface PostVariant {
  title: string;
  body: string;
  callToAction: { label: string; url: string };
}
export interface TalkingPointsVariant {
  subject: string;
  preheader: string;
  intro: string;
  keyMessages: string[];
  postText: string;
  faq: Array<{ question: string; answer: string }>;
}
export type Variant = EmailVariant | PostVariant | TalkingPointsVariant;
/** The content being edited: one variant per locale, every field a string (empty when not written). */
export type Variants = Record<string, Variant>;

export const LOCALE_PATTERN = /^[a-z]{2,3}(-[A-Z]{2})?$/;

export function emptyVariant(channel: Channel): Variant {
  if (channel === 'email') return { subject: '', preheader: '', body: '<mj-section>\n  <mj-column>\n    <mj-text></mj-text>\n  </mj-column>\n</mj-section>\n', text: '' };
  if (channel === 'post') return { title: '', body: '', callToAction: { label: '', url: '' } };
  return { subject: '', preheader: '', intro: '', keyMessages: [''], postText: '', faq: [] };
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A saved version's variants as the editor holds them (missing optional fields as empty strings). */
export function fromApi(channel: Channel, variants: Record<string, unknown>): Variants {
  const out: Variants = {};
  for (const [locale, raw] of Object.entries(variants)) {
    const v = (raw ?? {}) as Record<string, unknown>;
    if (channel === 'email') out[locale] = { subject: text(v.subject), preheader: text(v.preheader), body: text(v.body), text: text(v.text) };
    else if (channel === 'post') {
      const cta = (v.callToAction ?? {}) as Record<string, unknown>;
      out[locale] = { title: text(v.title), body: text(v.body), callToAction: { label: text(cta.label), url: text(cta.url) } };
    } else {
      out[locale] = {
        subject: text(v.subject),
        preheader: text(v.preheader),
        intro: text(v.intro),
        keyMessages: Array.isArray(v.keyMessages) ? v.keyMessages.map(text) : [],
        postText: text(v.postText),
        faq: Array.isArray(v.faq) ? v.faq.map((f: { question?: unknown; answer?: unknown }) => ({ question: text(f?.question), answer: text(f?.answer) })) : [],
      };
    }
  }
  return out;
}

/** The variants as the api takes them: optional parts left out when empty. */
export function toApi(channel: Channel, variants: Variants): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(variants).map(([locale, variant]) => {
      if (channel === 'email') {
        const { text: plain, ...rest } = variant as EmailVariant;
        return [locale, plain.trim() ? { ...rest, text: plain } : rest];
      }
      if (channel === 'post') {
        const { callToAction, ...rest } = variant as PostVariant;
        return [locale, callToAction.label.trim() || callToAction.url.trim() ? { ...rest, callToAction } : rest];
      }
      return [locale, variant];
    }),
  );
}

/** Locales in a stable order: French, English, then the others alphabetically. */
export function sortLocales(locales: string[]): string[] {
  const rank = (l: string) => (l === 'fr' ? 0 : l === 'en' ? 1 : 2);
  return [...locales].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export const sameContent = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
