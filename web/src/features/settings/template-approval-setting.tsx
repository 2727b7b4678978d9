import { Divider, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isAdmin, useWorkspace } from '../auth/workspace-context';
import { useErrorMessage, useNotify } from './shared';
import { useSaveWorkspaceRules, useWorkspaceRules } from './use-settings';

/**
 * Whether template versions go through a review before campaigns may use them (`templateApproval`).
 * Saved as soon as an admin flips it; the others read where it stands.
 */
export function TemplateApprovalSetting() {
  const { t } = useTranslation('settings');
  const workspace = useWorkspace();
  const rules = useWorkspaceRules();
  const save = useSaveWorkspaceRules();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  if (!rules.data) return null;
  const on = save.isPending && save.variables.templateApproval !== undefined ? save.variables.templateApproval : rules.data.templateApproval;
  return (
    <Stack gap="sm" maw={640} mt="xl" component="section" aria-labelledby="template-approval-heading">
      <Divider />
      <Title order={3} size="h4" id="template-approval-heading">
        {t('templateApproval.title')}
      </Title>
      {isAdmin(workspace.role) ? (
        <Switch
          label={t('templateApproval.label')}
          description={t('templateApproval.help')}
          checked={on}
          disabled={save.isPending}
          onChange={(e) => {
            const templateApproval = e.currentTarget.checked;
            save.mutate(
              { templateApproval },
              {
                onSuccess: () => notify(t(templateApproval ? 'templateApproval.turnedOn' : 'templateApproval.turnedOff')),
                onError: (error) => notify(errorMessage(error), 'red'),
              },
            );
          }}
        />
      ) : (
        <Text size="sm">{t(on ? 'templateApproval.isOn' : 'templateApproval.isOff')}</Text>
      )}
    </Stack>
  );
}
