import { Alert, Button, List, Select, Stack, TagsInput, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { isApiError } from '../../api/api-error';
import { apiErrorMessage, problemMessage } from '../../api/problem-message';
import type { components } from '../../api/schema';
import { FormModal } from '../../components/form-modal';
import { useSession } from '../auth/use-session';
import type { TemplateDetail } from './use-templates';

type TestSendResult = components['schemas']['TestSendResultDto'];

/** Sends the latest version as a test (the worker sends it like campaign mail) and says where it went. */
export function TestSendDialog({ template, opened, onClose }: { template: TemplateDetail; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('templates');
  return (
    <FormModal opened={opened} onClose={onClose} title={t('testSend.title', { version: template.latest.version })}>
      {opened && <TestSendForm template={template} />}
    </FormModal>
  );
}

function TestSendForm({ template }: { template: TemplateDetail }) {
  const { t, i18n } = useTranslation('templates');
  const { t: tc } = useTranslation();
  const session = useSession();
  const me = session.data?.user.email;
  // In the reader's language when the version has it.
  const locales = template.latest.locales;
  const [locale, setLocale] = useState(locales.find((l) => l.startsWith(i18n.language.slice(0, 2))) ?? locales[0] ?? 'fr');
  const [others, setOthers] = useState<string[]>([]);
  const send = useMutation({
    mutationFn: async (): Promise<TestSendResult> => {
      const to = [...(me ? [me] : []), ...others.map((a) => a.trim()).filter(Boolean)];
      return (await api.POST('/v1/templates/{id}/test-send', { params: { path: { id: template.id } }, body: { version: template.latest.version, locale, ...(to.length ? { to } : {}) } })).data!;
    },
  });
  // Each refused address with what is wrong with it (`to[2]` is the third address sent).
  const sent = [...(me ? [me] : []), ...others.map((a) => a.trim()).filter(Boolean)];
  const refused = (isApiError(send.error) ? send.error.details : []).map((d) => {
    const index = /^to\[(\d+)\]$/.exec(d.path)?.[1];
    return index === undefined ? problemMessage(tc, d) : `${sent[Number(index)] ?? d.path} : ${problemMessage(tc, d)}`;
  });

  return (
    <Stack gap="md">
      <Text size="sm">{t('testSend.intro')}</Text>
      <Select label={t('testSend.locale')} data={locales.map((l) => ({ value: l, label: l.toUpperCase() }))} value={locale} onChange={(v) => v && setLocale(v)} allowDeselect={false} />
      {me && <Text size="sm">{t('testSend.toMe', { email: me })}</Text>}
      <TagsInput
        label={t('testSend.others')}
        description={t('testSend.othersHint')}
        value={others}
        onChange={setOthers}
        maxTags={9}
        splitChars={[',', ' ', ';']}
        error={refused.length ? refused.join(' · ') : undefined}
      />
      <Button onClick={() => send.mutate()} loading={send.isPending} disabled={!me && others.length === 0} style={{ alignSelf: 'flex-start' }}>
        {t('testSend.send')}
      </Button>
      {send.isError && (
        <Alert color="red" role="alert">
          {apiErrorMessage(tc, send.error)}
        </Alert>
      )}
      {send.data && <TestSendOutcome result={send.data} />}
    </Stack>
  );
}

function TestSendOutcome({ result }: { result: TestSendResult }) {
  const { t } = useTranslation('templates');
  if (result.status === 'queued') {
    return (
      <Alert color="yellow" title={t('testSend.queuedTitle')}>
        {t('testSend.queued')}
      </Alert>
    );
  }
  if (result.status === 'failed') {
    return (
      <Alert color="red" role="alert" title={t('testSend.failedTitle')}>
        {result.error}
      </Alert>
    );
  }
  return (
    <Alert color="green" title={t('testSend.doneTitle')} role="status">
      <Stack gap="xs">
        <List size="sm">
          {result.recipients.map((r) => (
            <List.Item key={r.to}>{t(`testSend.recipient.${r.status}`, { to: r.to, reason: r.reason ?? '' })}</List.Item>
          ))}
        </List>
        {result.transport && <Text size="sm">{t(`testSend.where.${result.transport}`, { destination: result.destination })}</Text>}
      </Stack>
    </Alert>
  );
}
