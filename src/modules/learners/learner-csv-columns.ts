import { FieldProblem } from '../../common/errors/field-problem';
import type { FieldError, LearnerField, LearnerInput } from './learner-input';

/** What a CSV column can hold: a learner field, or `persona` (a persona name, resolved later). */
export type CsvField = Exclude<LearnerField, 'attributes' | 'personaId'> | 'persona';

/**
 * Header aliases, compared after folding (accents, case, spaces, `_`, `-` and punctuation
 * removed), so `External ID`, `external_id` and `externalId` are one column. French names cover
 * what a French HR export or a hand-made Excel sheet usually carries.
 */
export const CSV_COLUMN_ALIASES: Readonly<Record<CsvField, readonly string[]>> = {
  externalId: ['externalid', 'employeeid', 'employeenumber', 'id', 'matricule', 'identifiant'],
  email: ['email', 'emailaddress', 'mail', 'courriel', 'adresseemail', 'adressemail', 'adressecourriel'],
  firstName: ['firstname', 'givenname', 'prenom'],
  lastName: ['lastname', 'surname', 'familyname', 'nom', 'nomdefamille'],
  locale: ['locale', 'language', 'lang', 'langue'],
  timeZone: ['timezone', 'tz', 'fuseauhoraire'],
  department: ['department', 'dept', 'departement', 'service', 'direction'],
  jobTitle: ['jobtitle', 'title', 'position', 'poste', 'fonction', 'intituledeposte', 'intituleduposte'],
  site: ['site', 'location', 'office', 'etablissement'],
  country: ['country', 'countrycode', 'pays', 'codepays'],
  managerExternalId: ['managerexternalid', 'manager', 'managerid', 'manageremployeeid', 'responsable', 'matriculemanager'],
  hireDate: ['hiredate', 'startdate', 'dateembauche', 'datedembauche', 'dateentree', 'datedentree'],
  persona: ['persona', 'personaname'],
  networkHandle: ['networkhandle', 'handle', 'pseudo', 'pseudoreseau'],
  consentEmail: ['consentemail', 'emailconsent', 'consentementemail', 'consentementmail'],
  consentNetwork: ['consentnetwork', 'networkconsent', 'consentementreseau'],
};

export const REQUIRED_CSV_FIELDS: readonly CsvField[] = ['externalId', 'email'];

/** How a missing required column may be headed, as people write it, French included (each is an alias). */
export const SUGGESTED_HEADERS: Readonly<Record<'externalId' | 'email', readonly string[]>> = {
  externalId: ['external_id', 'employee_id', 'Matricule', 'Identifiant'],
  email: ['email', 'E-mail', 'Courriel', 'Adresse e-mail'],
};

const FIELD_BY_ALIAS = new Map<string, CsvField>(
  Object.entries(CSV_COLUMN_ALIASES).flatMap(([field, aliases]) => aliases.map((alias) => [alias, field as CsvField] as const)),
);

export interface CsvColumn {
  index: number;
  /** The header as written in the file; row errors name the column this way. */
  header: string;
}

export interface LearnerCsvLayout {
  fields: Partial<Record<CsvField, CsvColumn>>;
  /** Columns that are no learner field: their non-empty cells land in `attributes`. */
  attributes: Array<CsvColumn & { key: string }>;
  width: number;
}

export interface LayoutProblem {
  /** The field a missing column would fill; the header of a colliding column. */
  path: string;
  message: string;
  code: 'IMPORT.MISSING_COLUMN' | 'IMPORT.AMBIGUOUS_COLUMN';
}

export interface LearnerCsvPlan {
  layout: LearnerCsvLayout;
  /** Required columns the header lacks. */
  missing: LayoutProblem[];
  /** Columns that collide: two headers for one field or one attribute key. */
  ambiguous: LayoutProblem[];
  /** Index of each colliding column → index of the column that fills the same field or key first. */
  collisions: Map<number, number>;
}

