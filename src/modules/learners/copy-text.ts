/** A value COPY's text format can carry: null is `\N`, booleans are `t`/`f`. */
export type CopyValue = string | number | boolean | null | undefined;

const SPECIAL = /[\\\n\r\t]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One line of `COPY … FROM STDIN` text format, with its newline. */
export function copyTextLine(values: readonly CopyValue[]): string {
  return `${values.map(copyTextValue).join('\t')}\n`;
}

function copyTextValue(value: CopyValue): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return String(value).replace(SPECIAL, (c) => ESCAPES[c]);
}
