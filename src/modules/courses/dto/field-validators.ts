import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isHttpUrl } from '../session-rules';
import { parseOffsetTimestamp } from '../timestamp';

/** An ISO 8601 date-time string with an explicit offset; the message says what is wrong with it. */
export function IsOffsetDateTime(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isOffsetDateTime',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && parseOffsetTimestamp(value).ok,
        defaultMessage: (args) => {
          if (typeof args?.value !== 'string') return `${args?.property} must be an ISO 8601 date-time string`;
          const parsed = parseOffsetTimestamp(args.value);
          return `${args.property} ${parsed.ok ? 'is invalid' : parsed.message}`;
        },
      },
    });
}

/** An absolute http or https URL (no javascript:, ftp: or relative links). */
export function IsHttpUrl(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isHttpUrl',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value.length <= 2048 && isHttpUrl(value),
        defaultMessage: (args) => `${args?.property} must be an absolute http or https URL of at most 2048 characters`,
      },
    });
}
