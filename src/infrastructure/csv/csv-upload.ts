import { Readable } from 'node:stream';
import busboy from 'busboy';
import { parse, type Parser } from 'csv-parse';
import type { Request } from 'express';
import { DomainError, ErrorKind } from '../../common/errors/domain-error';

export interface CsvRow {
  /** Spreadsheet row number: the header is row 1, so the first data row is row 2. */
  row: number;
  /** Cells in header order; trimmed. A row with the wrong number of cells is still yielded. */
  cells: string[];
}

export interface CsvUpload {
  /** Header names, trimmed, as written in the file. */
  header: string[];
  delimiter: string;
  rows: AsyncIterable<CsvRow>;
}

export interface CsvUploadOptions {
  maxBytes?: number;
}

const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;
const CSV_TYPES = new Set(['text/csv', 'application/csv', 'text/plain', 'application/vnd.ms-excel']);

/**
 * Streams a CSV upload sent either as the raw body (`Content-Type: text/csv`) or as the `file` part
 * of a multipart form. Handles a UTF-8 BOM, quoted fields, CRLF, and comma, semicolon (what French
 * Excel exports) or tab separators, sniffed from the header line. Nothing is buffered beyond the
 * parser's window, so a file of any length streams through.
 */
export async function openCsvUpload(req: Request, options: CsvUploadOptions = {}): Promise<CsvUpload> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const mediaType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  let source: Readable;
  if (mediaType === 'multipart/form-data') {
    source = await multipartFile(req, maxBytes);
  } else if (CSV_TYPES.has(mediaType)) {
    source = limitBytes(req, maxBytes);
  } else {
    throw new DomainError(
      'IMPORT.UNSUPPORTED_MEDIA_TYPE',
      'Send the CSV as the request body with "Content-Type: text/csv", or as the "file" part of a multipart/form-data form',
      ErrorKind.Invalid,
      [{ path: 'content-type', message: `unsupported: "${mediaType || 'none'}"` }],
    );
  }

  const { head, rest } = await peek(source, 64 * 1024);
  const delimiter = sniffDelimiter(head.toString('utf8'));
  const parser: Parser = Readable.from(prepend(head, rest)).pipe(
    parse({ bom: true, delimiter, trim: true, skip_empty_lines: true, relax_column_count: true, max_record_size: 1024 * 1024 }),
  );
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
      yield { row, cells: next.value };
    }
  }
  return { header, delimiter, rows: rows() };
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

async function peek(source: Readable, atLeast: number): Promise<{ head: Buffer; rest: AsyncIterator<Buffer> }> {
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const chunks: Buffer[] = [];
  let size = 0;
  while (size < atLeast) {
    const next = await iterator.next();
    if (next.done) break;
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    chunks.push(chunk);
    size += chunk.length;
    if (chunk.includes(0x0a)) break;
  }
  return { head: Buffer.concat(chunks), rest: iterator };
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
  return new DomainError('IMPORT.FILE_TOO_LARGE', `The CSV file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`, ErrorKind.PayloadTooLarge);
}

function limitBytes(source: Readable, maxBytes: number): Readable {
  let seen = 0;
  return Readable.from(
    (async function* () {
      for await (const chunk of source) {
        seen += (chunk as Buffer).length;
        if (seen > maxBytes) throw tooLarge(maxBytes);
        yield chunk as Buffer;
      }
    })(),
  );
}

function multipartFile(req: Request, maxBytes: number): Promise<Readable> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: maxBytes } });
    } catch (error) {
      reject(DomainError.invalid('IMPORT.MALFORMED_MULTIPART', `Malformed multipart body: ${(error as Error).message}`));
      return;
    }
    let found = false;
    parser.on('file', (field, stream) => {
      if (field !== 'file' || found) {
        stream.resume();
        return;
      }
      found = true;
      const limited = Readable.from(
        (async function* () {
          for await (const chunk of stream) yield chunk as Buffer;
          if ((stream as Readable & { truncated?: boolean }).truncated) throw tooLarge(maxBytes);
        })(),
      );
      resolve(limited);
    });
    parser.on('error', (error: Error) => reject(DomainError.invalid('IMPORT.MALFORMED_MULTIPART', `Malformed multipart body: ${error.message}`)));
    parser.on('close', () => {
      if (!found) reject(DomainError.invalid('IMPORT.MISSING_FILE', 'The multipart form has no "file" part', [{ path: 'file', message: 'required' }]));
    });
    req.pipe(parser);
  });
}
