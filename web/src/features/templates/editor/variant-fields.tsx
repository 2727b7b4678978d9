import { ActionIcon, Button, Group, Paper, Stack, Tabs, Text, Textarea, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CodeEditor } from './code-editor';
import { errorsAt, lineDiagnostics, type PlacedError } from './error-placement';
import type { Describe, Vocabulary } from './handlebars-completion';
import type { Channel, EmailVariant, PostVariant, TalkingPointsVariant, Variant } from './template-draft';

const MAX_KEY_MESSAGES = 10;
const MAX_FAQ = 20;

export interface VariantFieldsProps {
  channel: Channel;
  locale: string;
  variant: Variant;
  onChange: (variant: Variant) => void;
  errors: PlacedError[];
  readOnly: boolean;
  vocabulary?: Vocabulary;
  describe: Describe;
}

/** The fields of one locale's variant, by channel, each with the api's problems under it or at their line. */
export function VariantFields(props: VariantFieldsProps) {
  if (props.channel === 'email') return <EmailFields {...props} variant={props.variant as EmailVariant} />;
  if (props.channel === 'post') return <PostFields {...props} variant={props.variant as PostVariant} />;
  return <TalkingPointsFields {...props} variant={props.variant as TalkingPointsVariant} />;
}

/** "line 3: …" problems of a field, as the text under it. */
function useFieldError(errors: PlacedError[], locale: string) {
  const { t } = useTranslation('templateEditor');
  return (field: string): string | undefined => {
    const found = errorsAt(errors, locale, field);
    return found.length ? found.map((e) => (e.line && e.line > 1 ? t('errors.atLine', { line: e.line, message: e.message }) : e.message)).join(' · ') : undefined;
  };
}

