/** The outcome of parsing one user-supplied value: the value, or a message saying precisely what is wrong. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

export const parsed = <T>(value: T): ParseResult<T> => ({ ok: true, value });

export const refused = <T>(error: string): ParseResult<T> => ({ ok: false, error });
