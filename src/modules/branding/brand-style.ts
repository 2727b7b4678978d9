import { localise, type Translation } from '../../common/i18n/localised-content';
import type { BrandColors } from '../templates/render-context';

/** The fields of a brand kit written in each language. */
export const BRAND_TEXT_FIELDS = ['senderName', 'logoAlt', 'footerText', 'legalMention'] as const;
export type BrandTranslation = Translation<BrandStyle, (typeof BRAND_TEXT_FIELDS)[number]>;

/** What the email layout and partials draw on: a brand kit, or the built-in default. */
export interface BrandStyle {
  /** Brand kit id, or "default"; with `version` it keys the compiled-template cache. */
  id: string;
  version: number;
  name: string;
  colors: BrandColors;
  logoUrl: string;
  logoAlt: string;
  fontFamily: string;
  senderName: string;
  senderEmail: string;
  replyTo: string | null;
  footerText: string;
  legalMention: string;
  translations: BrandTranslation[];
}

export const DEFAULT_COLORS: BrandColors = {
  primary: '#1f4e8c',
  secondary: '#0f2c52',
  accent: '#f2a900',
  text: '#1d2433',
  muted: '#5b6475',
  background: '#f3f5f9',
  surface: '#ffffff',
  buttonText: '#ffffff',
};

/** Used when a workspace has no brand kit yet, so previews and starters still look finished. */
export const DEFAULT_BRAND: BrandStyle = {
  id: 'default',
  version: 0,
  name: 'Learning Academy',
  colors: DEFAULT_COLORS,
  logoUrl: '',
  logoAlt: 'Learning Academy',
  fontFamily: 'Helvetica, Arial, sans-serif',
  senderName: 'Learning Academy',
  senderEmail: 'learning@example.com',
  replyTo: null,
  // Empty: the layout then says it in the email's own language.
  footerText: '',
  legalMention: '',
  translations: [],
};

/** The brand as a reader of `locale` sees it: its text in their language (see `localise`). */
export function brandFor(brand: BrandStyle, locale: string | null | undefined, workspaceLocale: string): BrandStyle {
  return localise(brand, brand.translations, BRAND_TEXT_FIELDS, { reader: locale, workspace: workspaceLocale });
}
