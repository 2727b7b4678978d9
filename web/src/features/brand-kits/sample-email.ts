/**
 * A short, neutral email the brand kit preview renders: a title, a paragraph, a button and the
 * course card, so the header, colours, button, card and footer of the brand all show. Written in
 * French and English: the footer and legal mention follow the language shown.
 */
export const SAMPLE_EMAIL = {
  fr: {
    subject: 'Votre prochaine formation vous attend',
    preheader: 'Une session près de chez vous, inscription en une minute.',
    body: `<mj-section>
  <mj-column>
    <mj-text mj-class="title">Votre prochaine formation vous attend</mj-text>
    <mj-text>Bonjour {{learner.firstName}},</mj-text>
    <mj-text>Une nouvelle session de <strong>{{course.title}}</strong> ouvre ses inscriptions. Quelques places sont encore disponibles : réservez la vôtre dès maintenant.</mj-text>
    {{> button url=links.enrol label="Je m’inscris"}}
  </mj-column>
</mj-section>
{{> courseCard}}
<mj-section>
  <mj-column>
    <mj-text mj-class="muted">Une question ? Répondez simplement à ce message : l’équipe formation vous répondra.</mj-text>
  </mj-column>
</mj-section>`,
  },
  en: {
    subject: 'Your next course is waiting',
    preheader: 'A session near you, enrolment takes a minute.',
    body: `<mj-section>
  <mj-column>
    <mj-text mj-class="title">Your next course is waiting</mj-text>
    <mj-text>Hello {{learner.firstName}},</mj-text>
    <mj-text>A new session of <strong>{{course.title}}</strong> is open for enrolment. A few seats are still available: book yours now.</mj-text>
    {{> button url=links.enrol label="Enrol"}}
  </mj-column>
</mj-section>
{{> courseCard}}
<mj-section>
  <mj-column>
    <mj-text mj-class="muted">A question? Just reply to this email: the learning team will answer.</mj-text>
  </mj-column>
</mj-section>`,
  },
} as const;

export type SampleLocale = keyof typeof SAMPLE_EMAIL;
