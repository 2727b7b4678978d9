import { Alert, Badge, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../api/problem-message';
import { CardList, usePhone } from '../phone-cards';
import { ScrollRegion } from '../scroll-region';
import { encodingNote, type ImportPreview, type PreviewColumn } from './types';

type LayoutProblem = ImportPreview['missing'][number];

export interface ColumnMappingPreviewProps {
  preview: ImportPreview;
  fieldLabel: (field: string) => string;
  /** Headers the import reads as a required field (`externalId` → "Matricule, external_id"), to name in a missing column's message. */
  headerExamples?: (field: string) => string | undefined;
}

const SEPARATORS: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/**
 * How the import will read a file: each header and the field (or attribute) it fills, the
 * encoding and separator detected, what stops the import, the first rows as read and what the
 * import would refuse in them.
 */
export function ColumnMappingPreview({ preview, fieldLabel, headerExamples }: ColumnMappingPreviewProps) {
  const { t } = useTranslation('csvImport');
  const separator = SEPARATORS[preview.delimiter];
  const note = encodingNote(t, preview.encoding);
  const problems = (preview.problems ?? []).map((p) => ({ ...p, message: problemMessage(t, p) }));
  const phone = usePhone();
  // The cells at fault, by row and header, marked in the sample.
  const faults = new Map(problems.map((p) => [`${p.row}\u0000${p.field}`, p.message]));
  const faultAt = (row: number, column: PreviewColumn) => faults.get(`${row}\u0000${column.header.trim()}`);
  const badRows = new Set(problems.map((p) => p.row)).size;

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
              <List.Item key={problem.path}>{missingMessage(t, problem, fieldLabel, headerExamples)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {preview.ambiguous.length > 0 && (
        <Alert color="red" title={t('ambiguousTitle')} role="alert">
          <List size="sm">
            {preview.ambiguous.map((problem) => (
              <List.Item key={problem.path}>{collisionMessage(t, problem, preview.columns, fieldLabel)}</List.Item>
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
                    {preview.columns.map((column) => {
                      const fault = faultAt(row.row, column);
                      return (
                        <Table.Td
                          key={column.index}
                          title={fault}
                          bg={fault ? 'red.0' : undefined}
                          c={fault ? 'red.9' : undefined}
                          fw={fault ? 600 : undefined}
                        >
                          {row.cells[column.index] ?? ''}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        </section>
      )}

      {preview.problems && preview.rows.length > 0 && (
        <section aria-labelledby="csv-sample-problems-title">
          <Title id="csv-sample-problems-title" order={3} size="h5" mb="xs">
            {t('sampleProblemsTitle')}
          </Title>
          {problems.length === 0 ? (
            <Text size="sm">{t('sampleNoProblems', { count: preview.rows.length })}</Text>
          ) : (
            <Stack gap="xs">
              <Alert color="orange" role="status">
                {t('sampleProblems', { count: badRows, shown: preview.rows.length })}
              </Alert>
              {phone ? (
                <CardList label={t('sampleProblemsTable')} items={problems.map((p, i) => ({ ...p, key: `${p.row}-${p.field}-${i}` }))} keyOf={(p) => p.key}>
                  {(p) => (
                    <>
                      <Text size="sm" fw={600}>
                        {t('rowNumber')} {p.row} · {p.field}
                      </Text>
                      {p.value ? (
                        <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                          {p.value}
                        </Text>
                      ) : null}
                      <Text size="sm" c="red.9" mt={2}>
                        {p.message}
                      </Text>
                    </>
                  )}
                </CardList>
              ) : (
                <ScrollRegion label={t('sampleProblemsTable')}>
                  <Table verticalSpacing="xs" striped miw={560}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('rowNumber')}</Table.Th>
                        <Table.Th>{t('field')}</Table.Th>
                        <Table.Th>{t('value')}</Table.Th>
                        <Table.Th>{t('message')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {problems.map((p, i) => (
                        <Table.Tr key={`${p.row}-${p.field}-${i}`}>
                          <Table.Td>{p.row}</Table.Td>
                          <Table.Td>{p.field}</Table.Td>
                          <Table.Td style={{ overflowWrap: 'anywhere' }}>{p.value ?? ''}</Table.Td>
                          <Table.Td>{p.message}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollRegion>
              )}
            </Stack>
          )}
          <Text size="xs" c="dimmed" mt="xs">
            {t('sampleOnly')}
          </Text>
        </section>
      )}
    </Stack>
  );
}

/** A required column the file lacks, in the console's language when the api gives its code (learners). */
function missingMessage(t: TFunction, problem: LayoutProblem, fieldLabel: (field: string) => string, headerExamples?: (field: string) => string | undefined): string {
  if (problem.code !== 'IMPORT.MISSING_COLUMN') return problemMessage(t, problem);
  const examples = headerExamples?.(problem.path);
  const field = fieldLabel(problem.path);
  return examples ? t('missingColumnExamples', { field, examples }) : t('missingColumn', { field });
}

/** Two columns for one field or attribute, named by their headers, when the api says which collide (learners). */
function collisionMessage(t: TFunction, problem: LayoutProblem, columns: PreviewColumn[], fieldLabel: (field: string) => string): string {
  const column = columns.find((c) => c.ignored === 'ambiguous' && c.header.trim() === problem.path && c.collidesWith != null);
  const first = column ? columns[column.collidesWith!] : undefined;
  if (problem.code !== 'IMPORT.AMBIGUOUS_COLUMN' || !column || !first) return problemMessage(t, problem);
  const target = first.field ? fieldLabel(first.field) : t('attribute', { key: first.attribute ?? '' });
  return t('collision', { first: first.header.trim(), second: column.header.trim(), target });
}
