import { Button, Divider, Group, Modal, Radio, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAdmin, useWorkspace } from '../auth/workspace-context';
import { useErrorMessage, useNotify } from './shared';
import { useSaveWorkspaceRules, useWorkspaceRules, type WorkspaceRules } from './use-settings';

type OpenTracking = WorkspaceRules['openTracking'];
const MODES: OpenTracking[] = ['per_learner', 'aggregate'];

/**
 * How email opens are kept (`openTracking`): per learner, or counted per step and variant only (the
 * CNIL's 2025 draft recommendation on tracking pixels asks for consent for per-person open tracking).
 * An admin picks a mode and confirms it (the dialog says what changes and what stays); the others
 * read which one applies.
 */
export function OpenTrackingSetting() {
  const { t } = useTranslation('settings');
  const workspace = useWorkspace();
  const rules = useWorkspaceRules();
  const save = useSaveWorkspaceRules();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const [asked, setAsked] = useState<OpenTracking | null>(null);
  if (!rules.data) return null;
  const confirm = (openTracking: OpenTracking) => {
    setAsked(null);
    save.mutate(
      { openTracking },
      {
        onSuccess: () => notify(t(`openTracking.saved.${openTracking}`)),
        onError: (error) => notify(errorMessage(error), 'red'),
      },
    );
  };
  const mode = save.isPending && save.variables.openTracking !== undefined ? save.variables.openTracking : rules.data.openTracking;
  return (
    <Stack gap="sm" maw={640} mt="xl" component="section" aria-labelledby="open-tracking-heading">
      <Divider />
      <Title order={3} size="h4" id="open-tracking-heading">
        {t('openTracking.title')}
      </Title>
      <Text size="sm">{t('openTracking.why')}</Text>
      {isAdmin(workspace.role) ? (
        <Radio.Group
          label={t('openTracking.label')}
          value={mode}
          onChange={(value) => setAsked(value as OpenTracking)}
        >
          <Stack gap="sm" mt="xs">
            {MODES.map((m) => (
              <Radio key={m} value={m} disabled={save.isPending} label={t(`openTracking.modes.${m}.label`)} description={t(`openTracking.modes.${m}.help`)} />
            ))}
          </Stack>
        </Radio.Group>
      ) : (
        <Text size="sm">{t(`openTracking.modes.${mode}.state`)}</Text>
      )}
      <Modal opened={asked !== null} onClose={() => setAsked(null)} title={asked ? t(`openTracking.confirm.${asked}.title`) : ''}>
        {asked && (
          <Stack gap="md">
            <Text size="sm">{t(`openTracking.confirm.${asked}.text`)}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAsked(null)}>
                {t('openTracking.confirm.keep')}
              </Button>
              <Button onClick={() => confirm(asked)}>{t(`openTracking.confirm.${asked}.button`)}</Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
