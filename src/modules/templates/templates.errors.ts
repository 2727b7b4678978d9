import { DomainError, type ErrorDetail } from '../../common/errors/domain-error';
import { FieldProblem } from '../../common/errors/field-problem';

export const TemplateErrors = {
  invalid: (details: ErrorDetail[]) =>
    DomainError.unprocessable('TEMPLATE.INVALID', `The template is invalid: ${details.slice(0, 3).map((d) => `${d.path}: ${d.message}`).join('; ')}`, details),
  /** Some link of the version is not http(s), mailto: or tel:, nor a link variable; details list every problem. */
  unsafeLink: (details: ErrorDetail[]) =>
    DomainError.unprocessable('TEMPLATE.UNSAFE_LINK', `The template has an unsafe link: ${details.slice(0, 3).map((d) => `${d.path}: ${d.message}`).join('; ')}`, details),
  notFound: () => DomainError.notFound('TEMPLATE.NOT_FOUND', 'Template not found'),
  versionNotFound: (version: number) => DomainError.notFound('TEMPLATE.VERSION_NOT_FOUND', `Template version ${version} not found`),
  localeMissing: (locale: string, available: string[]) =>
    DomainError.unprocessable('TEMPLATE.LOCALE_MISSING', `The version has no "${locale}" variant; it has ${available.join(', ')}`, [
      { path: 'locale', message: `must be one of ${available.join(', ')}` },
    ]),
  notAnEmail: () =>
    DomainError.unprocessable('TEMPLATE.NOT_AN_EMAIL', 'Posts are published to network channels, not sent by email', [{ path: 'id', message: 'is a post template' }]),
  notAPost: () => DomainError.unprocessable('TEMPLATE.NOT_A_POST', 'Only post templates render network payloads'),
  /** The version is not in a state the review step starts from (`from`: the states it would). */
  reviewConflict: (version: number, status: string, request: string, from: string[]) =>
    DomainError.conflict('TEMPLATE.REVIEW_CONFLICT', `Version ${version} is ${status.replace('_', ' ')}; it can be ${request.replace('_', ' ')} only when ${from.map((f) => f.replace('_', ' ')).join(' or ')}`, [
      { path: 'version', message: `is ${status.replace('_', ' ')}` },
    ]),
  reviewForbidden: (role: string) => DomainError.forbidden('AUTH.ROLE_FORBIDDEN', `The "${role}" role may not take this review step`),
  commentRequired: () => DomainError.invalid('VALIDATION.FAILED', 'Say what to change', [{ path: 'comment', message: 'comment is required to ask for changes' }]),
  archived: () => DomainError.conflict('TEMPLATE.ARCHIVED', 'The template is archived: restore it before saving a new version'),
  recipientRequired: () => DomainError.invalid('VALIDATION.FAILED', 'Say where to send the test', [{ path: 'to', message: 'to is required: an API key has no address of its own' }]),
  /** Test emails go to the team: addresses of the workspace's own domains. */
  recipientOutside: (outside: Array<{ to: string; i: number }>, domains: string[]) =>
    DomainError.unprocessable(
      'TEMPLATE.RECIPIENT_OUTSIDE',
      `Test emails go to the workspace's own domains (${domains.join(', ') || 'none yet: add a brand kit or a member'})`,
      outside.map(({ to, i }) => ({ path: `to[${i}]`, message: `"${to}" is not an address of the workspace's domains`, code: FieldProblem.OutsideDomains })),
    ),
  testSendNotFound: () => DomainError.notFound('TEST_SEND.NOT_FOUND', 'Test send not found'),
  campaignNotFound: () => DomainError.notFound('CAMPAIGN.NOT_FOUND', 'Campaign not found'),
  learnerNotFound: () => DomainError.notFound('LEARNER.NOT_FOUND', 'Learner not found'),
  personaNotFound: () => DomainError.notFound('PERSONA.NOT_FOUND', 'Persona not found'),
};
