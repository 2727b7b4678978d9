import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import { theme } from '../../theme';
import { ColumnMappingPreview } from './column-mapping-preview';
import type { ImportPreview } from './types';

const preview: ImportPreview = {
  encoding: { used: 'windows-1252', declared: null, detected: 'windows-1252', note: 'The file is not UTF-8: it was read as Windows-1252.' },
  delimiter: ';',
  columns: [
    { index: 0, header: 'Matricule', field: 'externalId', attribute: null, ignored: null },
    { index: 1, header: 'Prénom', field: 'firstName', attribute: null, ignored: null },
    { index: 2, header: 'Adresse e-mail', field: 'email', attribute: null, ignored: null },
    { index: 3, header: 'Centre de coût', field: null, attribute: 'centre_de_cout', ignored: null },
    { index: 4, header: '', field: null, attribute: null, ignored: 'no_header' },
    { index: 5, header: 'Mail', field: null, attribute: null, ignored: 'ambiguous' },
  ],
  missing: [],
  ambiguous: [{ path: 'Mail', message: 'both "Adresse e-mail" and "Mail" are the email column' }],
  rows: [
    { row: 2, cells: ['E-1', 'Hélène', 'helene@acme.fr', 'CC-1', '', ''] },
    { row: 3, cells: ['E-2', 'Benoît', 'benoit@acme.fr', 'CC-2', '', 'b@acme.fr'] },
  ],
};

const labels: Record<string, string> = { externalId: 'Employee ID', firstName: 'First name', email: 'Email' };

const frLabels: Record<string, string> = { externalId: 'Matricule', firstName: 'Prénom', email: 'E-mail' };

function show(value: ImportPreview, language = 'en') {
  void i18n.changeLanguage(language);
  const names = language === 'fr' ? frLabels : labels;
  return render(
    <MantineProvider theme={theme}>
      <ColumnMappingPreview
        preview={value}
        fieldLabel={(field) => names[field] ?? field}
        headerExamples={(field) => (field === 'email' ? '« E-mail » ou « Courriel »' : undefined)}
      />
    </MantineProvider>,
  );
}

// What the learners' preview answers for a file with a bad email and a bad date in its first rows.
const withProblems: ImportPreview = {
  ...preview,
  ambiguous: [],
  columns: preview.columns.slice(0, 4),
  rows: [
    { row: 2, cells: ['E-1', 'Hélène', 'helene(at)acme.fr', 'CC-1'] },
    { row: 3, cells: ['E-2', 'Benoît', 'benoit@acme.fr', 'CC-2'] },
    { row: 4, cells: ['E-1', 'Zoë', 'zoe@acme.fr', 'CC-3'] },
  ],
  problems: [
    { row: 2, field: 'Adresse e-mail', code: 'FIELD.INVALID_EMAIL', message: '"helene(at)acme.fr" is not a valid email address', value: 'helene(at)acme.fr' },
    { row: 4, field: 'Matricule', code: 'ROW.REPEATED_EXTERNAL_ID', message: '"E-1" already appears in row 2; only that row is imported', value: 'E-1' },
  ],
};

