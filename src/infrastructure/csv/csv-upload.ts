import { pipeline, Readable } from 'node:stream';
import { type BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import busboy from 'busboy';
import { parse, type Parser } from 'csv-parse';
import iconv from 'iconv-lite';
import type { Request } from 'express';
import { DomainError, ErrorKind } from '../../common/errors/domain-error';
import { AppConfig } from '../../config/app-config';
import { charsetOf, chooseEncoding, decodeStream, type EncodingChoice, multipartPartCharset, supportedCharset, SUPPORTED_CHARSETS } from './csv-encoding';
import type { CsvEncodingDto } from './csv-import.dto';

export interface CsvRow {
  /** Spreadsheet row number: the header is row 1, so the first data row is row 2. */
  row: number;
  /** Cells in header order; trimmed. A row with the wrong number of cells is still yielded. */
  cells: string[];
  /**
   * Index of the first cell holding U+FFFD: bytes the file's encoding cannot read (a UTF-8 file with
   * Windows-1252 bytes past the first 64 KB, say). Such a row must be reported, never stored.
   */
  undecodableCell?: number;
}

export interface CsvUpload {
  /** Header names, trimmed, as written in the file. */
  header: string[];
  delimiter: string;
  /** How the bytes were read as text; import results report it. */
  encoding: CsvEncodingDto;
  rows: AsyncIterable<CsvRow>;
}

interface UploadLimits {
  maxBytes: number;
  idleTimeoutMs: number;
}

const CSV_TYPES = new Set(['text/csv', 'application/csv', 'text/plain', 'application/vnd.ms-excel']);
// Room around the file part of a form: boundaries, part headers, a few small fields.
const MULTIPART_OVERHEAD_BYTES = 1024 * 1024;
const SHUTDOWN_RETRY_AFTER_SECONDS = 2;
const ignoreError = () => undefined;

/**
 * Streams CSV uploads sent either as the raw body (`Content-Type: text/csv`) or as the `file` part
 * of a multipart form. Reads UTF-8 (BOM or not), UTF-16 with a BOM, Windows-1252 and ISO-8859-1/15
 * (declared with `charset=`, or Windows-1252 detected when the file is not UTF-8); quoted fields, CRLF, and comma, semicolon (what French
 * Excel exports) or tab separators, sniffed from the header line. Nothing is buffered beyond the
 * parser's window, so a file of any length streams through.
 *
 * Every upload is guarded: when the client goes away, stalls, sends more than the limit, or the
 * server shuts down, reading the rows fails at once with a domain error, so the import's COPY is
 * cancelled, its transaction rolled back and its lock released; the process never sees an
 * unhandled stream error.
 */
@Injectable()
export class CsvUploadReader implements BeforeApplicationShutdown {
  private readonly inProgress = new Set<AbortController>();

  constructor(private readonly config: AppConfig) {}

  async open(req: Request): Promise<CsvUpload> {
    const limits: UploadLimits = { maxBytes: this.config.importMaxBytes, idleTimeoutMs: this.config.uploadIdleTimeoutMs };
    const mediaType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const multipart = mediaType === 'multipart/form-data';
    if (!multipart && !CSV_TYPES.has(mediaType)) {
      throw new DomainError(
        'IMPORT.UNSUPPORTED_MEDIA_TYPE',
        'Send the CSV as the request body with "Content-Type: text/csv", or as the "file" part of a multipart/form-data form',
        ErrorKind.Invalid,
        [{ path: 'content-type', message: `unsupported: "${mediaType || 'none'}"` }],
      );
    }
    // A body announced too large is refused before a byte of it is read.
    if (Number(req.headers['content-length'] ?? 0) > limits.maxBytes + (multipart ? MULTIPART_OVERHEAD_BYTES : 0)) throw tooLarge(limits.maxBytes);

    const stop = this.track(req);
    if (!multipart) {
      const declared = charsetOf(req.headers['content-type']);
      checkCharset(declared, 'content-type');
      return parseCsv(guardedBytes(req, req, limits, stop), declared);
    }
    const file = await multipartFile(req, limits, stop);
    try {
      checkCharset(file.charset, 'file');
    } catch (error) {
      stop.abort(error);
      throw error;
    }
    return parseCsv(guardedBytes(file.stream, req, limits, stop), file.charset);
  }

  /** Ends the uploads still coming in (503, try again), so that shutting down waits for none of them. */
  beforeApplicationShutdown(): void {
    for (const upload of this.inProgress) upload.abort(DomainError.unavailable('SERVER.SHUTTING_DOWN', 'The server is shutting down: nothing was imported; send the file again', SHUTDOWN_RETRY_AFTER_SECONDS));
  }

  /** One upload's stop signal: aborted when the client goes away before its answer, or by shutdown. */
  private track(req: Request): AbortController {
    const stop = new AbortController();
    this.inProgress.add(stop);
    const res = req.res;
    res?.once('close', () => {
      this.inProgress.delete(stop);
      if (!res.writableFinished) stop.abort(aborted());
    });
    return stop;
  }
}

/**
 * The upload's bytes as they come. Fails with a domain error when the client sends nothing for the
 * idle timeout, sends more than the limit, goes away, or the upload is stopped; `stop` is then
 * aborted too, which stops reading the request.
 */
async function* guardedBytes(source: Readable, req: Request, limits: UploadLimits, stop: AbortController): AsyncGenerator<Buffer> {
  const chunks = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let seen = 0;
  try {
    for (;;) {
      const next = await awaitClient(chunks.next(), limits.idleTimeoutMs, stop.signal, (error) =>
        // A source failing on a request received whole is a malformed form; otherwise the client left.
        req.complete ? malformedMultipart(error) : aborted(),
      );
      if (next.done) return;
      seen += next.value.length;
      if (seen > limits.maxBytes) throw tooLarge(limits.maxBytes);
      yield next.value;
    }
  } catch (error) {
    stop.abort(error);
    throw error;
  }
}

/**
 * Waits for something the client has to send. Rejects when nothing comes within `idleTimeoutMs`,
 * when `signal` aborts (with its reason), or when `pending` fails (with `describe`'s error, unless it
 * is already a domain error). A `pending` that settles later is absorbed.
 */
function awaitClient<T>(pending: Promise<T>, idleTimeoutMs: number, signal: AbortSignal, describe: (error: unknown) => DomainError): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const fail = (error: unknown) => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      reject(error);
    };
    const onAbort = () => fail(signal.reason);
    const timer = setTimeout(() => fail(stalled(idleTimeoutMs)), idleTimeoutMs);
    signal.addEventListener('abort', onAbort, { once: true });
    if (signal.aborted) onAbort();
    pending.then(
      (value) => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error) => fail(error instanceof DomainError ? error : describe(error)),
    );
  });
}

