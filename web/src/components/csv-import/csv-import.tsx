import { Alert, Button, Group, Loader, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../scroll-region';
import { isApiError } from '../../api/api-error';
import { problemMessage } from '../../api/problem-message';
import { ColumnMappingPreview } from './column-mapping-preview';
import { CsvFileDrop } from './csv-file-drop';
import { downloadText, errorFileName, errorFileText, readRecords } from './error-file';
import { encodingNote, type ImportPreview, type ImportResult } from './types';
import { uploadCsv } from './upload';

/** The head of the file the preview reads: past the api's 64 KB encoding look-ahead, so it decides as the import will. */
export const PREVIEW_BYTES = 128 * 1024;

export interface CsvImportProps {
  /** The import endpoint, e.g. `/v1/learners/import` (text/csv or multipart `file`). */
  importPath: string;
  /** Its preview endpoint (same body forms), when it has one. */
  previewPath?: string;
  /** The label of a field the preview maps a column to. */
  fieldLabel: (field: string) => string;
  /** Headers read as a required field, to suggest when the file lacks it. */
  headerExamples?: (field: string) => string | undefined;
  /** What the import screen asks once the file is read (the learners' consent), under the preview. */
  previewOptions?: (preview: ImportPreview) => ReactNode;
  /** Called once an import has run (to refresh lists). */
  onImported?: (result: ImportResult) => void;
}

type Step =
  | { name: 'choose' }
  | { name: 'previewing'; file: File }
  | { name: 'preview'; file: File; preview: ImportPreview | null }
  | { name: 'uploading'; file: File; preview: ImportPreview | null; fraction: number }
  | { name: 'result'; file: File; preview: ImportPreview | null; result: ImportResult };

const formatSize = (bytes: number, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'unit', unit: bytes >= 1024 * 1024 ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1 }).format(
    bytes >= 1024 * 1024 ? bytes / 1024 / 1024 : Math.max(0.1, bytes / 1024),
  );

/**
 * Imports a CSV file: drop or choose it, see how its columns will be read (when the endpoint has a
 * preview), send it with a progress bar, then read what was created, updated or refused, and
 * download the refused rows to fix them.
 */
