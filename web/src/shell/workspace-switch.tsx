import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CurrentWorkspace } from '../features/auth/workspace-context';

export function WorkspaceSwitch({
  workspaces,
  current,
  onChange,
}: {
  workspaces: CurrentWorkspace[];
  current: CurrentWorkspace;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select
      aria-label={t('shell.workspace')}
      data={workspaces.map((w) => ({ value: w.id, label: w.name }))}
      value={current.id}
      onChange={(id) => id && id !== current.id && onChange(id)}
      allowDeselect={false}
      size="sm"
      w={{ base: 160, sm: 220 }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
