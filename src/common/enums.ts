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
