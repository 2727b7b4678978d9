/**
 * Stable codes for what is wrong with one field of a request or one cell of an imported row
 * (`details[].code`, `errors[].code`): clients translate by them; the message stays, for people and
 * as the fallback. Add a code rather than change one.
 */
export enum FieldProblem {
  Required = 'FIELD.REQUIRED',
  Unknown = 'FIELD.UNKNOWN',
  WrongType = 'FIELD.WRONG_TYPE',
  TooLong = 'FIELD.TOO_LONG',
  TooMany = 'FIELD.TOO_MANY',
  NotAllowed = 'FIELD.NOT_ALLOWED',
  ControlCharacters = 'FIELD.CONTROL_CHARACTERS',
  InvalidEmail = 'FIELD.INVALID_EMAIL',
  InvalidLocale = 'FIELD.INVALID_LOCALE',
  UnknownTimeZone = 'FIELD.UNKNOWN_TIME_ZONE',
  InvalidCountry = 'FIELD.INVALID_COUNTRY',
  InvalidDate = 'FIELD.INVALID_DATE',
  InvalidUuid = 'FIELD.INVALID_UUID',
  InvalidBoolean = 'FIELD.INVALID_BOOLEAN',
  InvalidUrl = 'FIELD.INVALID_URL',
  InvalidNumber = 'FIELD.INVALID_NUMBER',
  InvalidAttributeKey = 'FIELD.INVALID_ATTRIBUTE_KEY',
  WeakPassword = 'FIELD.WEAK_PASSWORD',
  InFuture = 'FIELD.IN_FUTURE',
  /** An address outside the workspace's own domains (where test emails may go). */
  OutsideDomains = 'FIELD.OUTSIDE_DOMAINS',
  /** Anything else a validator refused: the message says what. */
  Invalid = 'FIELD.INVALID',
  // Cells of an imported row.
  UnknownPersona = 'ROW.UNKNOWN_PERSONA',
  RepeatedExternalId = 'ROW.REPEATED_EXTERNAL_ID',
  EmailOfAnotherLearner = 'ROW.EMAIL_OF_ANOTHER_LEARNER',
  RepeatedEmail = 'ROW.REPEATED_EMAIL',
  Undecodable = 'ROW.UNDECODABLE',
  UnknownLearner = 'ROW.UNKNOWN_LEARNER',
  UnknownSession = 'ROW.UNKNOWN_SESSION',
  OtherSession = 'ROW.OTHER_SESSION',
  SessionCancelled = 'ROW.SESSION_CANCELLED',
  SessionFull = 'ROW.SESSION_FULL',
  StatusBackwards = 'ROW.STATUS_BACKWARDS',
  WrongCellCount = 'ROW.WRONG_CELL_COUNT',
}

// class-validator's constraint names (and this API's own validators') → a problem.
const CONSTRAINTS: Record<string, FieldProblem> = {
  whitelistValidation: FieldProblem.Unknown,
  isDefined: FieldProblem.Required,
  isNotEmpty: FieldProblem.Required,
  isOptionalNotNull: FieldProblem.Required,
  isString: FieldProblem.WrongType,
  isBoolean: FieldProblem.WrongType,
  isArray: FieldProblem.WrongType,
  isObject: FieldProblem.WrongType,
  isInt: FieldProblem.InvalidNumber,
  isNumber: FieldProblem.InvalidNumber,
  min: FieldProblem.InvalidNumber,
  max: FieldProblem.InvalidNumber,
  maxLength: FieldProblem.TooLong,
  arrayMaxSize: FieldProblem.TooMany,
  isIn: FieldProblem.NotAllowed,
  isEnum: FieldProblem.NotAllowed,
  isEmail: FieldProblem.InvalidEmail,
  isPlainEmail: FieldProblem.InvalidEmail,
  isUuid: FieldProblem.InvalidUuid,
  isHttpUrl: FieldProblem.InvalidUrl,
  isUrl: FieldProblem.InvalidUrl,
  isTimeZone: FieldProblem.UnknownTimeZone,
  isContentLocale: FieldProblem.InvalidLocale,
  isNewPassword: FieldProblem.WeakPassword,
  isHeaderText: FieldProblem.ControlCharacters,
  isOffsetDateTime: FieldProblem.InvalidDate,
  isIso8601: FieldProblem.InvalidDate,
};

/** The problem a validator's constraint stands for (`isEmail` → FIELD.INVALID_EMAIL). */
export function problemOfConstraint(constraint: string): FieldProblem {
  return CONSTRAINTS[constraint] ?? FieldProblem.Invalid;
}
