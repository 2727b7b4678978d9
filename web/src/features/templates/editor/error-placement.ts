/** One problem the api found in a draft, placed: which locale, which field, which line. */
export interface PlacedError {
  /** The api's path, e.g. `variants.fr.body`, `variants.en.faq[1].answer`. */
  path: string;
  /** `fr`; null when the problem concerns the whole content (`variants`). */
  locale: string | null;
  /** The field inside the variant (`body`, `subject`, `keyMessages[0]`, `callToAction.url`); null for the variant as a whole. */
  field: string | null;
  /** The line the message names (1-based), else null. */
  line: number | null;
  /** What is wrong, without its "line N: " prefix: in the reader's language when a translator was given. */
  message: string;
  /** The api's stable code (`SOURCE.UNKNOWN_VARIABLE`, `FIELD.REQUIRED`), when it gave one. */
  code?: string;
}

const VARIANT_PATH = /^variants(?:\.([^.[\]]+)(?:\.(.+))?)?$/;
const LINE_PREFIX = /^line (\d+):\s*/;

type SourceProblem = { path: string; message: string; code?: string; params?: Record<string, string | number> };

/**
 * Places `{path: 'variants.fr.body', message: 'line 3: …'}` at locale `fr`, field `body`, line 3; `say`
 * puts a coded problem in the reader's words (its text never holds the line: the placement says it).
 */
export function placeError(error: SourceProblem, say?: (problem: SourceProblem) => string): PlacedError {
  const match = VARIANT_PATH.exec(error.path);
  const line = LINE_PREFIX.exec(error.message);
  const message = line ? error.message.slice(line[0].length) : error.message;
  return {
    path: error.path,
    locale: match?.[1] ?? null,
    field: match ? (match[2] ?? null) : error.path,
    line: line ? Number(line[1]) : null,
    message: say && error.code ? say({ ...error, message }) : message,
    ...(error.code && { code: error.code }),
  };
}

/** The problems of one field of one locale. */
export const errorsAt = (errors: PlacedError[], locale: string, field: string): PlacedError[] => errors.filter((e) => e.locale === locale && e.field === field);

export interface LineDiagnostic {
  from: number;
  to: number;
  severity: 'error';
  message: string;
}

/**
 * The problems of a field as editor diagnostics: each marks its whole line (from its first
 * non-blank character), a line beyond the end marking the last one. Problems without a line mark
 * the first line, so none goes unseen in the editor.
 */
export function lineDiagnostics(doc: string, errors: PlacedError[]): LineDiagnostic[] {
  const starts = [0];
  for (let i = 0; i < doc.length; i++) if (doc[i] === '\n') starts.push(i + 1);
  return errors.map((error) => {
    const index = Math.min(Math.max((error.line ?? 1) - 1, 0), starts.length - 1);
    const lineStart = starts[index]!;
    const lineEnd = index + 1 < starts.length ? starts[index + 1]! - 1 : doc.length;
    const indent = /^\s*/.exec(doc.slice(lineStart, lineEnd))![0].length;
    const from = lineStart + indent < lineEnd ? lineStart + indent : lineStart;
    return { from, to: lineEnd, severity: 'error' as const, message: error.line ? error.message : `${error.message}` };
  });
}
