import { Alert, Badge, Box, Group, Loader, Paper, Select, SimpleGrid, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../api/problem-message';
import { type TemplateDetail, type TemplateVersion, useTemplateVersion } from './use-templates';
import { compareVariants, type DiffWords, type FieldChange, type Hunk, type LocaleChange, type Variants } from './version-fields';

const MONO = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';
const LINE_STYLE = {
  removed: { background: 'var(--mantine-color-red-0)', sign: '−' },
  added: { background: 'var(--mantine-color-green-0)', sign: '+' },
  same: { background: 'transparent', sign: ' ' },
} as const;

/** A field's name as the reader knows it (Subject, Preheader…), else its key. */
export function useFieldLabel() {
  const { t } = useTranslation('templates');
  return (key: string) => t(`fields.${key.replace('.', '_')}`, { defaultValue: key });
}

/** Two versions picked by number, compared locale by locale (newest version and the one before it, first). */
export function CompareVersions({ template }: { template: TemplateDetail }) {
  const { t } = useTranslation('templates');
  const { t: tc } = useTranslation();
  const numbers = template.versions.map((v) => v.version).sort((a, b) => a - b);
  const latest = numbers[numbers.length - 1]!;
  const [from, setFrom] = useState<number>(numbers.length > 1 ? numbers[numbers.length - 2]! : latest);
  const [to, setTo] = useState<number>(latest);
  const older = useTemplateVersion(template.id, from);
  const newer = useTemplateVersion(template.id, to);
  const statusOf = (n: number) => template.versions.find((v) => v.version === n)?.status;
  const data = numbers.map((n) => ({ value: String(n), label: t('versionLabel', { version: n, status: t(`status.${statusOf(n) ?? 'draft'}`) }) }));

  if (numbers.length < 2) {
    return (
      <Text size="sm" c="dimmed">
        {t('compare.onlyOne')}
      </Text>
    );
  }
  const error = older.error ?? newer.error;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" maw={640}>
        <Select label={t('compare.from')} data={data} value={String(from)} allowDeselect={false} onChange={(v) => v && setFrom(Number(v))} />
        <Select label={t('compare.to')} data={data} value={String(to)} allowDeselect={false} onChange={(v) => v && setTo(Number(v))} />
      </SimpleGrid>
      {error ? (
        <Alert color="red" role="alert">
          {apiErrorMessage(tc, error)}
        </Alert>
      ) : older.data && newer.data ? (
        <VersionDiff older={older.data} newer={newer.data} />
      ) : (
        <Loader size="sm" aria-label={tc('common.loading')} />
      )}
    </Stack>
  );
}

/** What changed between two versions, field by field in each locale. */
export function VersionDiff({ older, newer }: { older: Pick<TemplateVersion, 'version' | 'variants' | 'status'>; newer: Pick<TemplateVersion, 'version' | 'variants' | 'status'> }) {
  const { t, i18n } = useTranslation('templates');
  const language = i18n.language.split('-')[0]!;
  const changes = useMemo(
    () => compareVariants(older.variants as Variants, newer.variants as Variants, [language, language === 'fr' ? 'en' : 'fr']),
    [older.variants, newer.variants, language],
  );
  const changed = changes.reduce((n, locale) => n + locale.fields.filter((f) => f.status !== 'same').length, 0);
  return (
    <Stack gap="md">
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>
          {older.version === newer.version
            ? t('compare.same', { version: older.version })
            : changed === 0
              ? t('compare.noDifference', { from: older.version, to: newer.version })
              : t('compare.summary', { count: changed, from: older.version, to: newer.version })}
        </Text>
      </Group>
      {changes.map((locale) => (
        <LocaleDiff key={locale.locale} change={locale} from={older.version} to={newer.version} />
      ))}
    </Stack>
  );
}

