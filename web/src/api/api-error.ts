/** One field problem as the api names it (`details[].path` is a dotted path such as `email`). */
export interface ApiErrorDetail {
  path: string;
  message: string;
  /** What is wrong as a stable code (`FIELD.INVALID_EMAIL`), when the api gives one: the console translates by it. */
  code?: string;
  /** The values the code's text needs (`{ language: 'de', count: 12 }`). */
  params?: Record<string, string | number>;
}

/** The api's error envelope, `{"error":{"code","message","details"},"correlationId"}`, as an Error. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ApiErrorDetail[] = [],
    readonly correlationId: string | null = null,
    /** Seconds to wait, from `Retry-After` (429). */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Reads an error answer; anything that is not the envelope (a proxy's page, a network cut) gets a generic code. */
  static async fromResponse(response: Response): Promise<ApiError> {
    const retryAfterHeader = Number(response.headers.get('Retry-After'));
    const retryAfter = Number.isFinite(retryAfterHeader) && retryAfterHeader > 0 ? retryAfterHeader : null;
    let body: unknown = null;
    try {
      body = await response.clone().json();
    } catch {
      // not JSON
    }
    const envelope = (body as { error?: { code?: unknown; message?: unknown; details?: unknown }; correlationId?: unknown } | null) ?? {};
    const error = envelope.error;
    if (error && typeof error.code === 'string') {
      const details = Array.isArray(error.details)
        ? error.details.filter((d): d is ApiErrorDetail => typeof d?.path === 'string' && typeof d?.message === 'string')
        : [];
      return new ApiError(
        response.status,
        error.code,
        typeof error.message === 'string' ? error.message : response.statusText,
        details,
        typeof envelope.correlationId === 'string' ? envelope.correlationId : null,
        retryAfter,
      );
    }
    return new ApiError(response.status, `HTTP.${response.status}`, response.statusText || `HTTP ${response.status}`, [], null, retryAfter);
  }

  /** The messages per form field, for `form.setErrors`. */
  fieldErrors(): Record<string, string> {
    const errors: Record<string, string> = {};
    for (const { path, message } of this.details) errors[path] ??= message;
    return errors;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;
