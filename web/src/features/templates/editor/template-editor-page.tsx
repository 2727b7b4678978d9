import { Alert, Anchor, Badge, Button, Grid, Group, Modal, Paper, Popover, SegmentedControl, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useBlocker, useNavigate, useParams, useRouter } from '@tanstack/react-router';
import { type ReactNode, useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiErrorDetail, isApiError } from '../../../api/api-error';
import { apiErrorMessage, problemMessage } from '../../../api/problem-message';
import { PageHeader } from '../../../components/page-header';
import { PageLoader } from '../../../shell/page-loader';
import { useWorkspace } from '../../auth/workspace-context';
import { type PlacedError, placeError } from './error-placement';
import type { Describe } from './handlebars-completion';
import { type PreviewAs, PreviewPane } from './preview-pane';
import {
  CHANNELS,
  type Channel,
  emptyVariant,
  fromApi,
  LOCALE_PATTERN,
  PHASES,
  type Phase,
  type Purpose,
  PURPOSES,
  sameContent,
  sortLocales,
  toApi,
  type Variant,
  type Variants,
} from './template-draft';
import { VariantFields } from './variant-fields';
import {
  canEditTemplates,
  type ReviewStatus,
  type TemplateDetail,
  useCreateTemplate,
  useDraftRendering,
  useSaveVersion,
  useSubmitVersion,
  useTemplateForEditor,
  useVocabulary,
} from './use-template-editor';

/** /templates/new: name, channel, purpose and phase first, then the content. */
export function NewTemplatePage() {
  return <TemplateEditor template={null} />;
}

/** /templates/:id/edit: the latest version's content, saved as a new version. */
export function TemplateEditorPage() {
  const { t } = useTranslation('templateEditor');
  const { templateId } = useParams({ strict: false }) as { templateId: string };
  const workspace = useWorkspace();
  const template = useTemplateForEditor(workspace.id, templateId);
  if (template.isPending) return <PageLoader />;
  if (template.isError)
    return (
      <Alert color="red" role="alert" title={t('loadError')}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{apiErrorMessage(t, template.error)}</Text>
          <BackLink to="/templates">{t('backToLibrary')}</BackLink>
        </Stack>
      </Alert>
    );
  return <TemplateEditor key={`${template.data.id}:${template.data.latestVersion}`} template={template.data} />;
}

/** A link to a page of the template studio (the library and the template page live beside the editor). */
function BackLink({ to, children }: { to: string; children: ReactNode }) {
  const router = useRouter();
  return (
    <Anchor
      href={to}
      size="sm"
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        router.history.push(to);
      }}
    >
      ← {children}
    </Anchor>
  );
}

const STATUS_COLOR: Record<ReviewStatus, string> = { draft: 'gray', in_review: 'blue', changes_requested: 'orange', approved: 'green' };

function useDescribe(): Describe {
  const { t, i18n } = useTranslation('templateEditor');
  return useMemo<Describe>(
    () => ({
      variable: (path, type) => ({ detail: t(`types.${type}`), info: t(`variables.${path}`, { defaultValue: '' }) || undefined }),
      helper: (name) => ({ detail: t(`helpers.${name}.usage`, { defaultValue: '' }) || undefined, info: t(`helpers.${name}.info`, { defaultValue: '' }) || undefined }),
      partial: (name, where) => ({
        detail: t(`partials.${name}.label`, { defaultValue: '' }) || undefined,
        info: [t(`partials.${name}.info`, { defaultValue: '' }), t(`partials.${name}.where`, { defaultValue: where })].filter(Boolean).join(' '),
      }),
    }),
    // The words change with the language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, i18n.language],
  );
}

interface Setup {
  name: string;
  description: string;
  channel: Channel;
  purpose: Purpose | null;
  phase: Phase | null;
}