// The form's first bytes are kept to read the charset of the file part's Content-Type (busboy reads it but hands over none).
const FORM_HEAD_BYTES = 64 * 1024;

/** The `file` part of a multipart form, as it streams, and the charset its part declares; other parts are read and dropped. */
function multipartFile(req: Request, limits: UploadLimits, stop: AbortController): Promise<{ stream: Readable; charset: string | null }> {
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: req.headers, limits: { files: 1, fields: 50, fieldSize: 64 * 1024 } });
  } catch (error) {
    return Promise.reject(malformedMultipart(error));
  }
  const formHead: Buffer[] = [];
  let formHeadSize = 0;
  const file = new Promise<{ stream: Readable; charset: string | null }>((resolve, reject) => {
    let found = false;
    parser.on('file', (field, stream) => {
      // Busboy destroys the part being read when the form fails: that error is read (or not) through the stream.
      stream.on('error', ignoreError);
      if (field !== 'file' || found) {
        stream.resume();
        return;
      }
      found = true;
      resolve({ stream, charset: multipartPartCharset(Buffer.concat(formHead), 'file') });
    });
    parser.on('error', (error: Error) => reject(malformedMultipart(error)));
    parser.on('close', () => {
      if (!found) reject(DomainError.invalid('IMPORT.MISSING_FILE', 'The multipart form has no "file" part', [{ path: 'file', message: 'required' }]));
    });
  });
  // The whole form is bounded too, whatever parts it holds.
  let total = 0;
  const count = (chunk: Buffer) => {
    total += chunk.length;
    if (formHeadSize < FORM_HEAD_BYTES) {
      formHead.push(chunk);
      formHeadSize += chunk.length;
    }
    if (total > limits.maxBytes + MULTIPART_OVERHEAD_BYTES) stop.abort(tooLarge(limits.maxBytes));
  };
  req.on('data', count);
  stop.signal.addEventListener(
    'abort',
    () => {
      req.off('data', count);
      req.unpipe(parser);
      parser.destroy(stop.signal.reason);
    },
    { once: true },
  );
  req.pipe(parser);
  return awaitClient(file, limits.idleTimeoutMs, stop.signal, () => aborted()).catch((error) => {
    stop.abort(error);
    throw error;
  });
}

/**
 * Reads the CSV as text. The encoding is chosen once, from the first 64 KB (or the whole file when
 * smaller) and the declared charset, before any row is parsed: a bounded look-ahead, simpler than
 * switching decoders mid-stream and enough for real files (a Windows-1252 export has accents in its
 * header or first rows). Bytes past the look-ahead that the chosen encoding cannot read become
 * U+FFFD and their rows are reported (`undecodableCell`), never stored.
 */
