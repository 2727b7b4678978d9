import { Button, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

const CSV_NAME = /\.(csv|txt|tsv)$/i;
const CSV_TYPES = new Set(['text/csv', 'application/csv', 'text/plain', 'application/vnd.ms-excel', 'text/tab-separated-values', '']);

export const isCsvFile = (file: File): boolean => CSV_NAME.test(file.name) || (CSV_TYPES.has(file.type) && file.type !== '');

/**
 * Where a CSV file is dropped, or chosen with the button (a real file input, so keyboards and
 * screen readers use it as any other). Says so when the file is not a CSV.
 */
export function CsvFileDrop({ onFile, disabled }: { onFile: (file: File) => void; disabled?: boolean }) {
  const { t } = useTranslation('csvImport');
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const hintId = useId();

  const take = (file: File | undefined) => {
    if (!file) return;
    if (!isCsvFile(file)) {
      setRefused(t('notCsv', { name: file.name }));
      return;
    }
    setRefused(null);
    onFile(file);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!disabled) take(event.dataTransfer.files[0]);
  };

  return (
    <Paper
      withBorder
      radius="md"
      p="xl"
      onDragOver={(event) => {
        event.preventDefault();
        if (!disabled) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      style={{
        borderStyle: 'dashed',
        borderWidth: 2,
        borderColor: over ? 'var(--mantine-color-blue-7)' : undefined,
        background: over ? 'var(--mantine-color-blue-0)' : undefined,
      }}
    >
      <Stack align="center" gap="xs" ta="center">
        <Text fw={600} size="lg">
          {t('dropTitle')}
        </Text>
        <Text size="sm" c="dimmed" id={hintId} maw={520}>
          {t('dropHint')}
        </Text>
        <VisuallyHidden>
          <input
            ref={input}
            type="file"
            accept=".csv,.txt,.tsv,text/csv"
            aria-label={t('fileInput')}
            aria-describedby={hintId}
            disabled={disabled}
            onChange={(event) => {
              take(event.currentTarget.files?.[0]);
              event.currentTarget.value = '';
            }}
          />
        </VisuallyHidden>
        <Button variant="default" onClick={() => input.current?.click()} disabled={disabled}>
          {t('chooseFile')}
        </Button>
        {refused && (
          <Text size="sm" c="red.8" role="alert">
            {refused}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
