import { Alert, Blockquote, Button, Group, Paper, Stack, Text, Textarea, Timeline, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyApiError } from '../../components/api-form-error';
import { FormModal } from '../../components/form-modal';
import { dayjs } from '../../i18n/dates';
import type { Role } from '../auth/workspace-context';
import { useTemplateNotify } from './template-actions';
import { ReviewStatusBadge } from './template-badges';
import { canEditTemplates, canReview, type ReviewRecord, type ReviewStep, type TemplateDetail, useReviewStep } from './use-templates';

/** Which review steps a role may take on a version in a given state (the api's rules, for the buttons shown). */
export function reviewSteps(role: Role, status: TemplateDetail['latestStatus']): ReviewStep[] {
  const steps: ReviewStep[] = [];
  if (canEditTemplates(role) && (status === 'draft' || status === 'changes_requested')) steps.push('submit');
  if (canReview(role) && status === 'in_review') steps.push('approve', 'request-changes');
  return steps;
}

/** The review of the latest version: where it stands, what is asked of whom, and the steps this person may take. */
export function ReviewPanel({ template, role, approvalOn }: { template: TemplateDetail; role: Role; approvalOn: boolean | undefined }) {
  const { t } = useTranslation('templates');
  const [step, setStep] = useState<ReviewStep | null>(null);
  const version = template.latestVersion;
  const status = template.latestStatus;
  const steps = reviewSteps(role, status);
  // What the reviewer said when sending this version back: the editor reads it here.
  const sentBack = status === 'changes_requested' ? template.reviews.find((r) => r.version === version && r.action === 'changes_requested') : undefined;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="review-heading">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap="xs" wrap="wrap">
            <Title order={2} size="h4" id="review-heading">
              {t('review.title', { version })}
            </Title>
            <ReviewStatusBadge status={status} size="md" />
          </Group>
          {steps.length > 0 && (
            <Group gap="xs" wrap="wrap">
              {steps.map((s) => (
                <Button key={s} variant={s === 'request-changes' ? 'default' : 'filled'} onClick={() => setStep(s)}>
                  {t(`review.steps.${s}`)}
                </Button>
              ))}
            </Group>
          )}
        </Group>
        <Text size="sm">{t(`review.explain.${status}`, { context: status === 'in_review' && canReview(role) ? 'reviewer' : undefined })}</Text>
        {sentBack?.comment && (
          <Blockquote color="orange" p="sm" radius="sm" mt={4} cite={`— ${actorName(t, sentBack)}, ${dayjs(sentBack.createdAt).format('LLL')}`}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {sentBack.comment}
            </Text>
          </Blockquote>
        )}
        {approvalOn === false && (
          <Text size="sm" c="dimmed">
            {t('review.noApproval')}
          </Text>
        )}
      </Stack>
      <FormModal opened={step !== null} onClose={() => setStep(null)} title={step ? t(`review.dialog.${step}.title`, { version }) : ''}>
        {step && <ReviewForm templateId={template.id} version={version} step={step} onDone={() => setStep(null)} />}
      </FormModal>
    </Paper>
  );
}

function ReviewForm({ templateId, version, step, onDone }: { templateId: string; version: number; step: ReviewStep; onDone: () => void }) {
  const { t } = useTranslation('templates');
  const { t: tc } = useTranslation();
  const review = useReviewStep();
  const notify = useTemplateNotify();
  const [formError, setFormError] = useState<string | null>(null);
  const required = step === 'request-changes';
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { comment: '' },
    validate: {
      comment: (v) => (required && !v.trim() ? t('review.commentRequired') : v.length > 2000 ? t('validation.max', { max: 2000 }) : null),
    },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        setFormError(null);
        review.mutate(
          { id: templateId, version, step, comment: values.comment },
          {
            onSuccess: () => {
              notify(t(`review.dialog.${step}.done`, { version }));
              onDone();
            },
            onError: (error) => setFormError(applyApiError(form, error, tc)),
          },
        );
      })}
    >
      <Stack gap="md">
        <Text size="sm">{t(`review.dialog.${step}.body`, { version })}</Text>
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <Textarea
          label={t(required ? 'review.commentWhat' : 'review.comment')}
          description={required ? undefined : t('review.commentOptional')}
          withAsterisk={required}
          autosize
          minRows={3}
          data-autofocus
          key={form.key('comment')}
          {...form.getInputProps('comment')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {tc('common.cancel')}
          </Button>
          <Button type="submit" loading={review.isPending}>
            {t(`review.dialog.${step}.confirm`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function actorName(t: TFunction<'templates'>, record: ReviewRecord): string {
  if (!record.actor) return t('timeline.unknownActor');
  return record.actorKind === 'api_key' ? t('timeline.apiKey', { name: record.actor }) : record.actor;
}

/** Every review step of the template's versions, newest first: who, when (the reader's time), and what they said. */
export function ReviewTimeline({ reviews }: { reviews: ReviewRecord[] }) {
  const { t } = useTranslation('templates');
  if (reviews.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('timeline.empty')}
      </Text>
    );
  }
  return (
    <Timeline bulletSize={14} lineWidth={2} active={-1} aria-label={t('timeline.label')}>
      {reviews.map((record) => (
        <Timeline.Item
          key={record.id}
          title={
            <Text size="sm" fw={600}>
              {t(`timeline.actions.${record.action}`, { version: record.version })}
            </Text>
          }
        >
          <Text size="sm" c="dimmed">
            {t('timeline.byWhen', { who: actorName(t, record), when: dayjs(record.createdAt).format('LLL') })}
          </Text>
          {record.comment && (
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {t('timeline.quote', { comment: record.comment })}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
