import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** Path ids are UUIDs; anything else is a 400 that names the parameter. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (!isUuid(value)) {
      const name = metadata.data ?? 'id';
      throw DomainError.invalid('REQUEST.INVALID_ID', `${name} must be a UUID`, [{ path: name, message: 'must be a UUID' }]);
    }
    return value.toLowerCase();
  }
}
