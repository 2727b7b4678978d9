/** A row error as the api reports it. */
export interface RowError {
  row: number;
  field: string;
  message: string;
  /** What is wrong as a stable code, when the import gives one. */
  code?: string;
  value?: string;
}

const BOM = '\uFEFF';

/** One CSV cell: quoted when it holds the separator, a quote or a line break; formulas defused for spreadsheets. */
export function csvCell(value: string, separator: string): string {
  // A cell starting with = + - @ would run as a formula in Excel (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The records of a CSV text (quoted cells, doubled quotes, CRLF or LF, line breaks inside quotes),
 * skipping empty lines as the api's reader does, so that record n + 1 is the api's row n + 1.
 * A leading BOM is dropped.
 */
export function parseCsvRecords(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRecord = () => {
    record.push(cell);
    if (!(record.length === 1 && record[0] === '')) records.push(record);
    record = [];
    cell = '';
  };
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === separator) {
      record.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else cell += ch;
  }
  if (cell !== '' || record.length) endRecord();
  return records;
}

export interface ErrorFileInput {
  errors: RowError[];
  /** The imported file's records (header first), when the browser could read it. */
  records: string[][] | null;
  separator: string;
  labels: { row: string; field: string; value: string; message: string; errors: string };
}

/**
 * The error file: the rows that failed, as written in the imported file, with their errors in a last
 * column (to fix and import again); or, when the file could not be read back, one line per error
 * (row, column, value as written, message). UTF-8 with a BOM and CRLF line ends so that Excel opens
 * it with its accents; separated as the imported file was (`;` for a French Excel export).
 */
export function errorFileText({ errors, records, separator, labels }: ErrorFileInput): string {
  let lines: string[][];
  if (records && records.length > 0) {
    const byRow = new Map<number, RowError[]>();
    for (const error of errors) byRow.set(error.row, [...(byRow.get(error.row) ?? []), error]);
    const header = records[0]!;
    lines = [[...header, labels.errors]];
    for (const [row, rowErrors] of [...byRow].sort((a, b) => a[0] - b[0])) {
      const cells = records[row - 1] ?? [];
      const padded = [...cells, ...Array(Math.max(0, header.length - cells.length)).fill('')];
      lines.push([...padded, rowErrors.map((e) => `${e.field}: ${e.message}`).join(' | ')]);
    }
  } else {
    lines = [[labels.row, labels.field, labels.value, labels.message], ...errors.map((e) => [String(e.row), e.field, e.value ?? '', e.message])];
  }
  return BOM + lines.map((cells) => cells.map((cell) => csvCell(cell, separator)).join(separator)).join('\r\n') + '\r\n';
}

/** The error file's name, from the imported file's: `staff.csv` → `staff-errors.csv`. */
export function errorFileName(fileName: string, suffix: string): string {
  const base = fileName.replace(/\.[^.]+$/, '') || 'import';
  return `${base}-${suffix}.csv`;
}

/** Reads a file back as the api did (its encoding), for the error file; null when the browser cannot. */
export async function readRecords(file: Blob, encoding: string, separator: string): Promise<string[][] | null> {
  try {
    const text = new TextDecoder(encoding).decode(await file.arrayBuffer());
    return parseCsvRecords(text, separator);
  } catch {
    return null;
  }
}

/** Starts the download of `text` as a CSV file. */
export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
