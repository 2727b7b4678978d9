import { registerDecorator, type ValidationOptions } from 'class-validator';
import { HEADER_TEXT_RULE, isHeaderText } from '../mail/mail-headers';

/** A value that ends up in a mail header (a sender name, an address): no CR, LF or other control character. */
export function IsHeaderText(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isHeaderText',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || isHeaderText(value),
        defaultMessage: (args) => `${args?.property} ${HEADER_TEXT_RULE}`,
      },
    });
}
