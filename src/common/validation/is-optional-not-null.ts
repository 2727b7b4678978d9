import { ValidateIf } from 'class-validator';

/**
 * The field may be left out, but when given it is validated like any value, so `null` is refused
 * with the field's own message. `@IsOptional()` is for fields where null means "none" (and, in a
 * PATCH, clears them): it lets null through unvalidated. A PATCH body made with
 * `PartialType(CreateXDto, { skipNullProperties: false })` keeps both meanings.
 */
export const IsOptionalNotNull = (): PropertyDecorator => ValidateIf((_, value: unknown) => value !== undefined);
