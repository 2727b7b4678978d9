import { Channel } from '../../common/enums';
import type { ErrorDetail } from '../../common/errors/domain-error';
import { DEFAULT_BRAND } from '../branding/brand-style';
import { compileEmailSource, EMAIL_PARTIALS } from './email-compiler';
import { checkHandlebars, type PartialSignatures } from './handlebars-checker';
import { checkLinks, linkProblem } from './link-checker';
import { variableSchemaFor, type VariableSchema } from './render-context';
import { composeTalkingPoints } from './talking-points-composer';
import { checkVariantsShape, type EmailVariant, type PostVariant, type TalkingPointsVariant, type Variants } from './template-content';
import type { TemplateLibrary } from './template-library';

export interface ValidatedVersion {
  variants: Variants;
  /** Declared variables the version uses, sorted. */
  variables: string[];
  errors: ErrorDetail[];
}

/**
 * Everything checked when a version is saved: shape, Handlebars syntax, declared variables, known
 * helpers and partials, safe links, and strict MJML compilation, each error with its path and line.
 */
export async function validateVersion(channel: Channel, input: unknown, library: TemplateLibrary): Promise<ValidatedVersion> {
  const { variants, errors } = checkVariantsShape(channel, input);
  if (errors.length) return { variants, variables: [], errors };
  const schema = variableSchemaFor(channel);
  const variables = new Set<string>();
  const check = (source: string | null | undefined, path: string, kind: 'plain' | 'html' | 'markdown', partials: PartialSignatures = {}) => {
    if (!source) return true;
    const result = checkHandlebars(source, path, schema, partials);
    result.variables.forEach((v) => variables.add(v));
    errors.push(...result.errors);
    if (kind !== 'plain') errors.push(...checkLinks(source, path, schema, kind));
    return result.errors.length === 0;
  };

  for (const [locale, variant] of Object.entries(variants)) {
    const base = `variants.${locale}`;
    if (channel === Channel.Email) {
      const email = variant as EmailVariant;
      const ok = [check(email.subject, `${base}.subject`, 'plain'), check(email.preheader, `${base}.preheader`, 'plain'), check(email.body, `${base}.body`, 'html', EMAIL_PARTIALS), check(email.text, `${base}.text`, 'plain')];
      if (ok.every(Boolean)) await checkMjml(email, locale, `${base}.body`, library, errors);
    } else if (channel === Channel.Post) {
      const post = variant as PostVariant;
      check(post.title, `${base}.title`, 'plain');
      check(post.body, `${base}.body`, 'markdown');
      if (post.callToAction) {
        check(post.callToAction.label, `${base}.callToAction.label`, 'plain');
        if (check(post.callToAction.url, `${base}.callToAction.url`, 'plain')) checkUrl(post.callToAction.url, `${base}.callToAction.url`, schema, errors);
      }
    } else {
      const points = variant as TalkingPointsVariant;
      const ok = [
        check(points.subject, `${base}.subject`, 'plain'),
        check(points.preheader, `${base}.preheader`, 'plain'),
        check(points.intro, `${base}.intro`, 'markdown'),
        check(points.postText, `${base}.postText`, 'markdown'),
        ...points.keyMessages.map((m, i) => check(m, `${base}.keyMessages[${i}]`, 'markdown')),
        ...points.faq.flatMap((f, i) => [check(f.question, `${base}.faq[${i}].question`, 'plain'), check(f.answer, `${base}.faq[${i}].answer`, 'markdown')]),
      ];
      if (ok.every(Boolean)) await checkMjml(composeTalkingPoints(points, locale), locale, base, library, errors);
    }
  }
  return { variants, variables: [...variables].sort(), errors };
}

async function checkMjml(email: EmailVariant, locale: string, path: string, library: TemplateLibrary, errors: ErrorDetail[]): Promise<void> {
  if (/<mj-include\b/i.test(email.body)) {
    errors.push({ path, message: 'mj-include is not allowed: templates never read files; use the partials button, sponsorQuote and courseCard' });
    return;
  }
  const result = await compileEmailSource({ body: email.body, preheader: email.preheader, locale, brand: DEFAULT_BRAND, library, path });
  if (!result.ok) errors.push(...result.errors);
}

function checkUrl(url: string, path: string, schema: VariableSchema, errors: ErrorDetail[]): void {
  const problem = linkProblem(url, schema);
  if (problem) errors.push({ path, message: `line 1: ${problem}` });
}
