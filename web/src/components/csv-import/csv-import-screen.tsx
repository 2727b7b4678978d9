import { Alert, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { PageHeader } from '../page-header';
import { CsvImport, type CsvImportProps } from './csv-import';

export interface CsvImportScreenProps extends CsvImportProps {
  /** The way back to the list the import fills. */
  back: ReactNode;
  title: string;
  /** What the import does with the rows, and the columns it reads. */
  description: string;
  /** Whether the person's role may import; if not, `readOnly` says so in place of the import. */
  allowed: boolean;
  readOnly: string;
}

/** A screen that imports a CSV file into a list: a way back, what the import does, and the import. */
export function CsvImportScreen({ back, title, description, allowed, readOnly, ...importProps }: CsvImportScreenProps) {
  return (
    <Stack gap="lg">
      {back}
      <PageHeader title={title} description={description} />
      {allowed ? (
        <CsvImport {...importProps} />
      ) : (
        <Alert color="gray" role="note">
          {readOnly}
        </Alert>
      )}
    </Stack>
  );
}
