import { Alert, Box, Group, Loader, Paper, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../../api/problem-message';
import { SlackMessage, TeamsCard } from './post-preview';
import type { Channel } from './template-draft';
import { type DraftRendering, type Learner, useAudienceSearch, usePreviewCampaigns } from './use-template-editor';

export type PreviewWidth = '375' | '1280';
export interface PreviewAs {
  campaignId: string | null;
  learner: Pick<Learner, 'id' | 'firstName' | 'lastName' | 'email'> | null;
}

const SAMPLE = '__sample__';
const NO_LEARNER = '__none__';
const FRAME_HEIGHT = 640;

const learnerName = (l: PreviewAs['learner']) => (l ? [l.firstName, l.lastName].filter(Boolean).join(' ') || l.email : '');

export interface PreviewPaneProps {
  workspaceId: string;
  workspaceName: string;
  channel: Channel;
  locales: string[];
  locale: string;
  onLocale: (locale: string) => void;
  as: PreviewAs;
  onAs: (as: PreviewAs) => void;
  rendering: { data?: DraftRendering; updating: boolean; error: unknown };
}

/** The draft as its readers will see it, updated as one types. */
export function PreviewPane({ workspaceId, workspaceName, channel, locales, locale, onLocale, as, onAs, rendering }: PreviewPaneProps) {
  const { t } = useTranslation('templateEditor');
  const { t: tr } = useTranslation();
  const [width, setWidth] = useState<PreviewWidth>('375');
  const [tool, setTool] = useState<'slack' | 'teams'>('slack');
  // The last rendering without problems stays on screen while the draft has some.
  const lastGood = useRef<DraftRendering | null>(null);
  const data = rendering.data;
  if (data && data.errors.length === 0 && (data.html !== null || data.post)) lastGood.current = data;
  const shown = lastGood.current;
  const problems = data?.errors.length ?? 0;

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="template-preview-title">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h4" id="template-preview-title">
            {t('preview.title')}
          </Title>
          {rendering.updating && (
            <Group gap={6} role="status">
              <Loader size="xs" />
              <Text size="xs" c="gray.7">
                {t('preview.updating')}
              </Text>
            </Group>
          )}
        </Group>
        <Group gap="sm" wrap="wrap">
          {locales.length > 1 && (
            <SegmentedControl
              size="xs"
              aria-label={t('preview.locale')}
              value={locale}
              onChange={onLocale}
              data={locales.map((l) => ({ value: l, label: l.toUpperCase() }))}
            />
          )}
          {channel === 'post' ? (
            <SegmentedControl
              size="xs"
              aria-label={t('preview.tool')}
              value={tool}
              onChange={(v) => setTool(v as 'slack' | 'teams')}
              data={[
                { value: 'slack', label: 'Slack' },
                { value: 'teams', label: 'Teams' },
              ]}
            />
          ) : (
            <SegmentedControl
              size="xs"
              aria-label={t('preview.width')}
              value={width}
              onChange={(v) => setWidth(v as PreviewWidth)}
              data={[
                { value: '375', label: t('preview.phone') },
                { value: '1280', label: t('preview.desktop') },
              ]}
            />
          )}
        </Group>
        <PreviewAsPicker workspaceId={workspaceId} channel={channel} as={as} onAs={onAs} />
        {problems > 0 && (
          <Alert color="yellow" p="xs" c="yellow.9">
            {t('preview.stale', { count: problems })}
          </Alert>
        )}
        {rendering.error != null && (
          <Alert color="red" p="xs" role="alert">
            {apiErrorMessage(tr, rendering.error)}
          </Alert>
        )}
        {!shown ? (
          <Text size="sm" c="gray.7">
            {rendering.updating ? t('preview.loading') : t('preview.nothing')}
          </Text>
        ) : channel === 'post' && shown.post ? (
          tool === 'slack' ? (
            <SlackMessage payload={shown.post.slack} appName={workspaceName} />
          ) : (
            <TeamsCard payload={shown.post.teams} />
          )
        ) : (
          <EmailPreview rendering={shown} width={width} />
        )}
      </Stack>
    </Paper>
  );
}