/** Maps a header row to learner fields and attribute keys; names missing and ambiguous columns. */
export function planLearnerColumns(header: string[]): LearnerCsvPlan {
  const layout: LearnerCsvLayout = { fields: {}, attributes: [], width: header.length };
  const missing: LayoutProblem[] = [];
  const ambiguous: LayoutProblem[] = [];
  const collisions = new Map<number, number>();
  const attributeOwners = new Map<string, CsvColumn>();

  header.forEach((raw, index) => {
    const title = raw.trim();
    if (!title) return; // a column without a header (often a trailing separator) is ignored
    const field = FIELD_BY_ALIAS.get(foldHeader(title));
    if (field) {
      const taken = layout.fields[field];
      if (taken) {
        ambiguous.push({ path: title, message: `both "${taken.header}" and "${title}" are the ${field} column`, code: 'IMPORT.AMBIGUOUS_COLUMN' });
        collisions.set(index, taken.index);
      } else layout.fields[field] = { index, header: title };
      return;
    }
    const key = attributeKey(title, index);
    const owner = attributeOwners.get(key);
    if (owner) {
      ambiguous.push({ path: title, message: `both "${owner.header}" and "${title}" would be the attribute "${key}"`, code: 'IMPORT.AMBIGUOUS_COLUMN' });
      collisions.set(index, owner.index);
      return;
    }
    attributeOwners.set(key, { index, header: title });
    layout.attributes.push({ index, header: title, key });
  });

  for (const field of REQUIRED_CSV_FIELDS) {
    if (!layout.fields[field]) {
      missing.push({
        path: field,
        message: `the file has no ${field} column (headed e.g. ${SUGGESTED_HEADERS[field as keyof typeof SUGGESTED_HEADERS].join(', ')})`,
        code: 'IMPORT.MISSING_COLUMN',
      });
    }
  }
  return { layout, missing, ambiguous, collisions };
}

export interface LearnerCsvRow {
  input: LearnerInput;
  /** The persona name: undefined when the file has no persona column, null when the cell is empty. */
  personaName?: string | null;
  /** Problems found while reading cells, named by the file's headers. */
  errors: FieldError[];
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'oui', 'o', 'vrai']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'non', 'faux']);
const DAY_FIRST_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * Turns one row's cells into learner input. An absent or empty locale, time zone or consent
 * means "leave as is" (the workspace default on creation); an empty cell of another column
 * clears that field.
 */
export function readLearnerRow(cells: string[], layout: LearnerCsvLayout): LearnerCsvRow {
  const input: LearnerInput = {};
  const errors: FieldError[] = [];
  const row: LearnerCsvRow = { input, errors };

  const extra = cells.slice(layout.width).filter((cell) => cell.trim() !== '');
  if (extra.length) {
    errors.push({
      field: 'row',
      message: `has ${layout.width + extra.length} values but the header has ${layout.width} columns: quote values that contain the separator`,
      code: FieldProblem.WrongCellCount,
    });
    return row;
  }

  for (const [field, column] of Object.entries(layout.fields) as Array<[CsvField, CsvColumn]>) {
    const cell = (cells[column.index] ?? '').trim();
    switch (field) {
      case 'persona':
        row.personaName = cell || null;
        break;
      case 'locale':
      case 'timeZone':
        if (cell) input[field] = cell;
        break;
      case 'consentEmail':
      case 'consentNetwork': {
        if (!cell) break;
        const word = cell.toLowerCase();
        if (TRUE_WORDS.has(word)) input[field] = true;
        else if (FALSE_WORDS.has(word)) input[field] = false;
        else errors.push({ field: column.header, message: `"${cell}" is not yes/no, true/false, oui/non or 1/0`, code: FieldProblem.InvalidBoolean });
        break;
      }
      case 'hireDate': {
        // Spreadsheets in French (and most European) settings write dates day first.
        const dayFirst = DAY_FIRST_DATE.exec(cell);
        input.hireDate = dayFirst ? `${dayFirst[3]}-${dayFirst[2].padStart(2, '0')}-${dayFirst[1].padStart(2, '0')}` : cell;
        break;
      }
      default:
        input[field] = cell;
    }
  }

  const attributes: Record<string, string> = {};
  for (const column of layout.attributes) {
    const cell = (cells[column.index] ?? '').trim();
    if (cell) attributes[column.key] = cell;
  }
  if (layout.attributes.length) input.attributes = attributes;
  return row;
}

/** The file's header for an error of `normaliseLearnerInput` (`timeZone`, `attributes.grade`). */
export function headerForField(field: string, layout: LearnerCsvLayout): string {
  if (field.startsWith('attributes.')) {
    const key = field.slice('attributes.'.length);
    return layout.attributes.find((a) => a.key === key)?.header ?? field;
  }
  return layout.fields[field as CsvField]?.header ?? field;
}

/** `Date d'embauche` → `datedembauche`: what aliases are compared on. */
export function foldHeader(header: string): string {
  return stripAccents(header).toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** `Cost Center` / `costCenter` / `Centre de coût` → `cost_center` / `cost_center` / `centre_de_cout`. */
export function attributeKey(header: string, index: number): string {
  const key = stripAccents(header)
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .slice(0, 64)
    .replace(/^_+|_+$/g, '');
  return key || `column_${index + 1}`;
}

function stripAccents(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}
