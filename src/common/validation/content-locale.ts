import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, registerDecorator, ValidateNested, type ValidationOptions } from 'class-validator';
import { CONTENT_LOCALE } from '../i18n/localised-content';
import { IsOptionalNotNull } from './is-optional-not-null';

/** A locale as content is written in: "fr", "en", "fr-CA". */
export function IsContentLocale(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isContentLocale',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && CONTENT_LOCALE.test(value),
        defaultMessage: (args) => `${args?.property} must look like "fr", "en" or "fr-CA"`,
      },
    });
}

/** An optional list of translations (`[{locale, …fields}]`), each entry validated as `entry`, one per locale. */
export function IsTranslations(entry: () => new () => object): PropertyDecorator {
  return applyDecorators(IsOptionalNotNull(), IsArray(), ArrayMaxSize(20), OneEntryPerLocale(), ValidateNested({ each: true }), Type(entry));
}

const OneEntryPerLocale = (): PropertyDecorator =>
  ArrayUnique((entry: { locale?: unknown } | null) => (typeof entry?.locale === 'string' ? entry.locale.toLowerCase() : entry), {
    message: ({ property }) => `${property} must hold one entry per locale`,
  });