export function CsvImport({ importPath, previewPath, fieldLabel, headerExamples, previewOptions, onImported }: CsvImportProps) {
  const { t, i18n } = useTranslation('csvImport');
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  const describe = (failure: unknown): string => {
    if (failure instanceof DOMException && failure.name === 'AbortError') return t('errors.cancelled');
    if (!isApiError(failure) || failure.status === 0) return t('errors.network');
    if (failure.status === 413) return t('errors.tooLarge');
    if (failure.status === 408) return t('errors.stalled');
    if (failure.status === 429 || failure.status === 503)
      return failure.retryAfter ? t('errors.busy', { seconds: failure.retryAfter }) : t('errors.busyNoDelay');
    if (failure.code === 'IMPORT.MALFORMED_CSV') {
      const row = failure.details.map((d) => /^row (\d+)$/.exec(d.path)?.[1]).find(Boolean);
      return row ? t('errors.malformedAt', { row }) : t('errors.malformed');
    }
    // In the console's language when it knows the code; else the api's words, with its details.
    if (i18n.exists(failure.code, { ns: 'problems' })) return problemMessage(t, failure);
    const details = failure.details.filter((d) => !failure.message.includes(d.message)).map((d) => `${d.path}: ${problemMessage(t, d)}`);
    return [failure.message, ...details].join(' — ');
  };

  const choose = async (file: File) => {
    setError(null);
    if (!previewPath) {
      setStep({ name: 'preview', file, preview: null });
      return;
    }
    setStep({ name: 'previewing', file });
    try {
      const preview = await uploadCsv<ImportPreview>({ path: previewPath, file: file.slice(0, PREVIEW_BYTES), fileName: file.name });
      setStep({ name: 'preview', file, preview });
    } catch (failure) {
      setError(describe(failure));
      setStep({ name: 'choose' });
    }
  };

  const runImport = async (file: File, preview: ImportPreview | null) => {
    setError(null);
    const controller = new AbortController();
    abort.current = controller;
    setStep({ name: 'uploading', file, preview, fraction: 0 });
    try {
      const result = await uploadCsv<ImportResult>({
        path: importPath,
        file,
        fileName: file.name,
        signal: controller.signal,
        onProgress: (fraction) => setStep((s) => (s.name === 'uploading' ? { ...s, fraction } : s)),
      });
      setStep({ name: 'result', file, preview, result });
      onImported?.(result);
    } catch (failure) {
      setError(describe(failure));
      setStep({ name: 'preview', file, preview });
    } finally {
      abort.current = null;
    }
  };

  const restart = () => {
    setError(null);
    setStep({ name: 'choose' });
  };

  return (
    <Stack gap="lg">
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}

      {step.name === 'choose' && <CsvFileDrop onFile={(file) => void choose(file)} />}

      {step.name === 'previewing' && (
        <Group gap="sm" mih={120} justify="center" role="status">
          <Loader size="sm" />
          <Text size="sm">{t('previewing')}</Text>
        </Group>
      )}

      {(step.name === 'preview' || step.name === 'uploading') && (
        <Paper withBorder radius="md" p={{ base: 'sm', sm: 'lg' }}>
          <Stack gap="md">
            <Stack gap={2}>
              <Title order={2} size="h4">
                {t('previewTitle')}
              </Title>
              <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {t('previewOf', { name: step.file.name, size: formatSize(step.file.size, i18n.language) })}
              </Text>
            </Stack>
            {step.preview && <ColumnMappingPreview preview={step.preview} fieldLabel={fieldLabel} headerExamples={headerExamples} />}
            {step.preview && previewOptions?.(step.preview)}
            {step.name === 'uploading' ? (
              <UploadProgress fraction={step.fraction} onCancel={() => abort.current?.abort()} />
            ) : (
              <Group gap="sm">
                <Button
                  onClick={() => void runImport(step.file, step.preview)}
                  disabled={!!step.preview && (step.preview.missing.length > 0 || step.preview.ambiguous.length > 0)}
                  style={{ maxWidth: '100%' }}
                >
                  <Text span truncate inherit>
                    {t('import', { name: step.file.name })}
                  </Text>
                </Button>
                <Button variant="default" onClick={restart}>
                  {t('chooseAnother')}
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>
      )}

      {step.name === 'result' && <ImportResultView file={step.file} preview={step.preview} result={step.result} onAgain={restart} />}
    </Stack>
  );
}

function UploadProgress({ fraction, onCancel }: { fraction: number; onCancel: () => void }) {
  const { t } = useTranslation('csvImport');
  const { t: tc } = useTranslation();
  const sent = fraction >= 1;
  const percent = Math.round(fraction * 100);
  return (
    <Stack gap="xs">
      <Progress value={sent ? 100 : percent} animated={sent} striped={sent} size="lg" aria-label={t('progressLabel')} />
      <Group justify="space-between" gap="sm">
        <Text size="sm" role="status">
          {sent ? t('processing') : t('uploading', { percent })}
        </Text>
        {!sent && (
          <Button size="xs" variant="subtle" onClick={onCancel}>
            {tc('common.cancel')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

function ImportResultView({ file, preview, result, onAgain }: { file: File; preview: ImportPreview | null; result: ImportResult; onAgain: () => void }) {
  const { t, i18n } = useTranslation('csvImport');
  const number = new Intl.NumberFormat(i18n.language);
  // In the console's language where the api's code is known, on screen and in the error file alike.
  const errors = result.errors.map((e) => ({ ...e, message: problemMessage(t, e) }));
  const note = encodingNote(t, result.encoding);
  const counts = [
    { label: t('created'), value: result.created, color: 'green' },
    { label: t('updated'), value: result.updated, color: 'blue' },
    { label: t('unchanged'), value: result.unchanged, color: 'gray' },
    { label: t('failed'), value: result.failed, color: result.failed ? 'red' : 'gray' },
  ];

  const download = async () => {
    const separator = preview?.delimiter ?? ',';
    const records = errors.length ? await readRecords(file, result.encoding.used, separator) : null;
    const text = errorFileText({
      errors,
      records,
      separator,
      labels: { row: t('rowNumber'), field: t('field'), value: t('value'), message: t('message'), errors: t('errorsColumn') },
    });
    downloadText(text, errorFileName(file.name, t('errorFileSuffix')));
  };

  return (
    <Stack gap="lg">
      <Title order={2} size="h4">
        {t('resultTitle')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        {counts.map((count) => (
          <Paper key={count.label} withBorder radius="md" p="md">
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {count.label}
            </Text>
            <Text fz={28} fw={700} c={count.color}>
              {number.format(count.value)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {note && (
        <Alert color="blue" title={t('encodingNote')} role="note">
          {note}
        </Alert>
      )}
      {errors.length > 0 ? (
        <section aria-labelledby="import-errors-title">
          <Group justify="space-between" mb="sm" gap="sm">
            <Title id="import-errors-title" order={3} size="h5">
              {t('errorsTitle')}
            </Title>
            <Button variant="default" size="sm" onClick={() => void download()}>
              {t('downloadErrors')}
            </Button>
          </Group>
          <ScrollRegion label={t('errorsTable')} maxHeight={420}>
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
                {errors.map((e, i) => (
                  <Table.Tr key={`${e.row}-${e.field}-${i}`}>
                    <Table.Td>{e.row}</Table.Td>
                    <Table.Td>{e.field}</Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{e.value ?? ''}</Table.Td>
                    <Table.Td>{e.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
          {result.errorsTruncated && (
            <Text size="sm" c="dimmed" mt="xs">
              {t('errorsTruncated', { count: errors.length })}
            </Text>
          )}
        </section>
      ) : (
        <Text size="sm">{t('noErrors')}</Text>
      )}
      <Group>
        <Button variant="default" onClick={onAgain}>
          {t('importAnother')}
        </Button>
      </Group>
    </Stack>
  );
}
