import { Channel } from '../../common/enums';
import type { ErrorDetail } from '../../common/errors/domain-error';
import { DEFAULT_BRAND } from '../branding/brand-style';
import { compileEmailSource, EMAIL_PARTIALS, expandEmailBody } from './email-compiler';
import { checkHandlebars, type PartialSignatures } from './handlebars-checker';
import { checkLinks, linkProblem } from './link-checker';
import { variableSchemaFor } from './render-context';
import { composeTalkingPoints } from './talking-points-composer';
import { checkVariantsShape, type EmailVariant, type PostVariant, type TalkingPointsVariant, type Variants } from './template-content';
import type { TemplateLibrary } from './template-library';
import { problem, sourceProblem } from './source-problems';

export interface ValidatedVersion {
  variants: Variants;
  /** Declared variables the version uses, sorted. */
  variables: string[];
  errors: ErrorDetail[];
  /** Whether some of the errors are unsafe links (the version is then refused as TEMPLATE.UNSAFE_LINK). */
  unsafeLinks: boolean;
}

/**
 * Everything checked when a version is saved: shape, Handlebars syntax, declared variables, known
 * helpers and partials, safe links (in email bodies with their partials expanded, so a partial's
 * `url=` is checked like any href), and strict MJML compilation, each error with its path and line.
 */
export async function validateVersion(channel: Channel, input: unknown, library: TemplateLibrary): Promise<ValidatedVersion> {
  const { variants, errors } = checkVariantsShape(channel, input);
  if (errors.length) return { variants, variables: [], errors, unsafeLinks: false };
  const schema = variableSchemaFor(channel);
  const variables = new Set<string>();
  let unsafeLinks = false;
  const linkErrors = (problems: ErrorDetail[]) => {
    unsafeLinks ||= problems.length > 0;
    errors.push(...problems);
  };
  // `links` is what the link check reads: the source itself, or the email body with its partials expanded.
  const check = (source: string | null | undefined, path: string, kind: 'plain' | 'html' | 'markdown', partials: PartialSignatures = {}, links = source) => {
    if (!source) return true;
    const result = checkHandlebars(source, path, schema, partials);
    result.variables.forEach((v) => variables.add(v));
    errors.push(...result.errors);
    if (kind !== 'plain' && links) linkErrors(checkLinks(links, path, schema, kind));
    return result.errors.length === 0;
  };

  for (const [locale, variant] of Object.entries(variants)) {
    const base = `variants.${locale}`;
    if (channel === Channel.Email) {
      const email = variant as EmailVariant;
      const expanded = expandEmailBody(email.body, locale, DEFAULT_BRAND, library);
      const ok = [
        check(email.subject, `${base}.subject`, 'plain'),
        check(email.preheader, `${base}.preheader`, 'plain'),
        check(email.body, `${base}.body`, 'html', EMAIL_PARTIALS, expanded),
        check(email.text, `${base}.text`, 'plain'),
      ];
      if (ok.every(Boolean)) await checkMjml(email, locale, `${base}.body`, library, errors);
    } else if (channel === Channel.Post) {
      const post = variant as PostVariant;
      check(post.title, `${base}.title`, 'plain');
      check(post.body, `${base}.body`, 'markdown');
      if (post.callToAction) {
        check(post.callToAction.label, `${base}.callToAction.label`, 'plain');
        const path = `${base}.callToAction.url`;
        const problem = check(post.callToAction.url, path, 'plain') ? linkProblem(post.callToAction.url, schema) : null;
        if (problem) linkErrors([sourceProblem(path, 1, problem)]);
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
  return { variants, variables: [...variables].sort(), errors, unsafeLinks };
}

async function checkMjml(email: EmailVariant, locale: string, path: string, library: TemplateLibrary, errors: ErrorDetail[]): Promise<void> {
  if (/<mj-include\b/i.test(email.body)) {
    errors.push(sourceProblem(path, null, problem('SOURCE.MJML_INCLUDE')));
    return;
  }
  const result = await compileEmailSource({ body: email.body, preheader: email.preheader, locale, brand: DEFAULT_BRAND, library, path });
  if (!result.ok) errors.push(...result.errors);
}
