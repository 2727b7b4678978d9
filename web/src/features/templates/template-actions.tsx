import { Alert, Button, Group, List, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../api/problem-message';
import { applyApiError } from '../../components/api-form-error';
import { FormModal } from '../../components/form-modal';
import { type ListedTemplate, useArchiveTemplate, useDuplicateTemplate, useRenameTemplate } from './use-templates';

export type TemplateDialog = 'rename' | 'duplicate' | 'archive' | null;

export function useTemplateNotify() {
  const { t } = useTranslation();
  return (message: string, color: 'green' | 'red' = 'green') => notifications.show({ message, color, closeButtonProps: { 'aria-label': t('common.close') } });
}

/** The dialogs behind a template's actions (rename, duplicate, archive or bring back): one open at a time. */
export function TemplateDialogs({ template, dialog, onClose }: { template: ListedTemplate; dialog: TemplateDialog; onClose: () => void }) {
  return (
    <>
      <RenameDialog template={template} opened={dialog === 'rename'} onClose={onClose} />
      <DuplicateDialog template={template} opened={dialog === 'duplicate'} onClose={onClose} />
      <ArchiveDialog template={template} opened={dialog === 'archive'} onClose={onClose} />
    </>
  );
}

function RenameDialog({ template, opened, onClose }: { template: ListedTemplate; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('templates');
  return (
    <FormModal opened={opened} onClose={onClose} title={t('rename.title', { name: template.name })}>
      {opened && <RenameForm template={template} onDone={onClose} />}
    </FormModal>
  );
}

function RenameForm({ template, onDone }: { template: ListedTemplate; onDone: () => void }) {
  const { t } = useTranslation('templates');
  const { t: tc } = useTranslation();
  const rename = useRenameTemplate();
  const notify = useTemplateNotify();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name: template.name, description: template.description ?? '' },
    validate: {
      name: (v) => (v.trim() ? (v.length > 200 ? t('validation.max', { max: 200 }) : null) : tc('validation.required')),
      description: (v) => (v.length > 1000 ? t('validation.max', { max: 1000 }) : null),
    },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        setFormError(null);
        rename.mutate(
          { id: template.id, name: values.name.trim(), description: values.description.trim() || null },
          {
            onSuccess: (saved) => {
              notify(t('rename.done', { name: saved.name }));
              onDone();
            },
            onError: (error) => setFormError(applyApiError(form, error, tc)),
          },
        );
      })}
    >
      <Stack gap="md">
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput label={t('rename.name')} withAsterisk data-autofocus key={form.key('name')} {...form.getInputProps('name')} />
        <Textarea label={t('rename.description')} description={t('rename.descriptionHelp')} autosize minRows={2} key={form.key('description')} {...form.getInputProps('description')} />
        <Group justify="flex-end">
          <Button type="submit" loading={rename.isPending}>
            {t('rename.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DuplicateDialog({ template, opened, onClose }: { template: ListedTemplate; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('templates');
  return (
    <FormModal opened={opened} onClose={onClose} title={t('duplicate.title', { name: template.name })}>
      {opened && <DuplicateForm template={template} onDone={onClose} />}
    </FormModal>
  );
}

function DuplicateForm({ template, onDone }: { template: ListedTemplate; onDone: () => void }) {
  const { t } = useTranslation('templates');
  const { t: tc } = useTranslation();
  const duplicate = useDuplicateTemplate();
  const notify = useTemplateNotify();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name: t('duplicate.defaultName', { name: template.name }).slice(0, 200) },
    validate: { name: (v) => (v.trim() ? (v.length > 200 ? t('validation.max', { max: 200 }) : null) : tc('validation.required')) },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        setFormError(null);
        duplicate.mutate(
          { id: template.id, name: values.name.trim() },
          {
            onSuccess: (copy) => {
              notify(t('duplicate.done', { name: copy.name }));
              onDone();
              void navigate({ to: '/templates/$templateId', params: { templateId: copy.id } });
            },
            onError: (error) => setFormError(applyApiError(form, error, tc)),
          },
        );
      })}
    >
      <Stack gap="md">
        <Text size="sm">{t('duplicate.body')}</Text>
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput label={t('duplicate.name')} withAsterisk data-autofocus key={form.key('name')} {...form.getInputProps('name')} />
        <Group justify="flex-end">
          <Button type="submit" loading={duplicate.isPending}>
            {t('duplicate.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Archiving hides a template from the library; a template campaigns use can only be archived, never deleted. */
function ArchiveDialog({ template, opened, onClose }: { template: ListedTemplate; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('templates');
  const { t: tc } = useTranslation();
  const archive = useArchiveTemplate();
  const notify = useTemplateNotify();
  const archived = template.archivedAt !== null;
  const close = () => {
    archive.reset();
    onClose();
  };
  const used = template.usedBy.length;
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t(archived ? 'archive.unarchiveTitle' : 'archive.title', { name: template.name })}
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      <Stack gap="md">
        <Text size="sm">{t(archived ? 'archive.unarchiveBody' : 'archive.body')}</Text>
        {!archived && used > 0 && (
          <Alert color="blue" variant="light" p="sm" title={t('archive.inUseTitle', { count: used })}>
            <Stack gap={6}>
              <Text size="sm">{t('archive.inUse', { count: used })}</Text>
              <List size="sm" spacing={2}>
                {template.usedBy.map((campaign) => (
                  <List.Item key={campaign.id}>{campaign.name}</List.Item>
                ))}
              </List>
            </Stack>
          </Alert>
        )}
        {archive.error && (
          <Alert color="red" role="alert" p="xs">
            {apiErrorMessage(tc, archive.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {tc('common.cancel')}
          </Button>
          <Button
            loading={archive.isPending}
            onClick={() =>
              archive.mutate(
                { id: template.id, archived: !archived },
                {
                  onSuccess: () => {
                    notify(t(archived ? 'archive.unarchived' : 'archive.archived', { name: template.name }));
                    close();
                  },
                },
              )
            }
          >
            {t(archived ? 'archive.unarchiveConfirm' : 'archive.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
