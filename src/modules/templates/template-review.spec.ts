import { Role } from '../../common/enums';
import { reviewRefusal, reviewStatusAfter } from './template-review';
import { ReviewAction, ReviewStatus } from './templates.enums';

describe('template review', () => {
  it.each([
    [null, ReviewStatus.Draft],
    [ReviewAction.Submitted, ReviewStatus.InReview],
    [ReviewAction.ChangesRequested, ReviewStatus.ChangesRequested],
    [ReviewAction.Approved, ReviewStatus.Approved],
    [ReviewAction.AutoApproved, ReviewStatus.Approved],
  ])('a version whose latest record is %p is %p', (latest, status) => {
    expect(reviewStatusAfter(latest)).toBe(status);
  });

  it.each([
    ['an editor submits a draft', ReviewAction.Submitted, ReviewStatus.Draft, Role.Editor, null],
    ['an editor submits again after changes were asked', ReviewAction.Submitted, ReviewStatus.ChangesRequested, Role.Editor, null],
    ['a planner approves a version in review', ReviewAction.Approved, ReviewStatus.InReview, Role.Planner, null],
    ['an admin asks for changes with a comment', ReviewAction.ChangesRequested, ReviewStatus.InReview, Role.Admin, 'Le CTA est trop long'],
  ] as const)('allows: %s', (_, request, status, role, comment) => {
    expect(reviewRefusal(request, status, role, comment)).toBeNull();
  });

  it.each([
    ['an editor approving', ReviewAction.Approved, ReviewStatus.InReview, Role.Editor, null, { kind: 'role', allowed: [Role.Admin, Role.Planner] }],
    ['a viewer submitting', ReviewAction.Submitted, ReviewStatus.Draft, Role.Viewer, null, { kind: 'role', allowed: [Role.Admin, Role.Planner, Role.Editor] }],
    ['approving a draft never submitted', ReviewAction.Approved, ReviewStatus.Draft, Role.Planner, null, { kind: 'state', from: [ReviewStatus.InReview] }],
    ['approving twice', ReviewAction.Approved, ReviewStatus.Approved, Role.Admin, null, { kind: 'state', from: [ReviewStatus.InReview] }],
    ['submitting an approved version', ReviewAction.Submitted, ReviewStatus.Approved, Role.Editor, null, { kind: 'state', from: [ReviewStatus.Draft, ReviewStatus.ChangesRequested] }],
    ['asking for changes without saying which', ReviewAction.ChangesRequested, ReviewStatus.InReview, Role.Planner, '   ', { kind: 'comment' }],
  ] as const)('refuses %s', (_, request, status, role, comment, refusal) => {
    expect(reviewRefusal(request, status, role, comment)).toEqual(refusal);
  });
});
