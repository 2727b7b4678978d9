import { type ClientRequest, type IncomingHttpHeaders, request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** The parsed JSON body, or undefined when the body is not JSON. */
  body: any;
}

interface RequestOptions {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** One request on a fresh connection (no agent, no keep-alive) to 127.0.0.1:port. */
export function rawRequest(port: number, options: RequestOptions): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, agent: false, method: options.method ?? 'GET', path: options.path, headers: options.headers });
    req.once('response', (res) => readResponse(res).then(resolve, reject));
    req.once('error', reject);
    req.end(options.body);
  });
}

function readResponse(res: import('node:http').IncomingMessage): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.once('error', reject);
    res.once('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      if (/json/.test(res.headers['content-type'] ?? '')) body = JSON.parse(text);
      resolve({ status: res.statusCode ?? 0, headers: res.headers, text, body });
    });
  });
}

/**
 * A request whose body the test writes piece by piece and can cut off at any point, the way a
 * browser tab closed mid-upload or `timeout 1 curl …` does. The body is chunked, unless
 * `contentLength` announces its size up front (as curl does for a file).
 */
export class StreamingUpload {
  /** Bytes of body handed to the socket so far. */
  sent = 0;
  /** The answer, when one came before the connection ended; null when it ended without one. */
  readonly response: Promise<RawResponse | null>;
  private readonly req: ClientRequest;
  private failure: Error | null = null;

  constructor(port: number, path: string, headers: Record<string, string>, contentLength?: number) {
    const framing = contentLength === undefined ? { 'Transfer-Encoding': 'chunked' } : { 'Content-Length': String(contentLength) };
    this.req = request({ host: '127.0.0.1', port, agent: false, method: 'POST', path, headers: { ...headers, ...framing } });
    this.response = new Promise((resolve) => {
      this.req.once('response', (res) => readResponse(res).then(resolve, () => resolve(null)));
      this.req.once('error', (error) => {
        this.failure = error;
        resolve(null);
      });
      this.req.once('close', () => setImmediate(() => resolve(null)));
    });
    this.req.flushHeaders();
  }

  /** Writes a piece of body; resolves once the socket took it. Rejects when the connection is gone. */
  write(chunk: string | Buffer): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.req.write(chunk, (error) => {
        if (error) return reject(error);
        this.sent += Buffer.byteLength(chunk);
        resolve();
      });
    });
  }

  /** Ends the body and waits for the answer. */
  async finish(last?: string | Buffer): Promise<RawResponse | null> {
    this.req.end(last);
    return this.response;
  }

  /** Drops the connection mid-body. */
  abort(): void {
    this.req.destroy();
  }
}

/** The opening and closing of a multipart/form-data body with one `file` part. */
export function multipartFrame(boundary: string, field = 'file'): { head: string; tail: string; contentType: string } {
  return {
    head: `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="learners.csv"\r\nContent-Type: text/csv\r\n\r\n`,
    tail: `\r\n--${boundary}--\r\n`,
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}