describe('ColumnMappingPreview', () => {
  it('shows the field, attribute or reason to ignore for every header', () => {
    show(preview);
    const mapping = screen.getByRole('region', { name: 'Columns of the file and the field each fills' });
    const rows = within(mapping).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['Matricule', 'Employee ID'],
      ['Prénom', 'First name'],
      ['Adresse e-mail', 'Email'],
      ['Centre de coût', 'Attribute “centre_de_cout”'],
      ['—', 'Ignored (no header)'],
      ['Mail', 'Ignored (another column fills this field)'],
    ]);
  });

  it('says which headers an import without attributes (enrolments) does not read', () => {
    show({ ...preview, columns: [{ index: 0, header: 'email', field: 'email', ignored: null }, { index: 1, header: 'Groupe', field: null, ignored: 'unknown' }] });
    const mapping = screen.getByRole('region', { name: 'Columns of the file and the field each fills' });
    const rows = within(mapping).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['email', 'Email'],
      ['Groupe', 'Ignored (not a column this import reads)'],
    ]);
  });

  it('tells the encoding and separator detected, with a note on the encoding', () => {
    show(preview);
    expect(screen.getByText('Encoding: WINDOWS-1252')).toBeInTheDocument();
    expect(screen.getByText('Separator: semicolon')).toBeInTheDocument();
    expect(screen.getByText(/^The file is not UTF-8: it was read as WINDOWS-1252/)).toBeInTheDocument();
  });

  it('keeps the api’s own note when no encoding was detected (its text is the only one)', () => {
    show({ ...preview, encoding: { used: 'utf-16be', declared: 'utf-16', detected: null, note: 'UTF-16 without a byte order mark is read big-endian' } });
    expect(screen.getByText('UTF-16 without a byte order mark is read big-endian')).toBeInTheDocument();
  });

  it('shows the first rows as read, accents intact, under their headers', () => {
    show(preview);
    const sample = screen.getByRole('region', { name: 'First rows of the file' });
    const [header, first, second] = within(sample).getAllByRole('row');
    expect(within(header!).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Row', 'Matricule', 'Prénom', 'Adresse e-mail', 'Centre de coût', '—', 'Mail']);
    expect(within(first!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2', 'E-1', 'Hélène', 'helene@acme.fr', 'CC-1', '', '']);
    expect(within(second!).getByText('Benoît')).toBeInTheDocument();
  });

  it('names what stops the import: missing and colliding columns', () => {
    show({ ...preview, missing: [{ path: 'email', message: 'the file has no email column (accepted headers include email, mail)' }] });
    const alerts = screen.getAllByRole('alert');
    expect(alerts[0]).toHaveTextContent('The file cannot be imported as it is');
    expect(alerts[0]).toHaveTextContent('the file has no email column');
    expect(alerts[1]).toHaveTextContent('both "Adresse e-mail" and "Mail" are the email column');
  });

  it('warns about the first rows the import would refuse, with the cell as written and the problem in the reader’s language', () => {
    show(withProblems, 'fr');
    expect(screen.getByText(/^2 des 3 premières lignes ne seront pas importées en l’état/)).toBeInTheDocument();
    const table = screen.getByRole('region', { name: 'Problèmes dans les premières lignes du fichier' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['2', 'Adresse e-mail', 'helene(at)acme.fr', 'Adresse e-mail invalide'],
      ['4', 'Matricule', 'E-1', 'Ce matricule figure plus haut dans le fichier : seule cette ligne-là est importée'],
    ]);
    // The cell at fault is marked in the sample, its problem in its title.
    const sample = screen.getByRole('region', { name: 'Premières lignes du fichier' });
    expect(within(sample).getByRole('cell', { name: 'helene(at)acme.fr' })).toHaveAttribute('title', 'Adresse e-mail invalide');
    expect(within(sample).getByRole('cell', { name: 'benoit@acme.fr' })).not.toHaveAttribute('title');
    void i18n.changeLanguage('en');
  });

  it('on a phone, shows each refused row as a card: its row, column, cell and problem', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query.includes('max-width'),
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }));
    show(withProblems, 'fr');
    const list = screen.getByRole('region', { name: 'Problèmes dans les premières lignes du fichier' });
    expect(within(list).queryByRole('table')).not.toBeInTheDocument();
    const cards = within(list).getAllByRole('listitem');
    expect(cards.map((card) => card.textContent)).toEqual([
      'Ligne 2 · Adresse e-mailhelene(at)acme.frAdresse e-mail invalide',
      'Ligne 4 · MatriculeE-1Ce matricule figure plus haut dans le fichier : seule cette ligne-là est importée',
    ]);
    vi.unstubAllGlobals();
    void i18n.changeLanguage('en');
  });

  it('says when the first rows read well, and says nothing of rows for an import that does not check them', () => {
    show({ ...withProblems, problems: [] });
    expect(screen.getByText('The first 3 rows read well.')).toBeInTheDocument();
    show({ ...withProblems, problems: undefined });
    expect(screen.getAllByText('The first 3 rows read well.')).toHaveLength(1);
  });

  it('names missing and colliding columns in French when the api gives their codes', () => {
    show(
      {
        ...preview,
        missing: [{ path: 'email', code: 'IMPORT.MISSING_COLUMN', message: 'the file has no email column (headed e.g. email, E-mail)' }],
        columns: [...preview.columns.slice(0, 5), { ...preview.columns[5]!, collidesWith: 2 }],
        ambiguous: [{ path: 'Mail', code: 'IMPORT.AMBIGUOUS_COLUMN', message: 'both "Adresse e-mail" and "Mail" are the email column' }],
      },
      'fr',
    );
    const [missing, ambiguous] = screen.getAllByRole('alert');
    expect(missing).toHaveTextContent('Le fichier ne peut pas être importé en l’état');
    expect(missing).toHaveTextContent('Aucune colonne n’est lue comme E-mail : intitulez-en une par exemple « E-mail » ou « Courriel ».');
    expect(ambiguous).toHaveTextContent('« Adresse e-mail » et « Mail » rempliraient toutes deux E-mail : gardez-en une, ou renommez l’autre.');
    expect(document.body).not.toHaveTextContent(/the file has no|both "/);
    void i18n.changeLanguage('en');
  });

  it('speaks French', () => {
    show(preview, 'fr');
    expect(screen.getByText('Encodage : WINDOWS-1252')).toBeInTheDocument();
    expect(screen.getByText('Séparateur : point-virgule')).toBeInTheDocument();
    expect(screen.getByText('Attribut « centre_de_cout »')).toBeInTheDocument();
    // The api's English note, said in French.
    expect(screen.getByText(/^Le fichier n’est pas en UTF-8 : il a été lu en WINDOWS-1252/)).toBeInTheDocument();
    void i18n.changeLanguage('en');
  });
});
