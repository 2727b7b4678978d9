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
  Other = 'other',
}