function TemplateEditor({ template }: { template: TemplateDetail | null }) {
  const { t } = useTranslation('templateEditor');
  const { t: tr } = useTranslation();
  const workspace = useWorkspace();
  const navigate = useNavigate();
  const editable = canEditTemplates(workspace.role);
  const describe = useDescribe();

  const [setup, setSetup] = useState<Setup>({ name: '', description: '', channel: 'email', purpose: null, phase: null });
  const [setupErrors, setSetupErrors] = useState<Partial<Record<'name' | 'purpose' | 'phase', string>>>({});
  const channel: Channel = template?.channel ?? setup.channel;
  const initial = useMemo<Variants>(
    () => (template ? fromApi(template.channel, template.latest.variants as Record<string, unknown>) : { fr: emptyVariant('email'), en: emptyVariant('email') }),
    [template],
  );
  const [baseline, setBaseline] = useState<Variants>(initial);
  const [variants, setVariants] = useState<Variants>(initial);
  const locales = sortLocales(Object.keys(variants));
  const [locale, setLocale] = useState(locales[0]!);
  const [previewLocale, setPreviewLocale] = useState(locales[0]!);
  const [as, setAs] = useState<PreviewAs>({ campaignId: null, learner: null });
  const [saved, setSaved] = useState<{ version: number; status: ReviewStatus } | null>(template ? { version: template.latestVersion, status: template.latest.status } : null);
  const [saveProblems, setSaveProblems] = useState<{ for: Variants; errors: PlacedError[] } | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  const dirty = template === null ? !sameContent(variants, baseline) || setup.name.trim() !== '' : !sameContent(variants, baseline);
  const leaving = useRef(false);
  const blocker = useBlocker({ shouldBlockFn: () => dirty && !leaving.current, enableBeforeUnload: () => dirty && !leaving.current, withResolver: true });

  const vocabulary = useVocabulary(channel);
  const body = useMemo(() => ({ channel, variants: toApi(channel, variants) }), [channel, variants]);
  const options = { locale: previewLocale, campaignId: as.campaignId ?? undefined, learnerId: as.learner?.id ?? undefined };
  // Viewers cannot render drafts (nor change one): they see the saved version through its preview.
  const rendering = useDraftRendering(workspace.id, body, options, editable || !template ? undefined : { templateId: template.id, version: template.latestVersion });

  // A new template starts empty: "must not be empty" waits for a first attempt to save; mistakes show at once.
  const [attempted, setAttempted] = useState(template !== null);
  const place = useCallback((e: ApiErrorDetail) => placeError(e, (coded) => problemMessage(tr, coded)), [tr]);
  const liveErrors = useMemo(
    () => (rendering.data?.errors ?? []).filter((e) => attempted || e.code !== 'FIELD.REQUIRED').map(place),
    [rendering.data, attempted, place],
  );
  const errors = saveProblems && sameContent(saveProblems.for, variants) ? saveProblems.errors : liveErrors;
  const errorsByLocale = (l: string) => errors.filter((e) => e.locale === l).length;

  const create = useCreateTemplate();
  const save = useSaveVersion();
  const submit = useSubmitVersion();
  const notify = (message: string) => notifications.show({ message, color: 'green', closeButtonProps: { 'aria-label': tr('common.close') } });

  const setVariant = (value: Variant) => setVariants((current) => ({ ...current, [locale]: value }));
  const chooseLocale = (value: string) => {
    setLocale(value);
    setPreviewLocale(value);
  };
  const addLocale = (code: string) => {
    setVariants((current) => ({ ...current, [code]: structuredClone(current[locale] ?? emptyVariant(channel)) }));
    chooseLocale(code);
  };
  const removeLocale = () => {
    const rest = locales.filter((l) => l !== locale);
    setVariants((current) => Object.fromEntries(Object.entries(current).filter(([l]) => l !== locale)));
    chooseLocale(rest[0]!);
  };
  const chooseChannel = (value: Channel) => {
    setSetup((s) => ({ ...s, channel: value }));
    const fresh = Object.fromEntries(locales.map((l) => [l, emptyVariant(value)]));
    setVariants(fresh);
    setBaseline(fresh);
  };

  const onSaveError = (error: unknown) => {
    if (isApiError(error) && error.status === 422 && error.details.some((d) => d.path.startsWith('variants'))) {
      setSaveProblems({ for: variants, errors: error.details.filter((d) => d.path.startsWith('variants')).map(place) });
      setFormError(t('save.invalid'));
    } else if (isApiError(error) && error.status === 400 && template === null) {
      const named: typeof setupErrors = {};
      for (const d of error.details) if (d.path === 'name' || d.path === 'purpose' || d.path === 'phase') named[d.path] = problemMessage(tr, d);
      setSetupErrors(named);
      setFormError(apiErrorMessage(tr, error));
    } else setFormError(apiErrorMessage(tr, error));
  };

  const onSave = () => {
    setFormError(null);
    setAttempted(true);
    if (template === null) {
      const missing: typeof setupErrors = {
        ...(setup.name.trim() === '' && { name: tr('validation.required') }),
        ...(setup.purpose === null && { purpose: tr('validation.required') }),
        ...(setup.phase === null && { phase: tr('validation.required') }),
      };
      setSetupErrors(missing);
      if (Object.keys(missing).length) return;
      create.mutate(
        { name: setup.name.trim(), description: setup.description.trim() || null, channel, purpose: setup.purpose!, phase: setup.phase!, variants: toApi(channel, variants) },
        {
          onSuccess: (created) => {
            notify(t('save.created', { name: created.name }));
            leaving.current = true;
            void navigate({ to: '/templates/$templateId/edit', params: { templateId: created.id }, replace: true });
          },
          onError: onSaveError,
        },
      );
      return;
    }
    save.mutate(
      { id: template.id, variants: toApi(channel, variants) },
      {
        onSuccess: (version) => {
          setBaseline(variants);
          setSaveProblems(null);
          setSaved({ version: version.version, status: version.status });
          notify(t('save.saved', { version: version.version }));
        },
        onError: onSaveError,
      },
    );
  };

  const onSubmit = () => {
    if (!template || !saved) return;
    setFormError(null);
    submit.mutate(
      { id: template.id, version: saved.version },
      {
        onSuccess: (result) => {
          setSaved({ ...saved, status: result.status });
          notify(t('save.submitted', { version: saved.version }));
        },
        onError: (error) => setFormError(apiErrorMessage(tr, error)),
      },
    );
  };

  const canSubmit = editable && template && saved && !dirty && (saved.status === 'draft' || saved.status === 'changes_requested');
  const otherLocaleErrors = errors.filter((e) => e.locale !== locale && e.locale !== null);
  const here = errors.filter((e) => e.locale === locale || e.locale === null);

  return (
    <>
      <BackLink to={template ? `/templates/${template.id}` : '/templates'}>{template ? t('backToTemplate') : t('backToLibrary')}</BackLink>
      <PageHeader
        title={template ? t('editTitle', { name: template.name }) : t('newTitle')}
        actions={
          <Group gap="sm" wrap="wrap">
            {saved && (
              <Badge size="lg" variant="light" color={STATUS_COLOR[saved.status]} c="dark.8" data-testid="version-status">
                {t('status.version', { version: saved.version, status: t(`status.${saved.status}`) })}
              </Badge>
            )}
            {dirty && editable && (
              <Badge size="lg" variant="light" color="yellow" c="dark.8">
                {t('unsaved')}
              </Badge>
            )}
            {canSubmit && (
              <Button variant="default" onClick={onSubmit} loading={submit.isPending}>
                {t('save.submit')}
              </Button>
            )}
            {editable && (
              <Button onClick={onSave} loading={create.isPending || save.isPending} disabled={template !== null && !dirty}>
                {template ? t('save.action') : t('save.create')}
              </Button>
            )}
          </Group>
        }
      />
      {!editable && (
        <Alert color="gray" p="xs" mb="md">
          {t('readOnly')}
        </Alert>
      )}
      {formError && (
        <Alert color="red" role="alert" mb="md">
          {formError}
        </Alert>
      )}
      {template === null && (
        <SetupFields setup={setup} onChange={setSetup} onChannel={chooseChannel} errors={setupErrors} />
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Paper withBorder radius="md" p="md" component="section" aria-labelledby="template-content-title">
            <Stack gap="sm">
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Title order={2} size="h4" id="template-content-title">
                  {t('content')}
                </Title>
                <Group gap="xs" wrap="wrap">
                  <SegmentedControl
                    size="xs"
                    aria-label={t('locale.label')}
                    value={locale}
                    onChange={chooseLocale}
                    data={locales.map((l) => ({ value: l, label: errorsByLocale(l) ? `${l.toUpperCase()} · ${t('locale.problems', { count: errorsByLocale(l) })}` : l.toUpperCase() }))}
                  />
                  {editable && <AddLocale existing={locales} onAdd={addLocale} />}
                  {editable && locales.length > 1 && (
                    <Button size="xs" variant="subtle" color="red" c="red.9" onClick={removeLocale}>
                      {t('locale.remove', { locale: locale.toUpperCase() })}
                    </Button>
                  )}
                </Group>
              </Group>
              {variants[locale] && (
                <VariantFields
                  key={`${channel}:${locale}`}
                  channel={channel}
                  locale={locale}
                  variant={variants[locale]}
                  onChange={setVariant}
                  errors={errors}
                  readOnly={!editable}
                  vocabulary={vocabulary.data}
                  describe={describe}
                />
              )}
              <ProblemList errors={here} others={otherLocaleErrors} onLocale={chooseLocale} />
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <div style={{ position: 'sticky', top: 76 }}>
            <PreviewPane
              workspaceId={workspace.id}
              workspaceName={workspace.name}
              channel={channel}
              locales={locales}
              locale={locales.includes(previewLocale) ? previewLocale : locales[0]!}
              onLocale={setPreviewLocale}
              as={as}
              onAs={setAs}
              rendering={rendering}
            />
          </div>
        </Grid.Col>
      </Grid>
      <Modal opened={blocker.status === 'blocked'} onClose={() => blocker.reset?.()} title={t('leave.title')} closeButtonProps={{ 'aria-label': tr('common.close') }}>
        <Stack gap="md">
          <Text size="sm">{t('leave.body')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => blocker.reset?.()}>
              {t('leave.stay')}
            </Button>
            <Button color="red.8" onClick={() => blocker.proceed?.()}>
              {t('leave.discard')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function SetupFields({ setup, onChange, onChannel, errors }: { setup: Setup; onChange: (s: Setup) => void; onChannel: (c: Channel) => void; errors: Partial<Record<'name' | 'purpose' | 'phase', string>> }) {
  const { t } = useTranslation('templateEditor');
  return (
    <Paper withBorder radius="md" p="md" mb="lg" component="section" aria-labelledby="template-setup-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="template-setup-title">
          {t('setup.title')}
        </Title>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="template-channel-label">
            {t('setup.channel')}
          </Text>
          <SegmentedControl
            aria-labelledby="template-channel-label"
            w="fit-content"
            value={setup.channel}
            onChange={(v) => onChannel(v as Channel)}
            data={CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))}
          />
          <Text size="xs" c="gray.7">
            {t(`channelHelp.${setup.channel}`)}
          </Text>
        </Stack>
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label={t('setup.name')} withAsterisk value={setup.name} onChange={(e) => onChange({ ...setup, name: e.currentTarget.value })} error={errors.name} maxLength={200} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }}>
            <Select
              label={t('setup.purpose')}
              withAsterisk
              value={setup.purpose}
              onChange={(v) => onChange({ ...setup, purpose: v as Purpose | null })}
              data={PURPOSES.map((p) => ({ value: p, label: t(`purposes.${p}`) }))}
              error={errors.purpose}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }}>
            <Select
              label={t('setup.phase')}
              withAsterisk
              value={setup.phase}
              onChange={(v) => onChange({ ...setup, phase: v as Phase | null })}
              data={PHASES.map((p) => ({ value: p, label: t(`phases.${p}`) }))}
              error={errors.phase}
            />
          </Grid.Col>
        </Grid>
        <Textarea label={t('setup.description')} autosize minRows={1} maxRows={4} value={setup.description} onChange={(e) => onChange({ ...setup, description: e.currentTarget.value })} maxLength={1000} />
      </Stack>
    </Paper>
  );
}

