import { cleanTranslations, type TranslatedField, type TranslationEntry } from '../../components/translations-editor/translations-editor';
import { HEX_COLOR } from './brand-color-inputs';
import { BRAND_TEXT_FIELDS, type BrandDraft, type BrandKit, type BrandKitPatch, COLOR_NAMES, type ColorName } from './use-brand-kits';

/** The brand kit editor's form: every text as typed (empty rather than null). */
export interface BrandKitValues {
  [key: string]: unknown;
  name: string;
  logoUrl: string;
  logoAlt: string;
  fontFamily: string;
  senderName: string;
  senderEmail: string;
  replyTo: string;
  footerText: string;
  legalMention: string;
  colors: Record<ColorName, string>;
  translations: TranslationEntry[];
}

// The api's own rules (CreateBrandKitDto), checked as one types.
export const FONT_LIST = /^[A-Za-z0-9 ,'"-]{1,200}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LINE_BREAK = /[\r\n\u0000-\u001f\u007f]/;

export const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
};

export const toValues = (kit: BrandKit): BrandKitValues => ({
  name: kit.name,
  logoUrl: kit.logoUrl ?? '',
  logoAlt: kit.logoAlt ?? '',
  fontFamily: kit.fontFamily,
  senderName: kit.senderName,
  senderEmail: kit.senderEmail,
  replyTo: kit.replyTo ?? '',
  footerText: kit.footerText ?? '',
  legalMention: kit.legalMention ?? '',
  colors: Object.fromEntries(COLOR_NAMES.map((name) => [name, kit.colors[name] ?? ''])) as Record<ColorName, string>,
  translations: kit.translations.map((entry) => ({ ...entry })),
});

const orNull = (text: string) => text.trim() || null;

/**
 * The whole kit as PATCH takes it: emptied optional texts cleared, translations cleaned (the list
 * is replaced). The logo's address only when it changed from `savedLogoUrl`: an uploaded logo's
 * address is the api's own (PUBLIC_BASE_URL, `localhost` on a workstation), which its URL rule
 * for addresses typed by people may refuse.
 */
export const toPatch = (v: BrandKitValues, fields: readonly TranslatedField[], savedLogoUrl?: string): BrandKitPatch => ({
  name: v.name.trim(),
  colors: v.colors,
  ...(savedLogoUrl !== undefined && v.logoUrl.trim() === savedLogoUrl ? {} : { logoUrl: orNull(v.logoUrl) }),
  logoAlt: orNull(v.logoAlt),
  fontFamily: v.fontFamily.trim(),
  senderName: v.senderName.trim(),
  senderEmail: v.senderEmail.trim(),
  replyTo: orNull(v.replyTo),
  footerText: orNull(v.footerText),
  legalMention: orNull(v.legalMention),
  translations: cleanTranslations(v.translations, fields) as BrandKitPatch['translations'],
});

/**
 * The brand as being edited, for the live preview: only values the api would take (a colour being
 * typed, a half-written address are left out until they are valid, so the preview keeps going).
 */
export function toDraft(v: BrandKitValues, savedLogoUrl: string): { draft: BrandDraft; hasInvalid: boolean } {
  let hasInvalid = false;
  const colors: Partial<Record<ColorName, string>> = {};
  for (const name of COLOR_NAMES) {
    if (HEX_COLOR.test(v.colors[name])) colors[name] = v.colors[name];
    else hasInvalid = true;
  }
  const logoUrl = v.logoUrl.trim();
  if (logoUrl && !isHttpUrl(logoUrl)) hasInvalid = true;
  const font = v.fontFamily.trim();
  if (!FONT_LIST.test(font)) hasInvalid = true;
  const senderName = v.senderName.trim();
  const draft: BrandDraft = {
    ...(v.name.trim() ? { name: v.name.trim().slice(0, 200) } : {}),
    colors,
    // The saved logo comes with the kit (brandKitId); only a changed one is sent.
    ...(logoUrl && logoUrl === savedLogoUrl ? {} : { logoUrl: logoUrl && isHttpUrl(logoUrl) ? logoUrl : null }),
    logoAlt: orNull(v.logoAlt.slice(0, 200)),
    ...(FONT_LIST.test(font) ? { fontFamily: font } : {}),
    ...(senderName && !LINE_BREAK.test(senderName) ? { senderName: senderName.slice(0, 200) } : {}),
    footerText: orNull(v.footerText.slice(0, 1000)),
    legalMention: orNull(v.legalMention.slice(0, 1000)),
    translations: cleanTranslations(
      v.translations.map((entry) => ({ ...entry, senderName: typeof entry.senderName === 'string' && LINE_BREAK.test(entry.senderName) ? '' : entry.senderName })),
      BRAND_TEXT_FIELDS.map((name) => ({ name })),
    ) as BrandDraft['translations'],
  };
  return { draft, hasInvalid };
}

/** The form's rules, in the reader's language. */
export function brandKitRules(t: (key: string, options?: Record<string, unknown>) => string, required: string) {
  const max = (limit: number) => (value: unknown) => (typeof value === 'string' && value.length > limit ? t('validation.max', { max: limit }) : null);
  const oneLine = (value: unknown) => (typeof value === 'string' && LINE_BREAK.test(value) ? t('validation.oneLine') : null);
  const email = (value: string) => (EMAIL.test(value.trim()) ? null : t('validation.email', { ns: 'translation' }));
  return {
    name: (value: string) => (value.trim() ? max(200)(value) : required),
    logoUrl: (value: string) => (!value.trim() || (isHttpUrl(value.trim()) && value.length <= 2000) ? null : t('validation.url')),
    logoAlt: max(200),
    fontFamily: (value: string) => (FONT_LIST.test(value.trim()) ? null : t('validation.font')),
    senderName: (value: string) => (value.trim() ? (max(200)(value) ?? oneLine(value)) : required),
    senderEmail: (value: string) => (value.trim() ? email(value) : required),
    replyTo: (value: string) => (value.trim() ? email(value) : null),
    footerText: max(1000),
    legalMention: max(1000),
    colors: Object.fromEntries(COLOR_NAMES.map((name) => [name, (value: string) => (HEX_COLOR.test(value) ? null : t('validation.color'))])),
    translations: {
      senderName: (value: unknown) => max(200)(value) ?? oneLine(value),
      logoAlt: max(200),
      footerText: max(1000),
      legalMention: max(1000),
    },
  };
}
