/** A small client for the demo: calls the in-process API and fails with the API's own error message. */
export class DemoClient {
  constructor(
    private readonly baseUrl: string,
    private readonly key: string,
  ) {}

  get<T = any>(path: string): Promise<T> {
    return this.call<T>('GET', path);
  }

  post<T = any>(path: string, body?: unknown, contentType = 'application/json'): Promise<T> {
    return this.call<T>('POST', path, body, contentType);
  }

  patch<T = any>(path: string, body: unknown): Promise<T> {
    return this.call<T>('PATCH', path, body);
  }

  private async call<T>(method: string, path: string, body?: unknown, contentType = 'application/json'): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${this.key}`, ...(body === undefined ? {} : { 'Content-Type': contentType }) },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    const parsed = text ? JSON.parse(text) : undefined;
    if (!response.ok) {
      const details = (parsed?.error?.details ?? []).map((d: { path: string; message: string }) => `\n    ${d.path}: ${d.message}`).join('');
      throw new Error(`${method} ${path} answered ${response.status}: ${parsed?.error?.message ?? text}${details}`);
    }
    return parsed as T;
  }
}
