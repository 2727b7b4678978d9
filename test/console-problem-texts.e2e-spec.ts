import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FieldProblem } from '../src/common/errors/field-problem';
import { problemText, SOURCE_PROBLEM_CODES } from '../src/modules/templates/source-problems';

/**
 * Every problem code the api can answer to a screen of the console has a text in the console's
 * French (web/src/api/i18n/fr.json, the `problems` namespace): a French DLM never reads the api's English. In English the
 * console keeps the api's own message (it is English and often more precise), except for field and
 * row codes, whose api messages are fragments ("must be…"): those have English text too.
 */
const ROOT = join(__dirname, '..');

// Codes of endpoints no console screen calls yet (machines, or screens still to come), with why.
const NOT_MET_BY_THE_CONSOLE: Record<string, string> = {
  PLAN: 'dry-run warnings: the campaign builder words them itself, with their numbers (web/src/features/campaigns/i18n)',
  TRACKING: 'public tracking links, answered to learners, not to the console',
  LMS: 'signed LMS webhook, called by the LMS',
  XAPI: 'xAPI endpoint, called by the LMS',
  LEARNING_EVENT: 'LMS events, called by the LMS',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts'))
    .map((e) => join(e.parentPath, e.name));
}

/** Each `DOMAIN.CODE` the api's source throws or puts in a problem: the code and the files it is in. */
function emittedCodes(): Map<string, string[]> {
  const codes = new Map<string, string[]>();
  // Codes are the only quoted strings of this shape in the api's source (`'SEGMENT.UNKNOWN_FIELD'`).
  const pattern = /'([A-Z][A-Z_]+\.[A-Z][A-Z0-9_]+)'/g;
  for (const file of sourceFiles(join(ROOT, 'src'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(pattern)) {
      codes.set(match[1]!, [...(codes.get(match[1]!) ?? []), file.slice(ROOT.length + 1)]);
    }
  }
  return codes;
}

function table(locale: 'en' | 'fr'): Record<string, Record<string, string>> {
  return JSON.parse(readFileSync(join(ROOT, 'web', 'src', 'api', 'i18n', `${locale}.json`), 'utf8'));
}

const textOf = (t: Record<string, Record<string, string>>, code: string): string | undefined => {
  const [family, name] = code.split('.') as [string, string];
  return t[family]?.[name];
};

describe('The console says every problem the api can answer it', () => {
  const codes = emittedCodes();

  it('finds the api’s codes (the scan itself works)', () => {
    expect(codes.has('USER.ALREADY_MEMBER')).toBe(true);
    expect(codes.has('NETWORK_CHANNEL.HOST_FORBIDDEN')).toBe(true);
    expect(codes.size).toBeGreaterThan(60);
  });

  it('has French text for each code of a screen of the console', () => {
    const fr = table('fr');
    const missing = [...codes]
      .filter(([code]) => !(code.split('.')[0]! in NOT_MET_BY_THE_CONSOLE))
      .filter(([code]) => !textOf(fr, code)?.trim())
      .map(([code, files]) => `${code} (${[...new Set(files)].join(', ')})`);
    expect(missing).toEqual([]);
  });

  it('has French and English text for every field and row problem', () => {
    const fr = table('fr');
    const en = table('en');
    const missing = Object.values(FieldProblem).flatMap((code) => [
      ...(textOf(fr, code)?.trim() ? [] : [`fr ${code}`]),
      ...(textOf(en, code)?.trim() ? [] : [`en ${code}`]),
    ]);
    expect(missing).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const fr = table('fr');
    const en = table('en');
    const placeholders = (text: string | undefined) => [...(text ?? '').matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const differing = Object.entries(en).flatMap(([family, texts]) =>
      Object.keys(texts)
        .filter((name) => JSON.stringify(placeholders(texts[name])) !== JSON.stringify(placeholders(fr[family]?.[name])))
        .map((name) => `${family}.${name}`),
    );
    expect(differing).toEqual([]);
  });

  it('says each problem of a template’s source in both languages, with only the values the api gives', () => {
    const fr = table('fr');
    const en = table('en');
    const wrong = SOURCE_PROBLEM_CODES.flatMap((code) => {
      // The values the English text reads are the ones the api sends (and the line, always).
      const given = new Set(['line']);
      problemText({ code, params: new Proxy({}, { get: (_, key) => (given.add(String(key)), 'x') }) });
      return [fr, en].flatMap((t, i) => {
        const text = textOf(t, code);
        if (!text?.trim()) return [`${i ? 'en' : 'fr'} ${code}: no text`];
        const unknown = [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).filter((name) => !given.has(name));
        return unknown.length ? [`${i ? 'en' : 'fr'} ${code}: ${unknown.join(', ')} not given`] : [];
      });
    });
    expect(wrong).toEqual([]);
  });
});
