import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useChangeLocale } from '../features/profile/use-profile';
import { type AppLocale, isLocale } from '../i18n';

/** FR / EN; saved on this browser and, when signed in, on the user. */
export function LanguageSwitch({ signedIn = true }: { signedIn?: boolean }) {
  const { t, i18n } = useTranslation();
  const changeLocale = useChangeLocale(signedIn);
  const current = isLocale(i18n.language) ? i18n.language : 'en';
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('shell.language')}
      value={current}
      onChange={(value) => changeLocale(value as AppLocale)}
      data={[
        { value: 'fr', label: <span aria-label="Français" lang="fr">FR</span> },
        { value: 'en', label: <span aria-label="English" lang="en">EN</span> },
      ]}
    />
  );
}
