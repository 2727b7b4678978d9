import { Alert, Anchor, Badge, Box, Button, Card, Group, Image, List, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiErrorDetail, isApiError } from '../../api/api-error';
import { apiErrorMessage } from '../../api/problem-message';
import { applyApiErrorAtPaths } from '../../components/api-form-error';
import { EmptyState } from '../../components/empty-state';
import { FormModal } from '../../components/form-modal';
import { PageHeader } from '../../components/page-header';
import { PageLoader } from '../../shell/page-loader';
import { canWrite, useWorkspace } from '../auth/workspace-context';
import { type BrandKit, COLOR_NAMES, useBrandKits, useCreateBrandKit, useDeleteBrandKit, useUpdateBrandKit } from './use-brand-kits';

/** The campaigns a 409 `BRAND_KIT.IN_USE` names in its details. */
type InUseDetail = ApiErrorDetail & { campaignName?: string; status?: string };

function useNotify() {
  const { t } = useTranslation();
  return (message: string, color: 'green' | 'red' = 'green') => notifications.show({ message, color, closeButtonProps: { 'aria-label': t('common.close') } });
}

/** The workspace's brand kits: each one's logo, colours and sender; create, make default, delete. */
export function BrandKitsPage() {
  const { t } = useTranslation('brandKits');
  const { t: tc } = useTranslation();
  const workspace = useWorkspace();
  const writer = canWrite(workspace.role);
  const kits = useBrandKits();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<BrandKit | null>(null);
  const makeDefault = useUpdateBrandKit();
  const notify = useNotify();
  const items = kits.data?.items ?? [];

  const newButton = writer && <Button onClick={() => setCreating(true)}>{t('newKit')}</Button>;

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} actions={items.length > 0 ? newButton : undefined} />
      {kits.isPending ? (
        <PageLoader />
      ) : kits.isError ? (
        <Alert color="red" role="alert" title={t('loadError')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{apiErrorMessage(tc, kits.error)}</Text>
            <Button size="xs" variant="default" onClick={() => void kits.refetch()}>
              {tc('common.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : items.length === 0 ? (
        <EmptyState
          title={t('emptyTitle')}
          description={writer ? t('emptyDescription') : t('emptyReadOnly')}
          action={writer && <Button onClick={() => setCreating(true)}>{t('createFirst')}</Button>}
        />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" role="list" aria-label={t('list')}>
          {items.map((kit) => (
            <BrandKitCard
              key={kit.id}
              kit={kit}
              writer={writer}
              makingDefault={makeDefault.isPending && makeDefault.variables?.id === kit.id}
              onMakeDefault={() =>
                makeDefault.mutate(
                  { id: kit.id, body: { isDefault: true } },
                  { onSuccess: () => notify(t('defaultSet', { name: kit.name })), onError: (error) => notify(apiErrorMessage(tc, error), 'red') },
                )
              }
              onDelete={() => setDeleting(kit)}
            />
          ))}
        </SimpleGrid>
      )}
      <FormModal opened={creating} onClose={() => setCreating(false)} title={t('newKit')}>
        <CreateBrandKitForm />
      </FormModal>
      <DeleteBrandKit kit={deleting} onClose={() => setDeleting(null)} />
    </>
  );
}

function ColorStrip({ kit }: { kit: BrandKit }) {
  const { t } = useTranslation('brandKits');
  const colors = COLOR_NAMES.map((name) => kit.colors[name]).filter((c): c is string => Boolean(c));
  return (
    <Group gap={0} role="img" aria-label={t('colorsOf', { name: kit.name, colors: colors.join(', ') })} wrap="nowrap" style={{ borderRadius: 4, overflow: 'hidden', border: '1px solid var(--mantine-color-gray-4)' }}>
      {colors.map((color, i) => (
        <Box key={`${i}-${color}`} h={20} style={{ flex: 1, background: color }} />
      ))}
    </Group>
  );
}

function BrandKitCard({ kit, writer, makingDefault, onMakeDefault, onDelete }: { kit: BrandKit; writer: boolean; makingDefault: boolean; onMakeDefault: () => void; onDelete: () => void }) {
  const { t } = useTranslation('brandKits');
  return (
    <Card withBorder radius="md" padding="md" role="listitem">
      <Stack gap="sm" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Box w={120} h={48} style={{ display: 'flex', alignItems: 'center', flexShrink: 0 }}>
            {kit.logoUrl ? (
              <Image src={kit.logoUrl} alt={t('logoOf', { name: kit.name })} fit="contain" h={48} w={120} style={{ objectPosition: 'left center' }} />
            ) : (
              <Text size="xs" c="dimmed">
                {t('noLogo')}
              </Text>
            )}
          </Box>
          {kit.isDefault && (
            <Badge color="teal.9" variant="filled" title={t('defaultHelp')}>
              {t('default')}
            </Badge>
          )}
        </Group>
        <Anchor renderRoot={(props) => <Link {...props} to="/brand-kits/$brandKitId" params={{ brandKitId: kit.id }} />} fw={600} size="lg" style={{ overflowWrap: 'anywhere' }}>
          {kit.name}
        </Anchor>
        <Box>
          <Text size="xs" c="dimmed">
            {t('sender')}
          </Text>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {kit.senderName} &lt;{kit.senderEmail}&gt;
          </Text>
        </Box>
        <ColorStrip kit={kit} />
        <Group gap="xs" mt="auto" wrap="wrap">
          <Button
            size="xs"
            variant="default"
            renderRoot={(props) => <Link {...props} to="/brand-kits/$brandKitId" params={{ brandKitId: kit.id }} />}
            aria-label={t(writer ? 'editKit' : 'viewKit', { name: kit.name })}
          >
            {t(writer ? 'edit' : 'view')}
          </Button>
          {writer && !kit.isDefault && (
            <Button size="xs" variant="subtle" loading={makingDefault} onClick={onMakeDefault} aria-label={t('makeDefaultKit', { name: kit.name })}>
              {t('makeDefault')}
            </Button>
          )}
          {writer && (
            <Button size="xs" variant="subtle" color="red" onClick={onDelete} aria-label={t('deleteKit', { name: kit.name })}>
              {t('delete')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function CreateBrandKitForm() {
  const { t } = useTranslation('brandKits');
  const { t: tc } = useTranslation();
  const create = useCreateBrandKit();
  const navigate = useNavigate();
  const notify = useNotify();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name: '', senderName: '', senderEmail: '' },
    validate: {
      name: (v) => (v.trim() ? (v.length > 200 ? t('validation.max', { max: 200 }) : null) : tc('validation.required')),
      senderName: (v) => (v.trim() ? (v.length > 200 ? t('validation.max', { max: 200 }) : /[\r\n]/.test(v) ? t('validation.oneLine') : null) : tc('validation.required')),
      senderEmail: (v) => (v.trim() ? (EMAIL.test(v.trim()) ? null : tc('validation.email')) : tc('validation.required')),
    },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        setFormError(null);
        create.mutate(
          { name: values.name.trim(), senderName: values.senderName.trim(), senderEmail: values.senderEmail.trim() },
          {
            onSuccess: (kit) => {
              notify(t('created', { name: kit.name }));
              void navigate({ to: '/brand-kits/$brandKitId', params: { brandKitId: kit.id } });
            },
            onError: (error) => setFormError(applyApiErrorAtPaths(form, error, tc)),
          },
        );
      })}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('createHelp')}
        </Text>
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput label={t('fields.name')} withAsterisk data-autofocus key={form.key('name')} {...form.getInputProps('name')} />
        <TextInput label={t('fields.senderName')} withAsterisk key={form.key('senderName')} {...form.getInputProps('senderName')} />
        <TextInput label={t('fields.senderEmail')} type="email" withAsterisk key={form.key('senderEmail')} {...form.getInputProps('senderEmail')} />
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            {t('create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DeleteBrandKit({ kit, onClose }: { kit: BrandKit | null; onClose: () => void }) {
  const { t } = useTranslation('brandKits');
  const { t: tc } = useTranslation();
  const remove = useDeleteBrandKit();
  const notify = useNotify();
  const [inUse, setInUse] = useState<InUseDetail[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setInUse(null);
    setError(null);
    remove.reset();
    onClose();
  };
  return (
    <Modal opened={kit !== null} onClose={close} title={kit ? t('deleteTitle', { name: kit.name }) : ''} closeButtonProps={{ 'aria-label': tc('common.close') }}>
      {kit && (
        <Stack gap="md">
          {inUse ? (
            <Alert color="orange" title={t('inUseTitle')} role="alert">
              <Stack gap="xs">
                <Text size="sm">{t('inUse')}</Text>
                <List size="sm">
                  {inUse.map((c) => (
                    <List.Item key={c.path}>
                      {c.campaignName ?? c.message}
                      {c.status && ` (${t(`campaignStatuses.${c.status}`, { defaultValue: c.status })})`}
                    </List.Item>
                  ))}
                </List>
              </Stack>
            </Alert>
          ) : (
            <>
              <Text size="sm">{t('deleteText')}</Text>
              {kit.isDefault && <Text size="sm">{t('deleteDefault')}</Text>}
            </>
          )}
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} data-autofocus>
              {tc('common.cancel')}
            </Button>
            {!inUse && (
              <Button
                color="red"
                loading={remove.isPending}
                onClick={() =>
                  remove.mutate(kit.id, {
                    onSuccess: () => {
                      notify(t('deleted', { name: kit.name }));
                      close();
                    },
                    onError: (e) => {
                      if (isApiError(e) && e.code === 'BRAND_KIT.IN_USE') setInUse(e.details as InUseDetail[]);
                      else setError(apiErrorMessage(tc, e));
                    },
                  })
                }
              >
                {t('deleteConfirm')}
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
