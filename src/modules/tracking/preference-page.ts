import { DEFAULT_COLORS } from '../branding/brand-style';
import type { BrandColors } from '../templates/render-context';

export type PageLocale = 'en' | 'fr';
export type PreferenceNotice = 'unsubscribed' | 'resubscribed' | null;

export interface PreferencePageInput {
  locale: string;
  workspaceName: string;
  firstName: string | null;
  subscribed: boolean;
  /** Where the forms post: the page's own URL. */
  actionUrl: string;
  /** What the last POST did, shown as a confirmation. */
  notice: PreferenceNotice;
  brand: { name: string; colors: BrandColors; logoUrl: string | null; logoAlt: string | null; fontFamily: string } | null;
  /** The response's Content-Security-Policy nonce: the page's one style sheet carries it. */
  styleNonce: string;
}

const TEXT = {
  en: {
    title: 'Your email preferences',
    hello: (name: string | null) => (name ? `Hello ${name},` : 'Hello,'),
    subscribed: (org: string) => `You receive emails from ${org} about trainings and learning campaigns.`,
    unsubscribedState: (org: string) => `You no longer receive promotional emails from ${org}. Messages about the trainings you are enrolled in still reach you.`,
    unsubscribe: 'Unsubscribe from promotional emails',
    resubscribe: 'Subscribe again',
    unsubscribedNotice: 'Done: you are unsubscribed.',
    resubscribedNotice: 'Done: you are subscribed again.',
  },
  fr: {
    title: 'Vos préférences d’e-mails',
    hello: (name: string | null) => (name ? `Bonjour ${name},` : 'Bonjour,'),
    subscribed: (org: string) => `Vous recevez les e-mails de ${org} sur les formations et les campagnes d’apprentissage.`,
    unsubscribedState: (org: string) => `Vous ne recevez plus les e-mails promotionnels de ${org}. Les messages sur les formations auxquelles vous êtes inscrit·e vous parviennent toujours.`,
    unsubscribe: 'Me désabonner des e-mails promotionnels',
    resubscribe: 'Me réabonner',
    unsubscribedNotice: 'C’est fait : vous êtes désabonné·e.',
    resubscribedNotice: 'C’est fait : vous êtes de nouveau abonné·e.',
  },
};

/** French for any `fr…` locale, English otherwise. */
export function pageLocale(locale: string): PageLocale {
  return /^fr\b/i.test(locale) ? 'fr' : 'en';
}

/** One-line confirmation for mail clients that POST the RFC 8058 one-click body. */
export function oneClickConfirmation(locale: string): string {
  return TEXT[pageLocale(locale)].unsubscribedNotice;
}

/** The preference page: the subscription status and one form to change it; every value escaped. */
export function renderPreferencePage(input: PreferencePageInput): string {
  const lang = pageLocale(input.locale);
  const t = TEXT[lang];
  const colors = input.brand?.colors ?? DEFAULT_COLORS;
  const org = input.brand?.name ?? input.workspaceName;
  const font = input.brand?.fontFamily ?? 'Helvetica, Arial, sans-serif';
  // Over https only, as the page's Content-Security-Policy allows; no style attribute (it would need 'unsafe-inline').
  const logo = input.brand?.logoUrl && /^https:\/\//i.test(input.brand.logoUrl)
    ? `<img src="${esc(input.brand.logoUrl)}" alt="${esc(input.brand.logoAlt ?? org)}" class="logo">`
    : '';
  const notice = input.notice ? `<p role="status" class="notice">${esc(input.notice === 'unsubscribed' ? t.unsubscribedNotice : t.resubscribedNotice)}</p>` : '';
  const [state, action, label] = input.subscribed
    ? [t.subscribed(org), 'unsubscribe', t.unsubscribe]
    : [t.unsubscribedState(org), 'resubscribe', t.resubscribe];
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${esc(t.title)} · ${esc(org)}</title>
<style nonce="${esc(input.styleNonce)}">
body{margin:0;background:${css(colors.background)};color:${css(colors.text)};font-family:${css(font)}}
main{max-width:520px;margin:48px auto;padding:32px;background:${css(colors.surface)};border-top:4px solid ${css(colors.primary)};border-radius:8px}
h1{font-size:22px;color:${css(colors.secondary)}}
.notice{padding:12px;border-left:4px solid ${css(colors.accent)};background:${css(colors.background)}}
button{background:${css(colors.primary)};color:${css(colors.buttonText)};border:0;border-radius:4px;padding:12px 20px;font-size:16px;cursor:pointer}
.logo{max-height:48px;margin-bottom:16px}
</style>
</head>
<body>
<main>
${logo}
<h1>${esc(t.title)}</h1>
${notice}
<p>${esc(t.hello(input.firstName))}</p>
<p>${esc(state)}</p>
<form method="post" action="${esc(input.actionUrl)}">
<input type="hidden" name="action" value="${action}">
<button type="submit">${esc(label)}</button>
</form>
</main>
</body>
</html>
`;
}

function esc(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// Brand values come from the workspace's own kit, yet they land in a style sheet: keep only safe characters.
function css(value: string): string {
  return value.replace(/[^#\w\s,.%()'-]/g, '');
}
