import { Tabs } from '@mantine/core';
import { Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';

const SECTIONS = [
  { value: '/settings/users', label: 'settings.users' },
  { value: '/settings/rules', label: 'settings:sections.rules' },
  { value: '/settings/api-keys', label: 'settings:sections.apiKeys' },
  { value: '/settings/channels', label: 'settings:sections.channels' },
  { value: '/settings/lms', label: 'settings:sections.lms' },
] as const;

export function SettingsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  return (
    <>
      <PageHeader title={t('settings.title')} />
      <Tabs value={pathname} onChange={(value) => value && void navigate({ to: value })} mb="lg" keepMounted={false}>
        <Tabs.List>
          {SECTIONS.map((s) => (
            <Tabs.Tab key={s.value} value={s.value}>
              {t(s.label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Outlet />
    </>
  );
}