async function parseCsv(bytes: AsyncIterable<Buffer>, declared: string | null): Promise<CsvUpload> {
  const { head, rest, complete } = await peek(bytes, HEAD_BYTES);
  // Chunks can be larger than the look-ahead: only its first HEAD_BYTES decide, whatever the chunk size.
  const choice = chooseEncoding(head.subarray(0, HEAD_BYTES), declared, complete && head.length <= HEAD_BYTES);
  const delimiter = sniffDelimiter(decodeHead(head, choice));
  const parser: Parser = parse({ bom: false, delimiter, trim: true, skip_empty_lines: true, relax_column_count: true, max_record_size: 1024 * 1024 });
  // pipeline, not pipe: a failing upload must fail the parser (and so the import), never the process.
  pipeline(Readable.from(decodeStream(prepend(head, rest), choice)), parser, ignoreError);
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<string[]>;
  const first = await nextRecord(records, 1);
  if (first.done) {
    throw DomainError.invalid('IMPORT.EMPTY_FILE', 'The CSV file is empty: it needs a header row', [{ path: 'file', message: 'no header row' }]);
  }
  const header = first.value.map((h) => h.trim());

  async function* rows(): AsyncGenerator<CsvRow> {
    for (let row = 2; ; row++) {
      const next = await nextRecord(records, row);
      if (next.done) return;
      const undecodable = next.value.findIndex((cell) => cell.includes(REPLACEMENT_CHARACTER));
      yield undecodable === -1 ? { row, cells: next.value } : { row, cells: next.value, undecodableCell: undecodable };
    }
  }
  const encoding: CsvEncodingDto = { used: choice.used, declared: choice.declared, detected: choice.detected, note: choice.note };
  return { header, delimiter, encoding, rows: rows() };
}

async function nextRecord(records: AsyncIterator<string[]>, row: number): Promise<IteratorResult<string[]>> {
  try {
    return await records.next();
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const message = (error as Error).message;
    throw DomainError.invalid('IMPORT.MALFORMED_CSV', `The CSV file cannot be read near row ${row}: ${message}`, [
      { path: `row ${row}`, message },
    ]);
  }
}

/** The separator that occurs most in the header line outside quotes: `,`, `;` or a tab. */
export function sniffDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text.replace(/^\uFEFF/, '')) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  const [best, count] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return count > 0 ? best : ',';
}

const HEAD_BYTES = 64 * 1024;
const REPLACEMENT_CHARACTER = '\uFFFD';

/** The first `atLeast` bytes (or all, when fewer), and whether that is the whole upload. */
async function peek(source: AsyncIterable<Buffer>, atLeast: number): Promise<{ head: Buffer; rest: AsyncIterator<Buffer>; complete: boolean }> {
  const iterator = source[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let size = 0;
  let complete = false;
  while (size < atLeast) {
    const next = await iterator.next();
    if (next.done) {
      complete = true;
      break;
    }
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    chunks.push(chunk);
    size += chunk.length;
  }
  return { head: Buffer.concat(chunks), rest: iterator, complete };
}

/** The look-ahead as text, for sniffing the separator (a character cut at its end does not matter). */
function decodeHead(head: Buffer, choice: EncodingChoice): string {
  return iconv.decode(head.subarray(choice.bomLength), choice.used, { stripBOM: false });
}

/** A declared charset must be one we read: guessing would garble every accent. */
function checkCharset(declared: string | null, path: string): void {
  if (declared === null || supportedCharset(declared)) return;
  throw DomainError.invalid('IMPORT.UNSUPPORTED_CHARSET', `The file declares charset "${declared}": send it as ${SUPPORTED_CHARSETS.join(', ')}`, [
    { path, message: `unsupported charset "${declared}"` },
  ]);
}

async function* prepend(head: Buffer, rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  if (head.length) yield head;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

function tooLarge(maxBytes: number): DomainError {
  const size = maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / 1024 / 1024)} MB` : `${Math.round(maxBytes / 1024)} KB`;
  return new DomainError('IMPORT.FILE_TOO_LARGE', `The CSV file is larger than ${size}: split it and import the parts`, ErrorKind.PayloadTooLarge, [
    { path: 'file', message: `larger than ${size}` },
  ]);
}

function aborted(): DomainError {
  return DomainError.invalid('IMPORT.UPLOAD_ABORTED', 'The upload was cut off before its end: nothing was imported');
}

function stalled(idleTimeoutMs: number): DomainError {
  const seconds = Math.round(idleTimeoutMs / 100) / 10;
  return new DomainError('IMPORT.UPLOAD_STALLED', `The upload sent nothing for ${seconds} s: nothing was imported; send the file again`, ErrorKind.Timeout);
}

function malformedMultipart(error: unknown): DomainError {
  return DomainError.invalid('IMPORT.MALFORMED_MULTIPART', `Malformed multipart body: ${(error as Error).message}`);
}
