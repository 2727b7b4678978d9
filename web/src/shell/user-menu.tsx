import { Avatar, Menu, UnstyledButton } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { type Session, useSignOut } from '../features/auth/use-session';

const initials = (name: string, email: string) =>
  (name.trim() || email)
    .split(/[\s@.]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');

export function UserMenu({ session }: { session: Session }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const { name, email } = session.user;
  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('shell.userMenu', { name: name || email })}>
          <Avatar color="blue" radius="xl" size={36}>
            {initials(name, email)}
          </Avatar>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{name ? `${name} · ${email}` : email}</Menu.Label>
        <Menu.Item component={Link} to="/profile">
          {t('shell.profile')}
        </Menu.Item>
        <Menu.Item
          color="red"
          onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate({ to: '/sign-in', search: { redirect: undefined } }) })}
        >
          {t('shell.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
