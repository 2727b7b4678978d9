import { Alert, Button, Divider, Group, NumberInput, Select, Stack, TagsInput, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { problemMessage } from '../../api/problem-message';
import { applyApiError, formPath } from '../../components/api-form-error';
import { cleanTranslations, type TranslatedField, type TranslationEntry, TranslationsEditor } from '../../components/translations-editor/translations-editor';
import { useWorkspaceRules } from '../settings/use-settings';
import { type Course, type CourseInput, MODALITIES, type Modality, useSaveCourse } from './use-courses';

type CourseValues = {
  code: string;
  title: string;
  description: string;
  modality: Modality | '';
  durationMinutes: number | string;
  lmsUrl: string;
  skills: string[];
};

const isHttpUrl = (value: string) => {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
};

/** Creates a course, or changes one (every field of the course DTOs; an emptied optional field is cleared). */
export function CourseForm({ course, onDone }: { course?: Course; onDone: (course: Course) => void }) {
  const { t } = useTranslation('courses');
  const { t: tc } = useTranslation();
  const save = useSaveCourse();
  const rules = useWorkspaceRules();
  const [formError, setFormError] = useState<string | null>(null);
  // The other languages than the workspace's: saved as `translations`, the whole list each time.
  const [translations, setTranslations] = useState<TranslationEntry[]>(() => (course?.translations ?? []).map((entry) => ({ ...entry })));
  const [translationErrors, setTranslationErrors] = useState<Record<string, string>>({});
  const translatedFields: TranslatedField[] = useMemo(
    () => [
      { name: 'title', label: t('fields.title'), maxLength: 300 },
      { name: 'description', label: t('fields.description'), kind: 'textarea' },
      { name: 'skills', label: t('fields.skills'), kind: 'tags' },
    ],
    [t],
  );
  const form = useForm<CourseValues>({
    mode: 'uncontrolled',
    initialValues: {
      code: course?.code ?? '',
      title: course?.title ?? '',
      description: course?.description ?? '',
      modality: course?.modality ?? '',
      durationMinutes: course?.durationMinutes ?? '',
      lmsUrl: course?.lmsUrl ?? '',
      skills: course?.skills ?? [],
    },
    validate: {
      title: (v) => (v.trim() ? (v.length > 300 ? t('validation.max', { max: 300 }) : null) : tc('validation.required')),
      code: (v) => (v.length > 64 ? t('validation.max', { max: 64 }) : null),
      modality: (v) => (v ? null : tc('validation.required')),
      durationMinutes: (v) => (v === '' || (Number.isInteger(Number(v)) && Number(v) >= 1 && Number(v) <= 1_000_000) ? null : t('validation.duration')),
      lmsUrl: (v) => (!v.trim() || isHttpUrl(v.trim()) ? null : t('validation.url')),
      skills: (v) => (v.length > 50 ? t('validation.skills') : null),
    },
  });

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        setFormError(null);
        const body: CourseInput = {
          title: values.title.trim(),
          modality: values.modality as Modality,
          code: values.code.trim() || null,
          description: values.description.trim() || null,
          durationMinutes: values.durationMinutes === '' ? null : Number(values.durationMinutes),
          lmsUrl: values.lmsUrl.trim() || null,
          skills: values.skills.map((s) => s.trim()).filter(Boolean),
          translations: cleanTranslations(translations, translatedFields) as CourseInput['translations'],
        };
        setTranslationErrors({});
        save.mutate(
          { id: course?.id, body },
          {
            onSuccess: onDone,
            onError: (error) => {
              // A translated field's problem shows at that field too (the form's own fields are placed by applyApiError).
              if (isApiError(error))
                setTranslationErrors(
                  Object.fromEntries(error.details.filter((d) => d.path.startsWith('translations')).map((d) => [formPath(d.path), problemMessage(tc, d)])),
                );
              setFormError(applyApiError(form, error, tc));
            },
          },
        );
      })}
    >
      <Stack gap="md">
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput label={t('fields.title')} withAsterisk data-autofocus key={form.key('title')} {...form.getInputProps('title')} />
        <Group grow align="flex-start" wrap="wrap">
          <TextInput label={t('fields.code')} description={t('fields.codeHelp')} miw={160} key={form.key('code')} {...form.getInputProps('code')} />
          <Select
            label={t('fields.modality')}
            withAsterisk
            miw={200}
            allowDeselect={false}
            data={MODALITIES.map((m) => ({ value: m, label: t(`modalities.${m}`) }))}
            key={form.key('modality')}
            {...form.getInputProps('modality')}
          />
        </Group>
        <Textarea label={t('fields.description')} autosize minRows={3} maxRows={8} key={form.key('description')} {...form.getInputProps('description')} />
        <Group grow align="flex-start" wrap="wrap">
          <NumberInput label={t('fields.durationMinutes')} min={1} max={1_000_000} miw={160} key={form.key('durationMinutes')} {...form.getInputProps('durationMinutes')} />
          <TextInput label={t('fields.lmsUrl')} type="url" placeholder="https://" miw={200} key={form.key('lmsUrl')} {...form.getInputProps('lmsUrl')} />
        </Group>
        <TagsInput label={t('fields.skills')} description={t('fields.skillsHelp')} maxTags={50} key={form.key('skills')} {...form.getInputProps('skills')} />
        <Divider />
        <Title order={3} size="h5">
          {t('otherLanguages')}
        </Title>
        <TranslationsEditor
          value={translations}
          onChange={setTranslations}
          fields={translatedFields}
          baseLocale={rules.data?.defaultLocale ?? 'en'}
          baseValues={form.getValues()}
          errorOf={(index, name) => translationErrors[`translations.${index}.${name}`]}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {course ? tc('common.save') : t('create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
