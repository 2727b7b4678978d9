// Values are stable strings stored in the database.

/** When a message is sent relative to the course session. */
export enum Phase {
  Before = 'before',
  During = 'during',
  After = 'after',
}

/** What a template is for; lets a DLM pick one for each step of a plan. */
export enum TemplatePurpose {
  Teaser = 'teaser',
  Invitation = 'invitation',
  SponsorWord = 'sponsor_word',
  EnrolmentReminder = 'enrolment_reminder',
  LastCall = 'last_call',
  PracticalInfo = 'practical_info',
  Welcome = 'welcome',
  Nudge = 'nudge',
  Congratulations = 'congratulations',
  FeedbackSurvey = 'feedback_survey',
  NextCourse = 'next_course',
  TalkingPoints = 'talking_points',
  SessionAnnouncement = 'session_announcement',
  CompletionCelebration = 'completion_celebration',
  /** The session was rescheduled (or moved, or its link changed): sent by the engine to those told about it. */
  SessionChanged = 'session_changed',
  /** The session was cancelled: sent by the engine to those told about it. */
  SessionCancelled = 'session_cancelled',
  Other = 'other',
}

/** A recorded transition of a template version's review. */
export enum ReviewAction {
  Submitted = 'submitted',
  Approved = 'approved',
  ChangesRequested = 'changes_requested',
  /** Saved where the workspace asks for no review (or installed from the starter library). */
  AutoApproved = 'auto_approved',
}

/** Where a version stands: its latest review record says it. */
export enum ReviewStatus {
  Draft = 'draft',
  InReview = 'in_review',
  ChangesRequested = 'changes_requested',
  Approved = 'approved',
}
