import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/api-error';
import i18n from '../../i18n';
import { theme } from '../../theme';
import { CsvImport } from './csv-import';
import { uploadCsv } from './upload';

vi.mock('./upload', () => ({ uploadCsv: vi.fn() }));

function choose(failure: ApiError) {
  vi.mocked(uploadCsv).mockRejectedValueOnce(failure);
  void i18n.changeLanguage('fr');
  render(
    <MantineProvider theme={theme}>
      <CsvImport importPath="/v1/learners/import" previewPath="/v1/learners/import/preview" fieldLabel={(f) => f} />
    </MantineProvider>,
  );
  return userEvent.upload(screen.getByLabelText('Fichier CSV à importer'), new File(['x'], 'export.csv', { type: 'text/csv' }));
}

afterEach(() => void i18n.changeLanguage('en'));

describe('CsvImport', () => {
  it('says in French why a file cannot be read, with the row, where the api gives its code', async () => {
    await choose(new ApiError(400, 'IMPORT.MALFORMED_CSV', 'The CSV file cannot be read near row 3: Quote Not Closed', [{ path: 'row 3', message: 'Quote Not Closed' }]));
    expect(await screen.findByRole('alert')).toHaveTextContent('Le fichier ne se lit pas comme un CSV vers la ligne 3 (un guillemet resté ouvert ?). Rien n’a été importé.');
  });

  it('translates the other import problems by their codes', async () => {
    await choose(new ApiError(400, 'IMPORT.EMPTY_FILE', 'The CSV file is empty: it needs a header row', [{ path: 'file', message: 'no header row' }]));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Le fichier est vide : il doit au moins contenir une ligne d’en-têtes/);
  });

  it('keeps the api’s words for a code it does not know', async () => {
    await choose(new ApiError(400, 'IMPORT.SOMETHING_NEW', 'Something new went wrong', [{ path: 'file', message: 'new problem' }]));
    expect(await screen.findByRole('alert')).toHaveTextContent('Something new went wrong — file: new problem');
  });
});
