import { Badge, Button, Group, Modal, ScrollArea, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state';
import { CardField, CardList, FULL_BADGE, usePhone } from '../../components/phone-cards';
import { useErrorMessage, useFormatDate, useNotify } from './shared';

/** A credential the api shows by its prefix only: an API key, an LMS signing secret. */
export interface Credential {
  id: string;
  prefix: string;
  createdAt: string;
  revokedAt?: string | null;
}

export interface CredentialColumn<T> {
  header: string;
  cell: (item: T) => ReactNode;
}

interface CredentialsTableProps<T extends Credential> {
  /** The table's accessible name. */
  label: string;
  /** What the credentials are: French agrees « Créée le » with a key, « Créé le » with a secret. */
  kind: 'apiKey' | 'lmsSecret';
  empty: string;
  items: T[];
  /** Columns before the prefix (a name, a role) and after the creation date (last use). */
  lead?: CredentialColumn<T>[];
  trail?: CredentialColumn<T>[];
  /** What the item is called in its revoke button and messages. */
  nameOf: (item: T) => string;
  /** Set for admins: the revoke button, its confirmation and the mutation behind it. */
  revoke?: {
    title: string;
    confirm: (item: T) => string;
    done: (item: T) => string;
    mutation: { isPending: boolean; mutate: (id: string, options: { onSuccess: () => void; onError: (error: unknown) => void; onSettled: () => void }) => void };
  };
}

/** The credentials of a settings page, with their prefix, creation date and state, and (for admins) revocation behind a confirmation. */
export function CredentialsTable<T extends Credential>({ label, kind, empty, items, lead = [], trail = [], nameOf, revoke }: CredentialsTableProps<T>) {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const formatDate = useFormatDate();
  const notify = useNotify();
  const message = useErrorMessage();
  const [revoking, setRevoking] = useState<T | null>(null);
  const phone = usePhone();

  if (items.length === 0) return <EmptyState title={empty} />;
  const prefix = (item: T) => (
    <Text size="sm" ff="monospace">
      {item.prefix}…
    </Text>
  );
  const state = (item: T) => (
    <Badge variant="filled" color={item.revokedAt ? 'red.9' : 'teal.9'} styles={FULL_BADGE}>
      {item.revokedAt ? t('revokedOn', { date: formatDate(item.revokedAt), context: kind }) : t('credentials.active', { context: kind })}
    </Badge>
  );
  const revokeButton = (item: T) =>
    revoke &&
    !item.revokedAt && (
      <Button size="xs" variant="subtle" color="red" onClick={() => setRevoking(item)} aria-label={t('revokeWho', { name: nameOf(item) })}>
        {t('revoke')}
      </Button>
    );
  return (
    <>
      {phone ? (
        <CardList label={label} items={items} keyOf={(item) => item.id}>
          {(item) => (
            <>
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                <div style={{ minWidth: 0 }}>{lead[0] ? lead[0].cell(item) : prefix(item)}</div>
                {state(item)}
              </Group>
              {lead.slice(1).map((column) => (
                <CardField key={column.header} label={column.header}>
                  {column.cell(item)}
                </CardField>
              ))}
              {lead.length > 0 && <CardField label={t('credentials.prefix')}>{prefix(item)}</CardField>}
              <CardField label={t('credentials.createdAt', { context: kind })}>
                <Text size="sm">{formatDate(item.createdAt)}</Text>
              </CardField>
              {trail.map((column) => (
                <CardField key={column.header} label={column.header}>
                  {column.cell(item)}
                </CardField>
              ))}
              {revoke && !item.revokedAt && <div style={{ marginTop: 6, marginLeft: -10 }}>{revokeButton(item)}</div>}
            </>
          )}
        </CardList>
      ) : (
        <ScrollArea type="auto" tabIndex={0} role="region" aria-label={label}>
          <Table verticalSpacing="sm" miw={560 + 120 * (lead.length + trail.length)} striped>
            <Table.Thead>
              <Table.Tr>
                {lead.map((column) => (
                  <Table.Th key={column.header}>{column.header}</Table.Th>
                ))}
                <Table.Th>{t('credentials.prefix')}</Table.Th>
                <Table.Th>{t('credentials.createdAt', { context: kind })}</Table.Th>
                {trail.map((column) => (
                  <Table.Th key={column.header}>{column.header}</Table.Th>
                ))}
                <Table.Th>{t('credentials.state')}</Table.Th>
                {revoke && (
                  <Table.Th>
                    <VisuallyHidden>{t('actions')}</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.id}>
                  {lead.map((column) => (
                    <Table.Td key={column.header}>{column.cell(item)}</Table.Td>
                  ))}
                  <Table.Td>{prefix(item)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDate(item.createdAt)}</Text>
                  </Table.Td>
                  {trail.map((column) => (
                    <Table.Td key={column.header}>{column.cell(item)}</Table.Td>
                  ))}
                  <Table.Td>{state(item)}</Table.Td>
                  {revoke && <Table.Td ta="right">{revokeButton(item)}</Table.Td>}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}

      {revoke && (
        <Modal opened={revoking !== null} onClose={() => setRevoking(null)} title={revoke.title} closeButtonProps={{ 'aria-label': tc('common.close') }}>
          {revoking && (
            <Stack gap="md">
              <Text size="sm">{revoke.confirm(revoking)}</Text>
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setRevoking(null)}>
                  {tc('common.cancel')}
                </Button>
                <Button
                  color="red"
                  loading={revoke.mutation.isPending}
                  onClick={() =>
                    revoke.mutation.mutate(revoking.id, {
                      onSuccess: () => notify(revoke.done(revoking)),
                      onError: (error) => notify(message(error), 'red'),
                      onSettled: () => setRevoking(null),
                    })
                  }
                >
                  {t('revoke')}
                </Button>
              </Group>
            </Stack>
          )}
        </Modal>
      )}
    </>
  );
}
