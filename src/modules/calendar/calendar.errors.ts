import { DomainError, type ErrorDetail } from '../../common/errors/domain-error';

export const CalendarErrors = {
  badRange: (details: ErrorDetail[]) => DomainError.invalid('CALENDAR.RANGE_INVALID', `Invalid calendar range: ${details.map((d) => d.message).join('; ')}`, details),
  badBlackout: (details: ErrorDetail[]) => DomainError.unprocessable('BLACKOUT.INVALID', `Invalid blackout: ${details.map((d) => d.message).join('; ')}`, details),
  blackoutExists: () =>
    DomainError.conflict('BLACKOUT.EXISTS', 'A blackout with these dates and this scope already exists', [
      { path: 'startsOn', message: 'a blackout with these dates and this scope already exists' },
    ]),
  blackoutNotFound: () => DomainError.notFound('BLACKOUT.NOT_FOUND', 'Blackout date not found'),
};
