import { registerDecorator, type ValidationOptions } from 'class-validator';

// RFC 5321 dot-atom local part (no quotes, no comments) and a host name with a letter TLD.
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/**
 * A plain `local@domain` address: no display name, quotes, comments, IP literal or second
 * recipient, within SMTP's lengths (64 for the local part, 254 in all). What Clarion sends to is
 * exactly what was written, and a mail server never has to guess.
 */
export function isPlainEmail(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 254) return false;
  const at = value.lastIndexOf('@');
  if (at < 1) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  return local.length <= 64 && domain.length <= 253 && LOCAL_PART.test(local) && DOMAIN.test(domain);
}

/** A plain email address (see `isPlainEmail`); the message quotes what was given. */
export function IsPlainEmail(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isPlainEmail',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => isPlainEmail(value),
        defaultMessage: (args) => {
          // With `each`, the value is the list: name its first address that is not one.
          const list = Array.isArray(args?.value) ? (args.value as unknown[]) : null;
          const index = list ? list.findIndex((v) => !isPlainEmail(v)) : -1;
          const value: unknown = list ? list[index] : args?.value;
          const given = typeof value === 'string' ? ` ("${value.length > 100 ? `${value.slice(0, 100)}…` : value}" is not one)` : '';
          return `${args?.property}${index >= 0 ? `[${index}]` : ''} must be a plain address such as name@example.com, without quotes, comments or display name${given}`;
        },
      },
    });
}
