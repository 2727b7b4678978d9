import { registerDecorator, type ValidationOptions } from 'class-validator';
import { parseLocalTime } from '../scheduling/local-time';
import { parseStepOffset } from '../scheduling/step-offset';

type Parser = (text: string) => { ok: true } | { ok: false; error: string };

// One decorator factory for values the scheduling module parses, so its precise message reaches the client.
function parsedBy(name: string, parse: Parser, expected: string, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && parse(value).ok,
        defaultMessage: (args) => {
          if (typeof args?.value !== 'string') return `${args?.property} must be ${expected}`;
          const result = parse(args.value);
          return result.ok ? `${args.property} is invalid` : result.error;
        },
      },
    });
}

/** An ISO 8601 duration of weeks, days, hours and minutes (`-P14D`, `PT2H`). */
export const IsStepOffset = (options?: ValidationOptions) => parsedBy('isStepOffset', parseStepOffset, 'an ISO 8601 duration such as -P14D', options);

/** A wall-clock time `HH:MM`. */
export const IsLocalTime = (options?: ValidationOptions) => parsedBy('isLocalTime', parseLocalTime, 'a time of day HH:MM', options);
