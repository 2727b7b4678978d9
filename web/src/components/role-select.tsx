import { Select, type SelectProps, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const ROLES = ['admin', 'planner', 'editor', 'viewer'] as const;

/**
 * A role to give a person or an API key, each option saying what the role may do (the api's rule:
 * src/common/auth/roles.ts and README "Roles"); the chosen role's rights stay written under the field.
 */
export function RoleSelect({ description, value, ...props }: Omit<SelectProps, 'data' | 'renderOption'>) {
  const { t } = useTranslation();
  const rights = value ? t(`roleRights.${value}`) : null;
  return (
    <Select
      {...props}
      value={value}
      allowDeselect={false}
      description={[description, rights].filter(Boolean).join(' — ') || undefined}
      data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      comboboxProps={{ withinPortal: true }}
      renderOption={({ option }) => (
        <Stack gap={0}>
          <Text size="sm">{option.label}</Text>
          <Text size="xs" c="dimmed">
            {t(`roleRights.${option.value}`)}
          </Text>
        </Stack>
      )}
    />
  );
}
