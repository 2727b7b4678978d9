import { Alert, Badge, Button, Group, Modal, Paper, Select, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { apiErrorMessage } from '../../api/problem-message';
import { FormModal } from '../../components/form-modal';
import { EmptyState } from '../../components/empty-state';
import { LoadMoreButton } from '../../components/paged-list';
import { TableScrollRegion } from '../../components/table-scroll-region';
import { PageLoader } from '../../shell/page-loader';
import { authKeys, useSession } from '../auth/use-session';
import { isAdmin, useWorkspace, type Role } from '../auth/workspace-context';
import { InviteUserForm, ROLES } from './invite-user-form';
import { useChangeRole, useRemoveUser, useUsers, type WorkspaceUser } from './use-users';
import { dayjs } from '../../i18n/dates';

// Small bold badge text on striped rows: darker than Mantine's shades (green.9 and orange.9 miss 4.5:1).
const STATUS_COLOR: Record<WorkspaceUser['status'], string> = { active: '#1b5e20', invited: '#8a4b00' };

export function UsersPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const admin = isAdmin(workspace.role);
  const users = useUsers(workspace.id);
  const [inviting, setInviting] = useState(false);

  const notify = (message: string, color: 'green' | 'red' = 'green') =>
    notifications.show({ message, color, closeButtonProps: { 'aria-label': t('common.close') } });

  const all = users.items;
  const members = all.filter((u) => u.status === 'active');
  const pending = all.filter((u) => u.status === 'invited');

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Title order={2} size="h3">
            {t('users.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {admin ? t('users.descriptionAdmin') : t('users.descriptionReadOnly')}
          </Text>
        </Stack>
        {admin && <Button onClick={() => setInviting(true)}>{t('users.invite')}</Button>}
      </Group>

      {users.isPending ? (
        <PageLoader />
      ) : users.isError ? (
        <Alert color="red" role="alert" title={t('users.loadError')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{apiErrorMessage(t, users.error)}</Text>
            <Button size="xs" variant="default" onClick={() => void users.refetch()}>
              {t('common.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : (
        <>
          <section aria-labelledby="members-title">
            <Title id="members-title" order={3} size="h4" mb="sm">
              {t('users.members', { count: members.length })}
            </Title>
            {members.length === 0 ? (
              <EmptyState title={t('users.noMembers')} />
            ) : (
              <UsersTable users={members} admin={admin} workspaceId={workspace.id} label={t('users.membersTable')} onNotify={notify} />
            )}
          </section>
          <section aria-labelledby="pending-title">
            <Title id="pending-title" order={3} size="h4" mb="sm">
              {pending.length ? t('users.pending', { count: pending.length }) : t('users.pendingTable')}
            </Title>
            {pending.length === 0 ? (
              <EmptyState title={t('users.noPending')} description={admin ? t('users.noPendingAdmin') : undefined} />
            ) : (
              <UsersTable users={pending} admin={admin} workspaceId={workspace.id} label={t('users.pendingTable')} onNotify={notify} />
            )}
          </section>
          <LoadMoreButton list={users} />
        </>
      )}

      <FormModal opened={inviting} onClose={() => setInviting(false)} title={t('users.inviteTitle')}>
        <InviteUserForm
          workspaceId={workspace.id}
          onDone={(email) => {
            setInviting(false);
            notify(t('users.invited', { email }));
          }}
        />
      </FormModal>
    </Stack>
  );
}

function UsersTable({
  users,
  admin,
  workspaceId,
  label,
  onNotify,
}: {
  users: WorkspaceUser[];
  admin: boolean;
  workspaceId: string;
  label: string;
  onNotify: (message: string, color?: 'green' | 'red') => void;
}) {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const queryClient = useQueryClient();
  const changeRole = useChangeRole(workspaceId);
  const remove = useRemoveUser(workspaceId);
  const [removing, setRemoving] = useState<WorkspaceUser | null>(null);
  // Changing one's own role takes effect at once and may take away the right to undo it: asked first.
  const [ownRole, setOwnRole] = useState<Role | null>(null);
  // Below Mantine's `sm` (48em): cards instead of a table.
  const phone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });

  const errorMessage = (error: unknown) =>
    isApiError(error) && error.code === 'USER.LAST_ADMIN' ? t('users.lastAdmin') : apiErrorMessage(t, error);
  const isSelf = (user: WorkspaceUser) => user.id === session?.user.id;

  const applyRole = (user: WorkspaceUser, role: Role) =>
    changeRole.mutate(
      { id: user.id, role },
      {
        onSuccess: () => {
          onNotify(isSelf(user) ? t('users.ownRoleChanged', { role: t(`roles.${role}`) }) : t('users.roleChanged', { name: user.name || user.email, role: t(`roles.${role}`) }));
          // What this person may do in the console follows the role the session carries.
          if (isSelf(user)) void queryClient.invalidateQueries({ queryKey: authKeys.session });
        },
        onError: (error) => onNotify(errorMessage(error), 'red'),
        onSettled: () => setOwnRole(null),
      },
    );
  const me = users.find(isSelf);

  const roleControl = (user: WorkspaceUser, width: number | string) =>
    admin ? (
      <Select
        size="xs"
        w={width}
        aria-label={t('users.roleOf', { name: user.name || user.email })}
        data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        value={user.role}
        allowDeselect={false}
        disabled={changeRole.isPending}
        onChange={(role) => {
          if (!role || role === user.role) return;
          if (isSelf(user)) setOwnRole(role as Role);
          else applyRole(user, role as Role);
        }}
      />
    ) : (
      <Text size="sm">{t(`roles.${user.role}`)}</Text>
    );
  const status = (user: WorkspaceUser) => (
    <Badge color={STATUS_COLOR[user.status]} variant="outline" style={{ flexShrink: 0 }}>
      {t(`users.statuses.${user.status}`)}
    </Badge>
  );
  const activity = (user: WorkspaceUser) =>
    user.status === 'invited'
      ? user.invitedAt && t('users.invitedAt', { date: dayjs(user.invitedAt).format('ll') })
      : user.lastSignInAt
        ? t('users.lastSignIn', { when: dayjs(user.lastSignInAt).fromNow() })
        : t('users.neverSignedIn');
  const removeButton = (user: WorkspaceUser) => (
    <Button size="xs" variant="subtle" color="red" onClick={() => setRemoving(user)} aria-label={t('users.removeWho', { name: user.name || user.email })}>
      {user.status === 'invited' ? t('users.cancelInvitation') : t('users.remove')}
    </Button>
  );
  const person = (user: WorkspaceUser) => (
    <>
      <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
        {user.name || user.email}
        {isSelf(user) && ` (${t('users.you')})`}
      </Text>
      {user.name && (
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {user.email}
        </Text>
      )}
    </>
  );

  return (
    <>
      {phone ? (
        // On a phone, one card per person: everything readable and every action at hand, no sideways scroll.
        <div role="region" aria-label={label}>
          <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
            {users.map((user) => (
              <Paper component="li" key={user.id} withBorder p="sm" radius="sm">
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                  <div style={{ minWidth: 0 }}>{person(user)}</div>
                  {status(user)}
                </Group>
                <Text size="xs" c="dimmed" mt={4}>
                  {activity(user)}
                </Text>
                <Group justify="space-between" wrap="wrap" gap="xs" mt="xs">
                  {roleControl(user, 160)}
                  {admin && removeButton(user)}
                </Group>
              </Paper>
            ))}
          </Stack>
        </div>
      ) : (
        <TableScrollRegion label={label}>
          {/* Fixed columns: the members' and the invitations' tables line up. */}
          <Table verticalSpacing="sm" miw={720} layout="fixed" striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('users.person')}</Table.Th>
                <Table.Th w={170}>{t('fields.role')}</Table.Th>
                <Table.Th w={130}>{t('users.status')}</Table.Th>
                <Table.Th>{t('users.lastActivity')}</Table.Th>
                {admin && (
                  <Table.Th w={180}>
                    <VisuallyHidden>{t('users.actions')}</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.map((user) => (
                <Table.Tr key={user.id}>
                  <Table.Td>{person(user)}</Table.Td>
                  <Table.Td>{roleControl(user, 140)}</Table.Td>
                  <Table.Td>{status(user)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{activity(user)}</Text>
                  </Table.Td>
                  {admin && <Table.Td ta="right">{removeButton(user)}</Table.Td>}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScrollRegion>
      )}

      <Modal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={removing?.status === 'invited' ? t('users.cancelInvitationTitle') : t('users.removeTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {removing && (
          <Stack gap="md">
            <Text size="sm">
              {isSelf(removing)
                ? t('users.removeSelfConfirm')
                : t(removing.status === 'invited' ? 'users.cancelInvitationConfirm' : 'users.removeConfirm', { name: removing.name || removing.email })}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRemoving(null)}>
                {t('common.cancel')}
              </Button>
              <Button
                color="red"
                loading={remove.isPending}
                onClick={() =>
                  remove.mutate(
                    { id: removing.id },
                    {
                      onSuccess: () => {
                        onNotify(t('users.removed', { name: removing.name || removing.email }));
                        if (isSelf(removing)) void queryClient.invalidateQueries({ queryKey: authKeys.session });
                      },
                      onError: (error) => onNotify(errorMessage(error), 'red'),
                      onSettled: () => setRemoving(null),
                    },
                  )
                }
              >
                {removing.status === 'invited' ? t('users.cancelInvitation') : t('users.remove')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>

      <Modal opened={ownRole !== null && me !== undefined} onClose={() => setOwnRole(null)} title={t('users.ownRoleTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        {ownRole && me && (
          <Stack gap="md">
            <Text size="sm">{t('users.ownRoleConfirm', { role: t(`roles.${ownRole}`) })}</Text>
            {me.role === 'admin' && <Text size="sm">{t('users.ownRoleLosesAdmin')}</Text>}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOwnRole(null)}>
                {t('common.cancel')}
              </Button>
              <Button color="red" loading={changeRole.isPending} onClick={() => applyRole(me, ownRole)}>
                {t('users.ownRoleApply', { role: t(`roles.${ownRole}`) })}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
