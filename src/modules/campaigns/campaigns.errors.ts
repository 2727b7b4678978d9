import { DomainError, type ErrorDetail } from '../../common/errors/domain-error';
import type { CampaignStatus } from '../../common/enums';

export const CampaignErrors = {
  notFound: () => DomainError.notFound('CAMPAIGN.NOT_FOUND', 'Campaign not found'),
  stepNotFound: () => DomainError.notFound('CAMPAIGN.STEP_NOT_FOUND', 'Step not found in this campaign'),
  invalidReferences: (details: ErrorDetail[]) =>
    DomainError.unprocessable(
      'CAMPAIGN.INVALID_REFERENCE',
      `The plan refers to what does not exist in this workspace or does not fit: ${summary(details)}`,
      details,
    ),
  invalidStep: (details: ErrorDetail[]) => DomainError.invalid('VALIDATION.FAILED', `Invalid request: ${summary(details)}`, details),
  notEditable: (status: CampaignStatus) =>
    DomainError.conflict('CAMPAIGN.NOT_EDITABLE', `A ${status} campaign cannot be changed: only draft and paused campaigns can (pause it first)`),
  planFieldsLocked: (status: CampaignStatus, fields: string[]) =>
    DomainError.conflict(
      'CAMPAIGN.NOT_EDITABLE',
      `A ${status} campaign keeps its plan: ${fields.join(', ')} change only while paused (pause it first); the goal, sponsor and ambassadors can change now`,
      fields.map((path) => ({ path, message: `part of the sending plan: pause the campaign to change it` })),
    ),
  notDeletable: (status: CampaignStatus) =>
    DomainError.conflict('CAMPAIGN.NOT_DELETABLE', `A ${status} campaign cannot be deleted: only drafts can (cancel it instead)`),
  fieldLocked: (fields: string[]) =>
    DomainError.conflict(
      'CAMPAIGN.FIELD_LOCKED',
      `${fields.join(' and ')} cannot change after launch: deliveries are already planned against them`,
      fields.map((path) => ({ path, message: 'cannot change after launch' })),
    ),
  stepLocked: () =>
    DomainError.conflict('CAMPAIGN.STEP_LOCKED', 'This step already has deliveries: it can no longer be changed or deleted (add a new step instead)'),
  positionTaken: (position: number) =>
    DomainError.conflict('CAMPAIGN.STEP_POSITION_TAKEN', `Another step of this campaign is at position ${position}`, [
      { path: 'position', message: `position ${position} is taken` },
    ]),
  invalidTransition: (message: string, from: CampaignStatus, to: CampaignStatus) =>
    DomainError.conflict('CAMPAIGN.INVALID_TRANSITION', message, [{ path: 'status', message: `${from} → ${to} is not allowed` }]),
  notLaunchable: (details: ErrorDetail[]) =>
    DomainError.unprocessable(
      'CAMPAIGN.NOT_LAUNCHABLE',
      `The campaign cannot be launched: ${details.length} problem${details.length === 1 ? '' : 's'} to fix`,
      details,
    ),
};

function summary(details: ErrorDetail[]): string {
  return details
    .slice(0, 3)
    .map((d) => `${d.path}: ${d.message}`)
    .join('; ');
}
