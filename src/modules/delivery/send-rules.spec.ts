import { Channel, DeliveryReason, EnrollmentCondition, EnrollmentStatus, SessionStatus } from '../../common/enums';
import { enrollmentConditionHolds, enrollmentConditionSql } from './enrollment-condition';
import { deliveryMessageId, retryDelayMs, type SendFacts, skipReason } from './send-rules';

const ok: SendFacts = {
  channel: Channel.Email,
  promotional: true,
  service: false,
  learnerPresent: true,
  unsubscribed: false,
  suppressed: false,
  consentEmail: true,
  enrollmentCondition: null,
  enrollmentStatus: null,
  inAudience: true,
  capReached: false,
  sessionStatus: SessionStatus.Scheduled,
  networkChannelEnabled: true,
};

describe('skipReason', () => {
  it.each<[string, Partial<SendFacts>, DeliveryReason | null]>([
    ['a plain email is sent', {}, null],
    ['session cancelled', { sessionStatus: SessionStatus.Cancelled }, DeliveryReason.SessionCancelled],
    ['learner erased', { learnerPresent: false }, DeliveryReason.LearnerDeleted],
    ['unsubscribed', { unsubscribed: true }, DeliveryReason.Unsubscribed],
    ['unsubscribed wins over suppressed', { unsubscribed: true, suppressed: true }, DeliveryReason.Unsubscribed],
    ['suppressed', { suppressed: true }, DeliveryReason.Suppressed],
    ['no email consent', { consentEmail: false }, DeliveryReason.NoConsent],
    ['cap reached', { capReached: true }, DeliveryReason.FrequencyCap],
    ['essential steps ignore the cap', { promotional: false, capReached: true }, null],
    ['a service email reaches a learner unsubscribed from promotions', { service: true, promotional: false, unsubscribed: true }, null],
    ['a service email ignores the cap', { service: true, promotional: false, capReached: true }, null],
    ['a service email still stops at a suppression', { service: true, promotional: false, unsubscribed: true, suppressed: true }, DeliveryReason.Suppressed],
    ['a service email still needs the email consent', { service: true, promotional: false, consentEmail: false }, DeliveryReason.NoConsent],
    ['a service email is not sent to an erased learner', { service: true, promotional: false, learnerPresent: false }, DeliveryReason.LearnerDeleted],
    ['last call to someone who enrolled yesterday', { enrollmentCondition: EnrollmentCondition.NotEnrolled, enrollmentStatus: EnrollmentStatus.Enrolled }, DeliveryReason.EnrollmentCondition],
    ['last call to someone only invited', { enrollmentCondition: EnrollmentCondition.NotEnrolled, enrollmentStatus: EnrollmentStatus.Invited }, null],
    ['talking points skip the enrolment condition and the cap', { channel: Channel.TalkingPoints, enrollmentCondition: EnrollmentCondition.Completed, capReached: true }, null],
    ['left the audience after planning', { inAudience: false }, DeliveryReason.NotInAudience],
    ['the enrolment condition is named before the audience', { inAudience: false, enrollmentCondition: EnrollmentCondition.Completed, enrollmentStatus: EnrollmentStatus.Enrolled }, DeliveryReason.EnrollmentCondition],
    ['an ambassador removed from the campaign', { channel: Channel.TalkingPoints, inAudience: false }, DeliveryReason.NotInAudience],
    ['talking points respect unsubscribe', { channel: Channel.TalkingPoints, unsubscribed: true }, DeliveryReason.Unsubscribed],
    ['posts only need an enabled channel', { channel: Channel.Post, learnerPresent: false, consentEmail: false }, null],
    ['post to a disabled channel', { channel: Channel.Post, networkChannelEnabled: false }, DeliveryReason.ChannelDisabled],
  ])('%s', (_name, facts, expected) => {
    expect(skipReason({ ...ok, ...facts })).toBe(expected);
  });
});

describe('enrollment conditions', () => {
  const statuses = [null, ...Object.values(EnrollmentStatus)];
  it.each<[EnrollmentCondition, (EnrollmentStatus | null)[]]>([
    [EnrollmentCondition.NotEnrolled, [null, EnrollmentStatus.Invited, EnrollmentStatus.Dropped]],
    [EnrollmentCondition.Enrolled, [EnrollmentStatus.Enrolled, EnrollmentStatus.Started, EnrollmentStatus.Completed]],
    [EnrollmentCondition.EnrolledNotStarted, [EnrollmentStatus.Enrolled]],
    [EnrollmentCondition.StartedNotCompleted, [EnrollmentStatus.Started]],
    [EnrollmentCondition.Completed, [EnrollmentStatus.Completed]],
    [EnrollmentCondition.NotCompleted, [EnrollmentStatus.Enrolled, EnrollmentStatus.Started]],
  ])('%s holds exactly for %j', (condition, holding) => {
    expect(statuses.filter((s) => enrollmentConditionHolds(condition, s))).toEqual(holding);
  });

  it('renders the same rule as SQL', () => {
    expect(enrollmentConditionSql(EnrollmentCondition.NotEnrolled, 'e.status')).toBe("(e.status IN ('invited', 'dropped') OR e.status IS NULL)");
    expect(enrollmentConditionSql(EnrollmentCondition.Completed, 'x')).toBe("(x IN ('completed'))");
  });
});

describe('retryDelayMs', () => {
  it('doubles per attempt within jitter bounds', () => {
    expect(retryDelayMs(1, 1000, undefined, () => 0)).toBe(500);
    expect(retryDelayMs(1, 1000, undefined, () => 1)).toBe(1000);
    expect(retryDelayMs(3, 1000, undefined, () => 1)).toBe(4000);
  });

  it('never retries sooner than Retry-After', () => {
    expect(retryDelayMs(1, 1000, 30_000, () => 0)).toBe(30_000);
  });

  it('caps the delay at six hours', () => {
    expect(retryDelayMs(40, 1000, undefined, () => 1)).toBe(6 * 3600 * 1000);
  });
});

describe('deliveryMessageId', () => {
  it('is stable for a delivery', () => {
    expect(deliveryMessageId('0b7a', 'learn.acme.com')).toBe('<0b7a@learn.acme.com>');
  });
});
