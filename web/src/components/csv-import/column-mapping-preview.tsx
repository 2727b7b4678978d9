import { Alert, Badge, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../scroll-region';
import { encodingNote, type ImportPreview, type PreviewColumn } from './types';

const SEPARATORS: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/**
 * How the import will read a file: each header and the field (or attribute) it fills, the
 * encoding and separator detected, what stops the import, and the first rows as read.
 */
export function ColumnMappingPreview({ preview, fieldLabel }: { preview: ImportPreview; fieldLabel: (field: string) => string }) {
  const { t } = useTranslation('csvImport');
  const separator = SEPARATORS[preview.delimiter];
  const note = encodingNote(t, preview.encoding);

  const readAs = (column: PreviewColumn) => {
    if (column.field) return <Badge variant="light" color="blue" c="blue.9" tt="none">{fieldLabel(column.field)}</Badge>;
    if (column.attribute) return <Badge variant="light" color="grape" c="grape.9" tt="none">{t('attribute', { key: column.attribute })}</Badge>;
    return (
      <Text size="sm" c="dimmed">
        {column.ignored === 'no_header' ? t('ignoredNoHeader') : column.ignored === 'unknown' ? t('ignoredUnknown') : t('ignoredAmbiguous')}
      </Text>
    );
  };

  return (
    <Stack gap="md">
      <Group gap="md">
        <Text size="sm">{t('encoding', { encoding: preview.encoding.used.toUpperCase() })}</Text>
        {separator && <Text size="sm">{t('separator', { separator: t(`separators.${separator}`) })}</Text>}
      </Group>
      {note && (
        <Alert color="blue" title={t('encodingNote')} role="note">
          {note}
        </Alert>
      )}
      {preview.missing.length > 0 && (
        <Alert color="red" title={t('missingTitle')} role="alert">
          <List size="sm">
            {preview.missing.map((problem) => (
              <List.Item key={problem.path}>{problem.message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {preview.ambiguous.length > 0 && (
        <Alert color="red" title={t('ambiguousTitle')} role="alert">
          <List size="sm">
            {preview.ambiguous.map((problem) => (
              <List.Item key={problem.path}>{problem.message}</List.Item>
            ))}
          </List>
        </Alert>
      )}

      <ScrollRegion label={t('mappingTable')}>
        <Table verticalSpacing="xs" striped miw={360}>
          <Table.Caption>{t('mappingTable')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('column')}</Table.Th>
              <Table.Th>{t('mapsTo')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.columns.map((column) => (
              <Table.Tr key={column.index}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {column.header || '—'}
                  </Text>
                </Table.Td>
                <Table.Td>{readAs(column)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>

      {preview.rows.length > 0 && (
        <section aria-labelledby="csv-sample-title">
          <Title id="csv-sample-title" order={3} size="h5" mb="xs">
            {t('sampleTitle')}
          </Title>
          <ScrollRegion label={t('sampleTable')}>
            <Table verticalSpacing="xs" striped withTableBorder miw={Math.max(360, preview.columns.length * 120)}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('rowNumber')}</Table.Th>
                  {preview.columns.map((column) => (
                    <Table.Th key={column.index}>{column.header || '—'}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.rows.map((row) => (
                  <Table.Tr key={row.row}>
                    <Table.Td>{row.row}</Table.Td>
                    {preview.columns.map((column) => (
                      <Table.Td key={column.index}>{row.cells[column.index] ?? ''}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        </section>
      )}
    </Stack>
  );
}
