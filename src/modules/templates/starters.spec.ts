import { Channel } from '../../common/enums';
import { DEFAULT_BRAND } from '../branding/brand-style';
import { compileEmailSource } from './email-compiler';
import { sampleContext } from './sample-data';
import { starterFromFiles } from './starter-catalog';
import { composeTalkingPoints } from './talking-points-composer';
import type { EmailVariant, PostVariant, TalkingPointsVariant } from './template-content';
import { TemplateEngine } from './template-engine';
import { TemplateLibrary } from './template-library';
import { validateVersion } from './template-validator';
import { Phase } from './templates.enums';

const library = TemplateLibrary.default();
const starters = library.starters.map(starterFromFiles);
const cases = starters.flatMap((s) => Object.keys(s.variants).map((locale) => [s.key, locale, s] as const));
const engine = new TemplateEngine();

describe('starter library', () => {
  it('covers the plan: before, during, after, talking points and posts, each in French and English', () => {
    const keys = starters.map((s) => s.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'teaser', 'invitation', 'sponsor-word', 'enrolment-reminder', 'last-call',
        'practical-info', 'welcome', 'mid-course-nudge',
        'congratulations', 'feedback-survey', 'next-course',
        'ambassador-talking-points', 'post-session-announcement', 'post-completion-celebration',
        'session-changed', 'session-cancelled', 'post-session-changed', 'post-session-cancelled',
      ]),
    );
    for (const s of starters) expect(Object.keys(s.variants).sort()).toEqual(['en', 'fr']);
    expect(new Set(starters.map((s) => s.phase))).toEqual(new Set([Phase.Before, Phase.During, Phase.After]));
    expect(starters.filter((s) => s.channel === Channel.Post)).toHaveLength(4);
  });

  it.each(cases.map(([key, locale]) => [key, locale]))('%s validates strictly (%s)', async (key) => {
    const starter = starters.find((s) => s.key === key)!;
    const { errors } = await validateVersion(starter.channel, starter.variants, library);
    expect(errors).toEqual([]);
  });

  it.each(cases.map(([key, locale]) => [key, locale]))('%s renders with sample data, no value missing (%s)', async (key, locale) => {
    const starter = starters.find((s) => s.key === key)!;
    const context = sampleContext(locale, DEFAULT_BRAND);
    const data = { locale, timeZone: 'Europe/Paris' };
    // strict: a path that resolves to nothing throws instead of leaving a hole.
    const render = (source: string, escape: boolean) => engine.compile(source, { escape, strict: true })(context, data);
    if (starter.channel === Channel.Post) {
      const post = starter.variants[locale] as PostVariant;
      const text = [render(post.title, false), render(post.body, false), render(post.callToAction!.url, false)].join('\n');
      expect(text).not.toMatch(/\{\{|undefined|null/);
      return;
    }
    const variant = starter.variants[locale];
    const email: EmailVariant = starter.channel === Channel.TalkingPoints ? composeTalkingPoints(variant as TalkingPointsVariant, locale) : (variant as EmailVariant);
    const compiled = await compileEmailSource({ body: email.body, preheader: email.preheader, locale, brand: DEFAULT_BRAND, library, path: 'body' });
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.errors));
    const html = render(compiled.source.html, true);
    const text = render(compiled.source.text, false);
    const subject = render(email.subject, false);
    const preheader = render(email.preheader, false);
    for (const out of [html, text, subject, preheader]) expect(out).not.toMatch(/\{\{|\bundefined\b|>null</);
    expect(subject.length).toBeGreaterThan(10);
    expect(html).toContain(preheader.slice(0, 20).replace(/'/g, '&#x27;'));
    // Visible unsubscribe and preference links, in the text part as well.
    expect(html).toContain('href="https://learning.example.com/u/sample-token"');
    expect(text).toContain('https://learning.example.com/u/sample-token');
    expect(text.length).toBeGreaterThan(200);
    // Responsive (columns stack under 480 px, so a 375 px screen reads one column) and accessible.
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toMatch(/@media only screen and \(min-width:480px\)/);
    for (const img of html.match(/<img\b[^>]*>/g) ?? []) expect(img).toMatch(/alt="[^"]+"/);
    expect(html).toContain(`lang="${locale}"`);
  });

  // Starters speak of the course they are used for: nothing they say may belong to one course only.
  it('take course facts from the course, and elide French "de" before a vowel', () => {
    const render = (key: string, locale: string, field: 'subject' | 'preheader', patch: (context: ReturnType<typeof sampleContext>) => void) => {
      const context = sampleContext(locale, DEFAULT_BRAND);
      patch(context);
      const variant = starters.find((s) => s.key === key)!.variants[locale] as EmailVariant;
      return engine.compile(variant[field], { escape: false, strict: true })(context, { locale, timeZone: 'Europe/Paris' });
    };
    const hours = (minutes: number | null) => (context: ReturnType<typeof sampleContext>) => void (context.course.durationMinutes = minutes);
    expect(render('teaser', 'fr', 'subject', hours(90))).toBe('Camille, et si vous preniez 1 h 30 pour vous ?');
    expect(render('teaser', 'en', 'subject', hours(90))).toBe('Alex, what would you do with 1 hr 30 min to grow?');
    expect(render('teaser', 'fr', 'subject', hours(null))).toBe('Camille, et si vous preniez un peu de temps pour vous ?');
    for (const s of starters) expect(JSON.stringify(s.variants)).not.toMatch(/demi-journ|half-day|dizaine de minutes|dix minutes|ten minutes|15 minutes/i);

    const sponsor = (name: string) => (context: ReturnType<typeof sampleContext>) => void (context.sponsor.name = name);
    expect(render('sponsor-word', 'fr', 'preheader', sponsor('Isabelle Roche'))).toMatch(/^Un court message d’Isabelle Roche, /);
    expect(render('sponsor-word', 'fr', 'preheader', sponsor('Marc Roche'))).toMatch(/^Un court message de Marc Roche, /);
  });
});