function EmailFields({ locale, variant, onChange, errors, readOnly, vocabulary, describe }: VariantFieldsProps & { variant: EmailVariant }) {
  const { t } = useTranslation('templateEditor');
  const fieldError = useFieldError(errors, locale);
  const bodyDiagnostics = useMemo(() => lineDiagnostics(variant.body, errorsAt(errors, locale, 'body')), [variant.body, errors, locale]);
  const textDiagnostics = useMemo(() => lineDiagnostics(variant.text, errorsAt(errors, locale, 'text')), [variant.text, errors, locale]);
  const set = (patch: Partial<EmailVariant>) => onChange({ ...variant, ...patch });
  return (
    <Stack gap="sm">
      <TextInput label={t('fields.subject')} withAsterisk readOnly={readOnly} value={variant.subject} onChange={(e) => set({ subject: e.currentTarget.value })} error={fieldError('subject')} />
      <TextInput
        label={t('fields.preheader')}
        description={t('fields.preheaderHelp')}
        withAsterisk
        readOnly={readOnly}
        value={variant.preheader}
        onChange={(e) => set({ preheader: e.currentTarget.value })}
        error={fieldError('preheader')}
      />
      <Tabs defaultValue="body" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="body">{t('fields.body')}</Tabs.Tab>
          <Tabs.Tab value="text">{t('fields.text')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="body" pt="xs">
          <Text size="xs" c="gray.7" mb={6}>
            {t('fields.bodyHelp')}
          </Text>
          <CodeEditor
            label={t('fields.bodyEditor', { locale: locale.toUpperCase() })}
            language="mjml"
            value={variant.body}
            onChange={(body) => set({ body })}
            readOnly={readOnly}
            diagnostics={bodyDiagnostics}
            vocabulary={vocabulary}
            describe={describe}
            minHeight={380}
          />
        </Tabs.Panel>
        <Tabs.Panel value="text" pt="xs">
          <Text size="xs" c="gray.7" mb={6}>
            {t('fields.textHelp')}
          </Text>
          <CodeEditor
            label={t('fields.textEditor', { locale: locale.toUpperCase() })}
            language="text"
            value={variant.text}
            onChange={(text) => set({ text })}
            readOnly={readOnly}
            diagnostics={textDiagnostics}
            vocabulary={vocabulary}
            describe={describe}
            placeholder={t('fields.textPlaceholder')}
            minHeight={240}
          />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function PostFields({ locale, variant, onChange, errors, readOnly, vocabulary, describe }: VariantFieldsProps & { variant: PostVariant }) {
  const { t } = useTranslation('templateEditor');
  const fieldError = useFieldError(errors, locale);
  const diagnostics = useMemo(() => lineDiagnostics(variant.body, errorsAt(errors, locale, 'body')), [variant.body, errors, locale]);
  const set = (patch: Partial<PostVariant>) => onChange({ ...variant, ...patch });
  return (
    <Stack gap="sm">
      <TextInput label={t('fields.title')} withAsterisk readOnly={readOnly} value={variant.title} onChange={(e) => set({ title: e.currentTarget.value })} error={fieldError('title')} />
      <div>
        <Text size="sm" fw={500} mb={2}>
          {t('fields.postBody')}
        </Text>
        <Text size="xs" c="gray.7" mb={6}>
          {t('fields.postBodyHelp')}
        </Text>
        <CodeEditor
          label={t('fields.postBodyEditor', { locale: locale.toUpperCase() })}
          language="markdown"
          value={variant.body}
          onChange={(body) => set({ body })}
          readOnly={readOnly}
          diagnostics={diagnostics}
          vocabulary={vocabulary}
          describe={describe}
          minHeight={240}
        />
      </div>
      <Group grow align="flex-start" wrap="wrap">
        <TextInput
          miw={200}
          label={t('fields.ctaLabel')}
          readOnly={readOnly}
          value={variant.callToAction.label}
          onChange={(e) => set({ callToAction: { ...variant.callToAction, label: e.currentTarget.value } })}
          error={fieldError('callToAction.label')}
        />
        <TextInput
          miw={200}
          label={t('fields.ctaUrl')}
          description={t('fields.ctaUrlHelp')}
          readOnly={readOnly}
          value={variant.callToAction.url}
          onChange={(e) => set({ callToAction: { ...variant.callToAction, url: e.currentTarget.value } })}
          error={fieldError('callToAction.url')}
        />
      </Group>
    </Stack>
  );
}

function TalkingPointsFields({ locale, variant, onChange, errors, readOnly }: VariantFieldsProps & { variant: TalkingPointsVariant }) {
  const { t } = useTranslation('templateEditor');
  const fieldError = useFieldError(errors, locale);
  const set = (patch: Partial<TalkingPointsVariant>) => onChange({ ...variant, ...patch });
  const setMessage = (i: number, value: string) => set({ keyMessages: variant.keyMessages.map((m, j) => (j === i ? value : m)) });
  const setFaq = (i: number, patch: Partial<{ question: string; answer: string }>) => set({ faq: variant.faq.map((f, j) => (j === i ? { ...f, ...patch } : f)) });
  return (
    <Stack gap="sm">
      <TextInput label={t('fields.subject')} withAsterisk readOnly={readOnly} value={variant.subject} onChange={(e) => set({ subject: e.currentTarget.value })} error={fieldError('subject')} />
      <TextInput
        label={t('fields.preheader')}
        description={t('fields.preheaderHelp')}
        withAsterisk
        readOnly={readOnly}
        value={variant.preheader}
        onChange={(e) => set({ preheader: e.currentTarget.value })}
        error={fieldError('preheader')}
      />
      <Textarea label={t('fields.intro')} withAsterisk autosize minRows={3} readOnly={readOnly} value={variant.intro} onChange={(e) => set({ intro: e.currentTarget.value })} error={fieldError('intro')} />
      <Paper withBorder p="sm" radius="md" component="fieldset" style={{ margin: 0 }}>
        <Text component="legend" size="sm" fw={500} px={4}>
          {t('fields.keyMessages')}
        </Text>
        <Stack gap="xs">
          {variant.keyMessages.map((message, i) => (
            <Group key={i} align="flex-start" gap="xs" wrap="nowrap">
              <Textarea
                style={{ flex: 1 }}
                label={t('fields.keyMessage', { n: i + 1 })}
                autosize
                minRows={1}
                readOnly={readOnly}
                value={message}
                onChange={(e) => setMessage(i, e.currentTarget.value)}
                error={fieldError(`keyMessages[${i}]`)}
              />
              {!readOnly && variant.keyMessages.length > 1 && (
                <ActionIcon variant="subtle" color="gray.8" mt={26} aria-label={t('fields.removeKeyMessage', { n: i + 1 })} onClick={() => set({ keyMessages: variant.keyMessages.filter((_, j) => j !== i) })}>
                  ✕
                </ActionIcon>
              )}
            </Group>
          ))}
          {fieldError('keyMessages') && (
            <Text size="xs" c="red.8">
              {fieldError('keyMessages')}
            </Text>
          )}
          {!readOnly && variant.keyMessages.length < MAX_KEY_MESSAGES && (
            <Button variant="subtle" size="xs" w="fit-content" onClick={() => set({ keyMessages: [...variant.keyMessages, ''] })}>
              {t('fields.addKeyMessage')}
            </Button>
          )}
        </Stack>
      </Paper>
      <Textarea
        label={t('fields.postText')}
        description={t('fields.postTextHelp')}
        withAsterisk
        autosize
        minRows={3}
        readOnly={readOnly}
        value={variant.postText}
        onChange={(e) => set({ postText: e.currentTarget.value })}
        error={fieldError('postText')}
      />
      <Paper withBorder p="sm" radius="md" component="fieldset" style={{ margin: 0 }}>
        <Text component="legend" size="sm" fw={500} px={4}>
          {t('fields.faq')}
        </Text>
        <Stack gap="sm">
          {variant.faq.length === 0 && (
            <Text size="xs" c="gray.7">
              {t('fields.noFaq')}
            </Text>
          )}
          {variant.faq.map((item, i) => (
            <Stack key={i} gap={4}>
              <Group align="flex-start" gap="xs" wrap="nowrap">
                <TextInput
                  style={{ flex: 1 }}
                  label={t('fields.question', { n: i + 1 })}
                  readOnly={readOnly}
                  value={item.question}
                  onChange={(e) => setFaq(i, { question: e.currentTarget.value })}
                  error={fieldError(`faq[${i}].question`)}
                />
                {!readOnly && (
                  <ActionIcon variant="subtle" color="gray.8" mt={26} aria-label={t('fields.removeQuestion', { n: i + 1 })} onClick={() => set({ faq: variant.faq.filter((_, j) => j !== i) })}>
                    ✕
                  </ActionIcon>
                )}
              </Group>
              <Textarea
                label={t('fields.answer', { n: i + 1 })}
                autosize
                minRows={2}
                readOnly={readOnly}
                value={item.answer}
                onChange={(e) => setFaq(i, { answer: e.currentTarget.value })}
                error={fieldError(`faq[${i}].answer`)}
              />
            </Stack>
          ))}
          {!readOnly && variant.faq.length < MAX_FAQ && (
            <Button variant="subtle" size="xs" w="fit-content" onClick={() => set({ faq: [...variant.faq, { question: '', answer: '' }] })}>
              {t('fields.addQuestion')}
            </Button>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
