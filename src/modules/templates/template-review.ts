import { Role } from '../../common/enums';
import { ReviewAction, ReviewStatus } from './templates.enums';

/** The state a version is in after its latest review record (none: a draft). */
export function reviewStatusAfter(latest: ReviewAction | null | undefined): ReviewStatus {
  switch (latest) {
    case ReviewAction.Submitted:
      return ReviewStatus.InReview;
    case ReviewAction.ChangesRequested:
      return ReviewStatus.ChangesRequested;
    case ReviewAction.Approved:
    case ReviewAction.AutoApproved:
      return ReviewStatus.Approved;
    default:
      return ReviewStatus.Draft;
  }
}

/** A step that a person asks for: submit a version, approve it, or ask for changes. */
export type ReviewRequest = ReviewAction.Submitted | ReviewAction.Approved | ReviewAction.ChangesRequested;

const RULES: Record<ReviewRequest, { from: ReviewStatus[]; roles: Role[] }> = {
  // An editor (or anyone who writes templates) submits a draft, or a version sent back for changes.
  [ReviewAction.Submitted]: { from: [ReviewStatus.Draft, ReviewStatus.ChangesRequested], roles: [Role.Admin, Role.Planner, Role.Editor] },
  // A planner or an admin decides on a version in review.
  [ReviewAction.Approved]: { from: [ReviewStatus.InReview], roles: [Role.Admin, Role.Planner] },
  [ReviewAction.ChangesRequested]: { from: [ReviewStatus.InReview], roles: [Role.Admin, Role.Planner] },
};

export type ReviewRefusal = { kind: 'role'; allowed: Role[] } | { kind: 'state'; from: ReviewStatus[] } | { kind: 'comment' };

/** Whether `role` may take `request` on a version in `status`; a request for changes needs a comment. */
export function reviewRefusal(request: ReviewRequest, status: ReviewStatus, role: Role, comment: string | null | undefined): ReviewRefusal | null {
  const rule = RULES[request];
  if (!rule.roles.includes(role)) return { kind: 'role', allowed: rule.roles };
  if (!rule.from.includes(status)) return { kind: 'state', from: rule.from };
  if (request === ReviewAction.ChangesRequested && !comment?.trim()) return { kind: 'comment' };
  return null;
}