function LocaleDiff({ change, from, to }: { change: LocaleChange; from: number; to: number }) {
  const { t, i18n } = useTranslation('templates');
  const label = useFieldLabel();
  const name = new Intl.DisplayNames([i18n.language], { type: 'language' }).of(change.locale) ?? change.locale;
  // "français" as a heading starts with a capital.
  const heading = name.charAt(0).toLocaleUpperCase(i18n.language) + name.slice(1);
  const changed = change.fields.filter((f) => f.status !== 'same');
  const same = change.fields.filter((f) => f.status === 'same');
  return (
    <Stack gap="xs" component="section" aria-label={t('compare.localeSection', { language: name })}>
      <Group gap="xs">
        <Title order={3} size="h5">
          {t('compare.localeHeading', { language: heading, code: change.locale.toUpperCase() })}
        </Title>
        {change.status !== 'both' && (
          <Badge variant="light" color={change.status === 'added' ? 'green' : 'red'} c="gray.9" tt="none" size="sm">
            {t(`compare.locale_${change.status}`, { version: change.status === 'added' ? to : from })}
          </Badge>
        )}
      </Group>
      {changed.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('compare.localeUnchanged')}
        </Text>
      ) : (
        changed.map((field) => <FieldDiff key={field.key} field={field} />)
      )}
      {changed.length > 0 && same.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('compare.unchangedFields', { fields: same.map((f) => label(f.key)).join(', ') })}
        </Text>
      )}
    </Stack>
  );
}

function FieldDiff({ field }: { field: Exclude<FieldChange, { status: 'same' }> }) {
  const { t } = useTranslation('templates');
  const label = useFieldLabel();
  return (
    <Paper withBorder radius="sm" p="sm">
      <Group gap="xs" mb={6}>
        <Text size="sm" fw={600}>
          {label(field.key)}
        </Text>
        <Text size="xs" c="dimmed">
          {t(`compare.field_${field.status}`)}
        </Text>
      </Group>
      {field.long ? <HunksView hunks={field.hunks} /> : <WordsView words={field.words} />}
    </Paper>
  );
}

function WordsView({ words }: { words: DiffWords[] }) {
  const { t } = useTranslation('templates');
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {words.map((part, i) =>
        part.kind === 'same' ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === 'removed' ? (
          <del key={i} style={{ background: 'var(--mantine-color-red-1)', textDecorationThickness: 1, marginInlineEnd: '0.2em' }}>
            <VisuallyHidden>{t('compare.removedText')}</VisuallyHidden>
            {part.text}
          </del>
        ) : (
          <ins key={i} style={{ background: 'var(--mantine-color-green-1)', textDecoration: 'none' }}>
            <VisuallyHidden>{t('compare.addedText')}</VisuallyHidden>
            {part.text}
          </ins>
        ),
      )}
    </Text>
  );
}

function HunksView({ hunks }: { hunks: Hunk[] }) {
  const { t } = useTranslation('templates');
  return (
    <Stack gap={6}>
      {hunks.map((hunk, h) => (
        <Box key={h}>
          <Text size="xs" c="dimmed" mb={2}>
            {t('compare.hunk', { line: hunk.newStart })}
          </Text>
          <Box component="pre" m={0} style={{ fontFamily: MONO, fontSize: 12, lineHeight: 1.5, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {hunk.lines.map((line, i) => (
              <Box key={i} component={line.kind === 'removed' ? 'del' : line.kind === 'added' ? 'ins' : 'div'} display="flex" style={{ background: LINE_STYLE[line.kind].background, textDecoration: 'none' }}>
                <span aria-hidden style={{ width: '1.5em', flex: 'none', textAlign: 'center', userSelect: 'none' }}>
                  {LINE_STYLE[line.kind].sign}
                </span>
                {line.kind !== 'same' && <VisuallyHidden>{t(line.kind === 'added' ? 'compare.addedLine' : 'compare.removedLine')}</VisuallyHidden>}
                <span style={{ minWidth: 0 }}>{line.text || ' '}</span>
              </Box>
            ))}
          </Box>
        </Box>
      ))}
    </Stack>
  );
}
