import { Button, Group, Image, Loader, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LOGO_MAX_BYTES, LOGO_TYPES } from './use-brand-kits';

/** Why a file cannot be a logo before sending it (the api checks the bytes again), or null. */
export function logoProblem(file: File): 'notImage' | 'tooLarge' | null {
  // An empty type is left to the api, which reads the bytes.
  if (file.type && !(LOGO_TYPES as readonly string[]).includes(file.type)) return 'notImage';
  if (file.size > LOGO_MAX_BYTES) return 'tooLarge';
  return null;
}

/**
 * The kit's logo: its thumbnail, and where a new image is dropped or chosen with the button (a real
 * file input, so keyboards and screen readers use it as any other).
 */
export function LogoDrop({
  logoUrl,
  alt,
  onFile,
  onRemove,
  uploading,
  error,
  disabled,
}: {
  logoUrl: string;
  alt: string;
  onFile: (file: File) => void;
  onRemove: () => void;
  uploading: boolean;
  error: string | null;
  disabled?: boolean;
}) {
  const { t } = useTranslation('brandKits');
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const hintId = useId();
  const titleId = useId();

  const take = (file: File | undefined) => {
    if (!file) return;
    const problem = logoProblem(file);
    if (problem) {
      setRefused(t(`logo.${problem}`, { name: file.name }));
      return;
    }
    setRefused(null);
    onFile(file);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!disabled && !uploading) take(event.dataTransfer.files[0]);
  };
  const message = refused ?? error;

  return (
    <Stack gap="xs">
      <Group gap="md" align="center" wrap="nowrap">
        <Paper withBorder radius="sm" w={160} h={64} p={6} style={{ display: 'flex', alignItems: 'center', justifyContent: 'center', flexShrink: 0 }} bg="gray.0">
          {logoUrl ? (
            <Image src={logoUrl} alt={alt || t('logo.current')} fit="contain" h="100%" w="100%" />
          ) : (
            <Text size="xs" c="dimmed" ta="center">
              {t('noLogo')}
            </Text>
          )}
        </Paper>
        <Stack gap={4} align="flex-start" miw={0}>
          <Text size="sm" c="dimmed">
            {logoUrl ? t('logo.current') : t('logo.none')}
          </Text>
          {logoUrl && !disabled && (
            <Button variant="subtle" color="red" size="xs" px={0} onClick={onRemove}>
              {t('logo.remove')}
            </Button>
          )}
        </Stack>
      </Group>
      {!disabled && (
        <Paper
          withBorder
          radius="md"
          p="md"
          role="group"
          aria-labelledby={titleId}
          onDragOver={(event) => {
            event.preventDefault();
            setOver(true);
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
          <Stack align="center" gap={6} ta="center">
            <Text fw={600} id={titleId}>
              {t('logo.dropTitle')}
            </Text>
            <Text size="xs" c="dimmed" id={hintId} maw={420}>
              {t('logo.dropHint')}
            </Text>
            <VisuallyHidden>
              <input
                ref={input}
                type="file"
                accept={LOGO_TYPES.join(',')}
                aria-label={t('logo.fileInput')}
                aria-describedby={hintId}
                disabled={uploading}
                onChange={(event) => {
                  take(event.currentTarget.files?.[0]);
                  event.currentTarget.value = '';
                }}
              />
            </VisuallyHidden>
            {uploading ? (
              <Group gap="xs" role="status">
                <Loader size="xs" />
                <Text size="sm">{t('logo.uploading')}</Text>
              </Group>
            ) : (
              <Button variant="default" size="xs" onClick={() => input.current?.click()}>
                {t('logo.choose')}
              </Button>
            )}
          </Stack>
        </Paper>
      )}
      {message && (
        <Text size="sm" c="red.8" role="alert">
          {message}
        </Text>
      )}
    </Stack>
  );
}
