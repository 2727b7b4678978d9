import iconv from 'iconv-lite';

/** Encodings an upload may be read with (names as reported back), and the aliases that name them. */
const SUPPORTED: Readonly<Record<string, string>> = {
  'utf-8': 'utf-8', utf8: 'utf-8',
  'windows-1252': 'windows-1252', cp1252: 'windows-1252', 'x-cp1252': 'windows-1252',
  'iso-8859-1': 'iso-8859-1', latin1: 'iso-8859-1', 'iso8859-1': 'iso-8859-1', 'iso_8859-1': 'iso-8859-1', 'us-ascii': 'utf-8', ascii: 'utf-8',
  'iso-8859-15': 'iso-8859-15', latin9: 'iso-8859-15', 'iso8859-15': 'iso-8859-15', 'iso_8859-15': 'iso-8859-15',
  'utf-16le': 'utf-16le', 'utf-16be': 'utf-16be', 'utf-16': 'utf-16',
};

export const SUPPORTED_CHARSETS = ['utf-8', 'windows-1252', 'iso-8859-1', 'iso-8859-15', 'utf-16le', 'utf-16be'];

export interface EncodingChoice {
  /** What the bytes are read with. */
  used: string;
  declared: string | null;
  /** Set when nothing was declared and the bytes were not UTF-8. */
  detected: string | null;
  note: string | null;
  /** Bytes of a byte order mark to skip. */
  bomLength: number;
}

/** The supported encoding a `charset` names, `undefined` when it names none we read. */
export function supportedCharset(charset: string): string | undefined {
  return SUPPORTED[charset.trim().replace(/^"|"$/g, '').toLowerCase()];
}

/** The `charset` parameter of a Content-Type, lower-cased, or null. */
export function charsetOf(contentType: string | undefined): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match ? match[1].toLowerCase() : null;
}

/**
 * Chooses how to read an upload from its first bytes (`head`: up to 64 KB, whole lines) and the
 * charset its request declared. A byte order mark wins (it cannot lie about UTF-16); then a declared
 * charset; then UTF-8 when the head is valid UTF-8, else Windows-1252, what French Excel's
 * "CSV (séparateur: point-virgule)" writes.
 */
export function chooseEncoding(head: Buffer, declared: string | null, complete: boolean): EncodingChoice {
  const declaredName = declared === null ? null : (supportedCharset(declared) ?? null);
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { used: 'utf-8', declared, detected: null, note: null, bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { used: 'utf-16le', declared, detected: null, note: null, bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { used: 'utf-16be', declared, detected: null, note: null, bomLength: 2 };
  if (declaredName === 'utf-16') return { used: 'utf-16be', declared, detected: null, note: 'UTF-16 without a byte order mark is read big-endian', bomLength: 0 };
  if (declaredName) return { used: declaredName, declared, detected: null, note: null, bomLength: 0 };
  if (isUtf8(head, complete)) return { used: 'utf-8', declared, detected: null, note: null, bomLength: 0 };
  return {
    used: 'windows-1252',
    declared,
    detected: 'windows-1252',
    note: 'The file is not UTF-8: it was read as Windows-1252 (what Excel saves as "CSV (séparateur: point-virgule)"). Declare charset=utf-8 or save as "CSV UTF-8" if that is wrong.',
    bomLength: 0,
  };
}

/** Whether `bytes` are valid UTF-8; when `complete` is false a sequence cut at the very end is allowed. */
export function isUtf8(bytes: Buffer, complete = true): boolean {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need: number;
    let min: number;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return false;
    if (i + need >= bytes.length) {
      // The sequence runs past what was read: wrong at the end of the file, fine at the end of a chunk.
      if (complete) return false;
      for (let k = i + 1; k < bytes.length; k++) if ((bytes[k] & 0xc0) !== 0x80) return false;
      return true;
    }
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return false;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    i += need + 1;
  }
  return true;
}

/** Decodes a byte stream as text, chunk by chunk (a character cut between chunks is kept for the next). */
export async function* decodeStream(bytes: AsyncIterable<Buffer>, choice: EncodingChoice): AsyncGenerator<string> {
  const decoder = iconv.getDecoder(choice.used, { stripBOM: false });
  let skip = choice.bomLength;
  for await (let chunk of bytes) {
    if (skip > 0) {
      const cut = Math.min(skip, chunk.length);
      chunk = chunk.subarray(cut);
      skip -= cut;
    }
    const text = decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/**
 * The charset declared on the multipart part named `field`, read from the raw form's first bytes
 * (busboy reads it but does not hand it over). Null when the part says none or is not there yet.
 */
export function multipartPartCharset(head: Buffer, field: string): string | null {
  const text = head.toString('latin1');
  for (const block of text.split(/\r\n\r\n/)) {
    const disposition = /content-disposition:[^\r\n]*\bname="?([^";\r\n]+)"?/i.exec(block);
    if (disposition?.[1] !== field) continue;
    const type = /content-type:([^\r\n]*)/i.exec(block);
    return type ? charsetOf(type[1]) : null;
  }
  return null;
}

/** The row error for a cell holding bytes the file's encoding cannot read (it would be stored as U+FFFD). */
export function undecodableMessage(encoding: string): string {
  return `holds bytes that are not valid ${encoding}: nothing of this row was imported (save the file as "CSV UTF-8", or declare its charset)`;
}