function AddLocale({ existing, onAdd }: { existing: string[]; onAdd: (locale: string) => void }) {
  const { t } = useTranslation('templateEditor');
  const [opened, setOpened] = useState(false);
  const [code, setCode] = useState('');
  const problem = code === '' ? null : !LOCALE_PATTERN.test(code) ? t('locale.invalid') : existing.includes(code) ? t('locale.exists') : null;
  const add = () => {
    if (code === '' || problem) return;
    onAdd(code);
    setCode('');
    setOpened(false);
  };
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" trapFocus withinPortal>
      <Popover.Target>
        <Button size="xs" variant="subtle" onClick={() => setOpened((o) => !o)}>
          {t('locale.add')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <Stack gap="xs" w={220}>
            <TextInput size="xs" label={t('locale.code')} description={t('locale.codeHelp')} value={code} onChange={(e) => setCode(e.currentTarget.value.trim())} error={problem} data-autofocus />
            <Button size="xs" type="submit" disabled={code === '' || problem !== null}>
              {t('locale.addConfirm')}
            </Button>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}

function ProblemList({ errors, others, onLocale }: { errors: PlacedError[]; others: PlacedError[]; onLocale: (locale: string) => void }) {
  const { t } = useTranslation('templateEditor');
  if (errors.length === 0 && others.length === 0) return null;
  const fieldName = (e: PlacedError) => {
    if (!e.field) return t('errors.whole');
    const base = /^(\w+)(?:\[(\d+)\])?(?:\.(\w+))?/.exec(e.field);
    const name = t(`errors.fields.${base?.[1] ?? e.field}`, { defaultValue: e.field });
    return base?.[2] !== undefined ? `${name} ${Number(base[2]) + 1}${base[3] ? ` (${t(`errors.fields.${base[3]}`, { defaultValue: base[3] })})` : ''}` : name;
  };
  const byLocale = new Map<string, number>();
  for (const e of others) byLocale.set(e.locale!, (byLocale.get(e.locale!) ?? 0) + 1);
  return (
    <section aria-label={t('errors.listLabel')}>
      <Alert color="red" p="sm" title={t('errors.title', { count: errors.length + others.length })} role="status">
        <Stack gap={4}>
          {errors.length > 0 && (
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {errors.map((e, i) => (
                <li key={i}>
                  <Text size="sm" component="span" style={{ overflowWrap: 'anywhere' }}>
                    <strong>{e.line ? t('errors.fieldLine', { field: fieldName(e), line: e.line }) : t('errors.fieldOnly', { field: fieldName(e) })}</strong> {e.message}
                  </Text>
                </li>
              ))}
            </ul>
          )}
          {[...byLocale].map(([l, count]) => (
            <Anchor key={l} component="button" type="button" size="sm" c="red.9" underline="always" onClick={() => onLocale(l)} ta="start">
              {t('errors.otherLocale', { count, locale: l.toUpperCase() })}
            </Anchor>
          ))}
        </Stack>
      </Alert>
    </section>
  );
}
