import { Tabs } from '@mantine/core';
import { Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
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
  const list = useRef<HTMLDivElement>(null);
  // On a phone the tabs stay on one line and scroll sideways: the current one is brought into view.
  useEffect(() => {
    const strip = list.current;
    const current = strip?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
    if (!strip || !current || strip.scrollWidth <= strip.clientWidth) return;
    const left = current.getBoundingClientRect().left - strip.getBoundingClientRect().left + strip.scrollLeft;
    strip.scrollLeft = left - (strip.clientWidth - current.offsetWidth) / 2;
  }, [pathname]);
  return (
    <>
      <PageHeader title={t('settings.title')} />
      <Tabs
        value={pathname}
        onChange={(value) => value && void navigate({ to: value })}
        mb="lg"
        keepMounted={false}
        styles={{
          list: { flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden', scrollbarWidth: 'thin' },
          tab: { whiteSpace: 'nowrap', flexShrink: 0 },
        }}
      >
        <Tabs.List ref={list}>
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
