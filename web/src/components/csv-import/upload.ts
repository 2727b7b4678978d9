import { ApiError } from '../../api/api-error';
import { sessionState } from '../../api/session-state';

export interface UploadOptions {
  /** An api path, e.g. `/v1/learners/import`. */
  path: string;
  file: Blob;
  fileName: string;
  /** Called as the bytes leave the browser: 0 to 1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/**
 * Sends a CSV file as the `file` part of a multipart form and resolves with the api's JSON answer.
 * XMLHttpRequest, not fetch: only it reports upload progress. Same headers as the api client (the
 * workspace, the CSRF token, the session cookie); an error answer rejects with `ApiError`, a cut
 * connection with an `ApiError` of status 0.
 */
export function uploadCsv<T>({ path, file, fileName, onProgress, signal }: UploadOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    const workspaceId = sessionState.workspaceId();
    if (workspaceId) xhr.setRequestHeader('X-Clarion-Workspace', workspaceId);
    const csrf = sessionState.csrfToken();
    if (csrf) xhr.setRequestHeader('X-CSRF-Token', csrf);

    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    xhr.upload.onload = () => onProgress?.(1);
    xhr.onload = () => {
      const response = new Response(xhr.status === 204 ? null : xhr.responseText, {
        status: xhr.status,
        statusText: xhr.statusText,
        headers: { 'Content-Type': xhr.getResponseHeader('Content-Type') ?? 'application/json', 'Retry-After': xhr.getResponseHeader('Retry-After') ?? '' },
      });
      if (xhr.status >= 200 && xhr.status < 300) {
        response.json().then((body) => resolve(body as T), () => reject(new ApiError(xhr.status, 'HTTP.INVALID_BODY', 'The answer could not be read')));
        return;
      }
      void ApiError.fromResponse(response).then((error) => {
        if (xhr.status === 401) sessionState.unauthorized();
        reject(error);
      });
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK.ERROR', 'network error'));
    xhr.ontimeout = () => reject(new ApiError(0, 'NETWORK.TIMEOUT', 'timeout'));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });

    const form = new FormData();
    form.append('file', file, fileName);
    xhr.send(form);
  });
}
