// Domain enums shared across modules. Values are stable strings stored in the database.

export enum Role {
  Admin = 'admin',
  Planner = 'planner',
  Editor = 'editor',
  Viewer = 'viewer',
}

export enum CourseModality {
  InPerson = 'in_person',
  ELearning = 'e_learning',
  Blended = 'blended',
  VirtualClassroom = 'virtual_classroom',
  Mooc = 'mooc',
  Spoc = 'spoc',
  SeriousGame = 'serious_game',
  SocialLearning = 'social_learning',
}

export enum SessionStatus {
  Scheduled = 'scheduled',
  Cancelled = 'cancelled',
}

export enum EnrollmentStatus {
  Invited = 'invited',
  Enrolled = 'enrolled',
  Started = 'started',
  Completed = 'completed',
  Dropped = 'dropped',
}

export enum Channel {
  Email = 'email',
  Post = 'post',
  TalkingPoints = 'talking_points',
}

export enum Weekday {
  Monday = 'mon',
  Tuesday = 'tue',
  Wednesday = 'wed',
  Thursday = 'thu',
  Friday = 'fri',
  Saturday = 'sat',
  Sunday = 'sun',
}

export enum SegmentKind {
  Dynamic = 'dynamic',
  Static = 'static',
}

export enum CampaignStatus {
  Draft = 'draft',
  Scheduled = 'scheduled',
  Running = 'running',
  Paused = 'paused',
  Completed = 'completed',
  Cancelled = 'cancelled',
}

export enum StepPhase {
  Before = 'before',
  During = 'during',
  After = 'after',
}

/** A step the engine adds to a launched campaign when its session changes (null on the DLM's own steps). */
export enum StepNotice {
  SessionChanged = 'session_changed',
  SessionCancelled = 'session_cancelled',
}

export enum StepAnchor {
  SessionStart = 'session_start',
  SessionEnd = 'session_end',
  EnrolBy = 'enrol_by',
  Launch = 'launch',
  LearnerEnrolled = 'learner_enrolled',
  LearnerCompleted = 'learner_completed',
}

/** A step's channel: a delivery channel, or `preferred` = the persona's first receivable channel. */
export enum StepChannel {
  Email = 'email',
  Post = 'post',
  TalkingPoints = 'talking_points',
  Preferred = 'preferred',
}

export enum EnrollmentCondition {
  NotEnrolled = 'not_enrolled',
  Enrolled = 'enrolled',
  EnrolledNotStarted = 'enrolled_not_started',
  StartedNotCompleted = 'started_not_completed',
  Completed = 'completed',
  NotCompleted = 'not_completed',
}

export enum DeliveryStatus {
  Pending = 'pending',
  Queued = 'queued',
  Sending = 'sending',
  Sent = 'sent',
  Failed = 'failed',
  Skipped = 'skipped',
}

/** Why a delivery was skipped or failed; stable values shown in reports. */
export enum DeliveryReason {
  Unsubscribed = 'unsubscribed',
  Suppressed = 'suppressed',
  NoConsent = 'no_consent',
  FrequencyCap = 'frequency_cap',
  EnrollmentCondition = 'enrollment_condition',
  /** Left the audience (a segment, persona or exclusion changed) after the delivery was planned. */
  NotInAudience = 'not_in_audience',
  LearnerDeleted = 'learner_deleted',
  SessionCancelled = 'session_cancelled',
  CampaignCancelled = 'campaign_cancelled',
  ChannelDisabled = 'channel_disabled',
  Bounced = 'bounced',
  Rejected = 'rejected',
  RenderFailed = 'render_failed',
  TooManyAttempts = 'too_many_attempts',
}

/**
 * What a message is, for the rules of consent: a service message is a notice the learner needs for a
 * training they are part of (no unsubscribe link, not capped, suppression still honoured); a
 * promotional one invites or encourages (one-click unsubscribe, counted by the frequency cap).
 */
export enum MessageKind {
  Service = 'service',
  Promotional = 'promotional',
}

/** How a workspace keeps email opens: per learner (who opened what), or only counted per step and variant. */
export enum OpenTracking {
  PerLearner = 'per_learner',
  Aggregate = 'aggregate',
}
