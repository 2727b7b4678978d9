import { Alert, Anchor, Autocomplete, Badge, Box, Button, Grid, Group, Modal, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { Link, useBlocker, useParams } from '@tanstack/react-router';
import { type ReactNode, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { apiErrorMessage } from '../../api/problem-message';
import { applyApiErrorAtPaths } from '../../components/api-form-error';
import { PageHeader } from '../../components/page-header';
import { TranslationsEditor, type TranslatedField } from '../../components/translations-editor/translations-editor';
import { PageLoader } from '../../shell/page-loader';
import { canWrite, useWorkspace } from '../auth/workspace-context';
import { useWorkspaceRules } from '../settings/use-settings';
import { BrandColorInputs } from './brand-color-inputs';
import { BrandPreview } from './brand-preview';
import { type BrandKitValues, brandKitRules, toDraft, toPatch, toValues } from './brand-kit-values';
import { LogoDrop } from './logo-drop';
import type { SampleLocale } from './sample-email';
import { type BrandKit, type ColorName, useBrandKit, useUpdateBrandKit, useUploadLogo } from './use-brand-kits';

// Font lists every mail client has (or falls back from).
const FONT_LISTS = [
  'Helvetica, Arial, sans-serif',
  'Arial, Helvetica, sans-serif',
  "'Segoe UI', Tahoma, Geneva, Verdana, sans-serif",
  'Verdana, Geneva, sans-serif',
  "'Trebuchet MS', Helvetica, sans-serif",
  "Georgia, 'Times New Roman', serif",
  "'Times New Roman', Times, serif",
];

/** One brand kit: its identity, colours, font, sender, footer and texts in each language, with a live preview. */
export function BrandKitEditorPage() {
  const { t } = useTranslation('brandKits');
  const { t: tc } = useTranslation();
  const { brandKitId } = useParams({ strict: false }) as { brandKitId: string };
  const kit = useBrandKit(brandKitId);
  const rules = useWorkspaceRules();
  if (kit.isPending || rules.isPending) return <PageLoader />;
  if (kit.isError)
    return (
      <Alert color="red" role="alert" title={t('loadKitError')}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{apiErrorMessage(tc, kit.error)}</Text>
          <Anchor component={Link} to="/brand-kits" size="sm">
            {t('back')}
          </Anchor>
        </Stack>
      </Alert>
    );
  // Keyed by the kit: another kit starts a fresh form; its own saves keep the form (and the preview's choices).
  return <BrandKitEditor key={kit.data.id} kit={kit.data} baseLocale={rules.data?.defaultLocale ?? 'en'} />;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-label={title}>
      <Stack gap="md">
        <Title order={2} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function BrandKitEditor({ kit, baseLocale }: { kit: BrandKit; baseLocale: string }) {
  const { t, i18n } = useTranslation('brandKits');
  const { t: tc } = useTranslation();
  const workspace = useWorkspace();
  const writer = canWrite(workspace.role);
  const update = useUpdateBrandKit();
  const upload = useUploadLogo();
  const [formError, setFormError] = useState<string | null>(null);
  const [logoError, setLogoError] = useState<string | null>(null);
  const [baseline, setBaseline] = useState<BrandKitValues>(() => toValues(kit));
  const baseLanguage = baseLocale.slice(0, 2);
  const [previewLocale, setPreviewLocale] = useState<SampleLocale>(baseLanguage === 'en' ? 'en' : baseLanguage === 'fr' ? 'fr' : i18n.language === 'fr' ? 'fr' : 'en');
  const [activeLanguage, setActiveLanguage] = useState<string | null>(kit.translations[0]?.locale ?? null);

  const form = useForm<BrandKitValues>({
    mode: 'controlled',
    initialValues: baseline,
    validate: brandKitRules(t, tc('validation.required')) as never,
  });
  const values = form.values;

  const translatedFields: TranslatedField[] = useMemo(
    () => [
      { name: 'senderName', label: t('fields.senderName'), maxLength: 200 },
      { name: 'logoAlt', label: t('fields.logoAlt'), maxLength: 200 },
      { name: 'footerText', label: t('fields.footerText'), kind: 'textarea', maxLength: 1000 },
      { name: 'legalMention', label: t('fields.legalMention'), kind: 'textarea', maxLength: 1000 },
    ],
    [t],
  );

  const dirty = JSON.stringify(toPatch(values, translatedFields)) !== JSON.stringify(toPatch(baseline, translatedFields));
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty && !update.isPending;
  const blocker = useBlocker({ shouldBlockFn: () => dirtyRef.current, enableBeforeUnload: () => dirtyRef.current, withResolver: true });

  const { draft, hasInvalid } = useMemo(() => toDraft(values, baseline.logoUrl), [values, baseline.logoUrl]);

  const notify = (message: string) => notifications.show({ message, color: 'green', closeButtonProps: { 'aria-label': tc('common.close') } });

  const save = form.onSubmit((v) => {
    setFormError(null);
    update.mutate(
      { id: kit.id, body: toPatch(v, translatedFields, baseline.logoUrl) },
      {
        onSuccess: (saved) => {
          const next = toValues(saved);
          setBaseline(next);
          form.setValues(next);
          notify(t('saved'));
        },
        onError: (error) => setFormError(applyApiErrorAtPaths(form, error, tc)),
      },
    );
  });

  const uploadLogo = (file: File) => {
    setLogoError(null);
    upload.mutate(
      { id: kit.id, file },
      {
        onSuccess: (saved) => {
          // Saved at once by the api: the form and what counts as saved both take the new address.
          form.setFieldValue('logoUrl', saved.logoUrl ?? '');
          setBaseline((b) => ({ ...b, logoUrl: saved.logoUrl ?? '' }));
          notify(t('logo.uploaded'));
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'BRAND_KIT.NOT_AN_IMAGE') setLogoError(t('logo.notImage', { name: file.name }));
          else if (isApiError(error) && error.status === 413) setLogoError(t('logo.tooLarge', { name: file.name }));
          else setLogoError(apiErrorMessage(tc, error));
        },
      },
    );
  };

  const field = (name: keyof BrandKitValues & string) => ({ ...form.getInputProps(name), readOnly: !writer });
  const colorErrors = Object.fromEntries(
    Object.entries(form.errors)
      .filter(([path]) => path.startsWith('colors.'))
      .map(([path, message]) => [path.slice('colors.'.length), message as string]),
  ) as Partial<Record<ColorName, string>>;

  const chooseLanguage = (locale: string | null) => {
    setActiveLanguage(locale);
    // The preview follows the language being translated, when it has the sample in it.
    if (locale === 'fr' || locale === 'en') setPreviewLocale(locale);
  };

  const saveButton = (
    <Button type="submit" form="brand-kit-form" loading={update.isPending} disabled={!dirty}>
      {tc('common.save')}
    </Button>
  );

  return (
    <>
      <Anchor component={Link} to="/brand-kits" size="sm" mb="xs" display="inline-block">
        ← {t('back')}
      </Anchor>
      <PageHeader
        title={kit.name}
        description={kit.isDefault ? `${t('default')} · ${t('defaultHelp')}` : undefined}
        actions={
          writer && (
            <Group gap="sm">
              {dirty && (
                <Badge variant="filled" color="yellow.4" c="dark.9">
                  {t('unsaved')}
                </Badge>
              )}
              {saveButton}
            </Group>
          )
        }
      />
      {!writer && (
        <Alert color="gray" mb="md">
          <Text size="sm">{t('readOnly')}</Text>
        </Alert>
      )}
      {formError && (
        <Alert color="red" role="alert" mb="md">
          {formError}
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <form id="brand-kit-form" noValidate onSubmit={save}>
            <Stack gap="lg">
              <Section title={t('sections.identity')}>
                <TextInput label={t('fields.name')} description={t('fields.nameHelp')} withAsterisk={writer} {...field('name')} />
                <LogoDrop
                  logoUrl={values.logoUrl.trim()}
                  alt={values.logoAlt}
                  onFile={uploadLogo}
                  onRemove={() => form.setFieldValue('logoUrl', '')}
                  uploading={upload.isPending}
                  error={logoError}
                  disabled={!writer}
                />
                <TextInput label={t('fields.logoUrl')} description={t('fields.logoUrlHelp')} type="url" placeholder="https://" {...field('logoUrl')} />
                <TextInput label={t('fields.logoAlt')} description={t('fields.logoAltHelp')} {...field('logoAlt')} />
              </Section>

              <Section title={t('sections.colors')}>
                <BrandColorInputs values={values.colors} onChange={(name, value) => form.setFieldValue(`colors.${name}`, value)} errors={colorErrors} readOnly={!writer} />
              </Section>

              <Section title={t('sections.typography')}>
                <Autocomplete label={t('fields.fontFamily')} description={t('fields.fontFamilyHelp')} data={FONT_LISTS} comboboxProps={{ withinPortal: true }} {...field('fontFamily')} />
                <Text size="sm" style={{ fontFamily: values.fontFamily }} aria-hidden>
                  {t('fontSample')}
                </Text>
              </Section>

              <Section title={t('sections.sender')}>
                <TextInput label={t('fields.senderName')} withAsterisk={writer} {...field('senderName')} />
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput label={t('fields.senderEmail')} description={t('fields.senderEmailHelp')} type="email" withAsterisk={writer} {...field('senderEmail')} />
                  <TextInput label={t('fields.replyTo')} description={t('fields.replyToHelp')} type="email" {...field('replyTo')} />
                </SimpleGrid>
              </Section>

              <Section title={t('sections.footer')}>
                <Textarea label={t('fields.footerText')} description={t('fields.footerTextHelp')} autosize minRows={2} maxRows={6} {...field('footerText')} />
                <Textarea label={t('fields.legalMention')} description={t('fields.legalMentionHelp')} autosize minRows={2} maxRows={6} {...field('legalMention')} />
              </Section>

              <Section title={t('sections.languages')}>
                <TranslationsEditor
                  value={values.translations}
                  onChange={(next) => form.setFieldValue('translations', next)}
                  fields={translatedFields}
                  baseLocale={baseLocale}
                  baseValues={values}
                  errorOf={(index, name) => form.errors[`translations.${index}.${name}`] as string | undefined}
                  readOnly={!writer}
                  active={activeLanguage}
                  onActiveChange={chooseLanguage}
                />
              </Section>

              {writer && (
                <Group justify="flex-end" gap="sm">
                  {dirty && (
                    <Badge variant="filled" color="yellow.4" c="dark.9">
                      {t('unsaved')}
                    </Badge>
                  )}
                  {saveButton}
                </Group>
              )}
            </Stack>
          </form>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Box pos="sticky" top={76}>
            {writer ? (
              <BrandPreview kitId={kit.id} draft={draft} locale={previewLocale} onLocaleChange={setPreviewLocale} hasInvalid={hasInvalid} />
            ) : (
              <Paper withBorder radius="md" p="md">
                <Text size="sm" c="dimmed">
                  {t('preview.readOnly')}
                </Text>
              </Paper>
            )}
          </Box>
        </Grid.Col>
      </Grid>

      <Modal opened={blocker.status === 'blocked'} onClose={() => blocker.reset?.()} title={t('leave.title')} closeButtonProps={{ 'aria-label': tc('common.close') }}>
        <Stack gap="md">
          <Text size="sm">{t('leave.text')}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => blocker.reset?.()} data-autofocus>
              {t('leave.stay')}
            </Button>
            <Button color="red" onClick={() => blocker.proceed?.()}>
              {t('leave.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
