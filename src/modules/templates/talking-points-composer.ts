import { escapeXml } from './email-compiler';
import type { EmailVariant, TalkingPointsVariant } from './template-content';

const LABELS: Record<string, Record<string, string>> = {
  en: { keyMessages: 'Key messages', postText: 'Ready to post', postHint: 'Copy, adapt it to your own voice, and share it with your network.', faq: 'Questions you may hear', share: 'Your personal link', shareHint: 'Enrolments through this short link are credited to you.', page: 'Your ambassador page', pageHint: 'On your phone: copy the post in one tap, show the QR code, and see your clicks and enrolments.', button: 'Open my page' },
  fr: { keyMessages: 'Messages clés', postText: 'Prêt à publier', postHint: 'Copiez-le, adaptez-le à votre style et partagez-le avec votre réseau.', faq: 'Questions que l’on pourra vous poser', share: 'Votre lien personnel', shareHint: 'Les inscriptions faites avec ce lien court vous sont attribuées.', page: 'Votre page d’ambassadeur', pageHint: 'Sur votre téléphone : copiez le message d’un geste, montrez le QR code et suivez vos clics et inscriptions.', button: 'Ouvrir ma page' },
};

/**
 * Talking points reach the ambassador as an email: their parts are laid out in MJML here, then
 * compiled like any email (brand layout, strict validation, cached).
 */
export function composeTalkingPoints(variant: TalkingPointsVariant, locale: string): EmailVariant {
  const t = LABELS[locale.slice(0, 2).toLowerCase()] ?? LABELS.en;
  const text = (source: string) => escapeText(source).replace(/\r?\n/g, '<br />');
  const messages = variant.keyMessages.map((m) => `<li style="margin-bottom:8px">${text(m)}</li>`).join('');
  const faq = variant.faq
    .map((f) => `<mj-text padding="8px 0 0"><strong>${text(f.question)}</strong></mj-text><mj-text padding="0 0 8px">${text(f.answer)}</mj-text>`)
    .join('');
  const body = [
    `<mj-section><mj-column><mj-text>${text(variant.intro)}</mj-text></mj-column></mj-section>`,
    `<mj-section><mj-column><mj-text mj-class="title" font-size="18px">${t.keyMessages}</mj-text><mj-text><ul style="padding-left:20px;margin:0">${messages}</ul></mj-text></mj-column></mj-section>`,
    `<mj-section><mj-column mj-class="card"><mj-text mj-class="title" font-size="18px">${t.postText}</mj-text><mj-text mj-class="muted">${t.postHint}</mj-text><mj-text>${text(variant.postText)}</mj-text></mj-column></mj-section>`,
    faq ? `<mj-section><mj-column><mj-text mj-class="title" font-size="18px">${t.faq}</mj-text>${faq}</mj-column></mj-section>` : '',
    `<mj-section><mj-column><mj-text mj-class="title" font-size="18px">${t.share}</mj-text><mj-text>${t.shareHint}<br /><strong>{{ambassador.shareUrl}}</strong></mj-text></mj-column></mj-section>`,
    `<mj-section><mj-column><mj-text mj-class="title" font-size="18px">${t.page}</mj-text><mj-text>${t.pageHint}</mj-text><mj-button href="{{ambassador.pageUrl}}" align="left">${t.button}</mj-button></mj-column></mj-section>`,
  ].join('\n');
  return { subject: variant.subject, preheader: variant.preheader, body };
}

/** The parts of talking points an ambassador reads on their page, as plain text (Handlebars sources). */
export interface TalkingPointsText {
  intro: string;
  keyMessages: string[];
  postText: string;
  faq: Array<{ question: string; answer: string }>;
}

/** The page's parts of a talking-points variant, in the email's order: one source each, rendered as plain text. */
export function talkingPointsParts(variant: TalkingPointsVariant): TalkingPointsText {
  return { intro: variant.intro, keyMessages: [...variant.keyMessages], postText: variant.postText, faq: variant.faq.map((f) => ({ question: f.question, answer: f.answer })) };
}

// Escapes text for XML but leaves Handlebars expressions as they are.
function escapeText(source: string): string {
  return source
    .split(/(\{\{[\s\S]*?\}\})/g)
    .map((part, i) => (i % 2 ? part : escapeXml(part)))
    .join('');
}