function EmailPreview({ rendering, width }: { rendering: DraftRendering; width: PreviewWidth }) {
  const { t } = useTranslation('templateEditor');
  const { ref, width: available } = useElementSize();
  const logical = Number(width);
  const scale = available > 0 ? Math.min(1, available / logical) : 1;
  return (
    <Stack gap="xs">
      <Box>
        <Text size="xs" c="gray.7">
          {t('preview.subject')}
        </Text>
        <Text size="sm" fw={600} data-testid="preview-subject" style={{ overflowWrap: 'anywhere' }}>
          {rendering.subject}
        </Text>
        {rendering.preheader && (
          <Text size="xs" c="gray.7" data-testid="preview-preheader" style={{ overflowWrap: 'anywhere' }}>
            {rendering.preheader}
          </Text>
        )}
      </Box>
      <Box ref={ref} w="100%">
        <Box
          mx="auto"
          w={logical * scale}
          h={FRAME_HEIGHT}
          style={{ overflow: 'hidden', border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-sm)', background: 'white' }}
        >
          {/* Sandboxed without scripts nor same origin: the email's HTML can run nothing and reach nothing of the console. */}
          <iframe
            title={t('preview.frameTitle', { width: logical })}
            sandbox=""
            srcDoc={rendering.html ?? ''}
            data-width={logical}
            style={{ border: 0, width: logical, height: FRAME_HEIGHT / scale, transform: `scale(${scale})`, transformOrigin: '0 0', display: 'block' }}
          />
        </Box>
      </Box>
    </Stack>
  );
}

function PreviewAsPicker({ workspaceId, channel, as, onAs }: { workspaceId: string; channel: Channel; as: PreviewAs; onAs: (as: PreviewAs) => void }) {
  const { t } = useTranslation('templateEditor');
  const campaigns = usePreviewCampaigns(workspaceId);
  const [search, setSearch] = useState('');
  const learners = useAudienceSearch(workspaceId, channel !== 'post' ? as.campaignId : null, channel === 'talking_points' ? 'ambassadors' : 'audience', search);
  const found = learners.data ?? [];
  const learnerOptions = [
    { value: NO_LEARNER, label: t('preview.sampleLearner') },
    ...(as.learner && !found.some((l) => l.id === as.learner!.id) ? [as.learner] : []).map((l) => ({ value: l.id, label: learnerName(l) })),
    ...found.map((l) => ({ value: l.id, label: `${learnerName(l)}${l.firstName || l.lastName ? ` · ${l.email}` : ''}` })),
  ];
  return (
    <Group gap="sm" grow wrap="wrap" align="flex-end">
      <Select
        size="xs"
        miw={180}
        label={t('preview.as')}
        allowDeselect={false}
        value={as.campaignId ?? SAMPLE}
        onChange={(value) => onAs({ campaignId: !value || value === SAMPLE ? null : value, learner: null })}
        data={[{ value: SAMPLE, label: t('preview.sampleData') }, ...(campaigns.data ?? []).map((c) => ({ value: c.id, label: c.name }))]}
        comboboxProps={{ withinPortal: true }}
      />
      {as.campaignId && channel !== 'post' && (
        <Select
          size="xs"
          miw={180}
          label={channel === 'talking_points' ? t('preview.ambassador') : t('preview.learner')}
          placeholder={t('preview.searchLearner')}
          searchable
          allowDeselect={false}
          nothingFoundMessage={learners.isFetching ? t('preview.searching') : t('preview.noLearner')}
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options }) => options}
          value={as.learner?.id ?? NO_LEARNER}
          onChange={(value) => {
            const learner = found.find((l) => l.id === value) ?? (value === as.learner?.id ? as.learner : null);
            onAs({ ...as, learner });
          }}
          data={learnerOptions}
          comboboxProps={{ withinPortal: true }}
        />
      )}
    </Group>
  );
}
