import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError, type ErrorDetail } from '../../common/errors/domain-error';
import { problemOfConstraint } from '../../common/errors/field-problem';
import { RequestErrors } from './request.errors';

/** Flattens class-validator's tree into `{path, message, code}` (`steps[2].offset`), the code named by the constraint. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  for (const error of errors) {
    const path = /^\d+$/.test(error.property)
      ? `${parent}[${error.property}]`
      : parent
        ? `${parent}.${error.property}`
        : error.property;
    for (const [constraint, message] of Object.entries(error.constraints ?? {})) {
      details.push({ path, message, code: problemOfConstraint(constraint) });
    }
    if (error.children?.length) details.push(...flattenValidationErrors(error.children, path));
  }
  return details;
}

/** The one validation pipe of the API: unknown fields are refused, types converted, errors named. */
export function createValidationPipe(): ValidationPipe {
  return new BodyValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => {
      const details = flattenValidationErrors(errors);
      const summary = details.map((d) => `${d.path}: ${d.message}`).slice(0, 3).join('; ');
      return DomainError.invalid('VALIDATION.FAILED', `Invalid request: ${summary}`, details);
    },
  });
}

// A body typed by a DTO is a JSON object: a bare string, number, boolean, null or array is named as
// such, not validated as an object with odd properties. (No body at all is validated as `{}`.)
class BodyValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && metadata.data === undefined && value !== undefined && this.toValidate(metadata)) {
      const kind = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? null : `a ${typeof value}`;
      if (kind) throw RequestErrors.notAnObject(kind);
    }
    return super.transform(value, metadata);
  }
}
