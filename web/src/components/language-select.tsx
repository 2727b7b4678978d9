import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// Each language named in itself, as people look for their own.
const LANGUAGES = [
  { value: 'fr', label: 'Français' },
  { value: 'en', label: 'English' },
];

/** A choice of the console's languages (a person's, an invitation's). */
export function LanguageSelect(props: Omit<SelectProps, 'data' | 'label'>) {
  const { t } = useTranslation();
  return <Select label={t('fields.language')} allowDeselect={false} data={LANGUAGES} {...props} />;
}
