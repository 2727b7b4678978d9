import { DomainError } from '../../common/errors/domain-error';

/** What is wrong with a request body as a whole, before any route looks at its fields. */
export const RequestErrors = {
  tooDeep: (limit: number) =>
    DomainError.invalid('REQUEST.TOO_DEEP', `The JSON body nests objects and arrays more than ${limit} levels deep; ${limit} is the limit`, [
      { path: '', message: `must not nest more than ${limit} levels deep` },
    ]),
  notAnObject: (kind: string) =>
    DomainError.invalid('REQUEST.BODY_NOT_OBJECT', `The request body must be a JSON object, not ${kind}`, [{ path: '', message: `must be a JSON object, not ${kind}` }]),
};
