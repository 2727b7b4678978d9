import { Accordion, Alert, Anchor, Box, Button, Container, Group, Image, List, Paper, SimpleGrid, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyLocale } from '../../i18n';
import { PageLoader } from '../../shell/page-loader';
import { type AmbassadorPage as PageData, isGoneLink, useAmbassadorPage, useLeaderboardOptOut, useLinkBrand, useRecordRelay } from './use-ambassadors';

const route = getRouteApi('/a/$token');

/** Copies text, and says so for a moment; `failed` when the browser refuses (no permission, no secure context). */
function useCopy() {
  const [state, setState] = useState<{ key: string; ok: boolean } | null>(null);
  useEffect(() => {
    if (!state) return;
    const timer = setTimeout(() => setState(null), 2500);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = async (key: string, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setState({ key, ok: true });
    } catch {
      setState({ key, ok: false });
    }
  };
  return { copy, copied: (key: string) => state?.key === key && state.ok, failed: (key: string) => state?.key === key && !state.ok };
}

/** An ambassador's page, opened from the personal link in their talking points: made for a phone, no account. */
export function AmbassadorPage() {
  const { token } = route.useParams();
  const { t } = useTranslation('ambassadors');
  const { t: tc } = useTranslation();
  const page = useAmbassadorPage(token);

  // The page speaks the ambassador's language (theirs, else the workspace's), as their email did.
  const locale = page.data?.locale;
  useEffect(() => {
    if (locale) void applyLocale(locale);
  }, [locale]);

  if (page.isPending) return <PageLoader />;
  if (page.isError) {
    if (isGoneLink(page.error)) return <InvalidLink token={token} />;
    return (
      <Container size={560} py="xl" px="md" component="main">
        <Alert color="red" role="alert" title={t('page.loadError')}>
          <Button variant="default" onClick={() => void page.refetch()}>
            {tc('common.retry')}
          </Button>
        </Alert>
      </Container>
    );
  }
  return <Kit token={token} data={page.data} />;
}

/**
 * A link that no longer opens (revoked, replaced, or never issued): a page of its own that says so
 * and what to do, in the workspace's brand when Clarion issued the link, else neutral.
 */
function InvalidLink({ token }: { token: string }) {
  const { t } = useTranslation('ambassadors');
  const owner = useLinkBrand(token, true);
  const locale = owner.data?.locale;
  useEffect(() => {
    if (locale) void applyLocale(locale);
  }, [locale]);
  if (owner.isPending) return <PageLoader />;
  const brand = owner.data?.brand;
  return (
    <Box component="main" mih="100vh" bg="gray.0" pb="xl">
      <Box component="header" px="md" py="lg" style={{ background: brand?.primary ?? 'var(--mantine-color-dark-6)', color: brand?.buttonText ?? '#fff' }}>
        <Container size={560} p={0}>
          <Group gap="sm" wrap="nowrap">
            {brand?.logoUrl && <Image src={brand.logoUrl} alt={brand.logoAlt} h={40} w="auto" fit="contain" radius="sm" bg="white" p={4} />}
            <Text size="lg" fw={700} style={{ color: 'inherit', overflowWrap: 'anywhere' }}>
              {owner.data?.workspaceName ?? t('page.title')}
            </Text>
          </Group>
        </Container>
      </Box>
      <Container size={560} px="md" pt="xl">
        <Paper withBorder radius="md" p="lg" role="alert" aria-labelledby="invalid-title">
          <Stack gap="sm">
            <Title order={1} size="h2" id="invalid-title">
              {t('page.invalidTitle')}
            </Title>
            <Text size="md">{t('page.invalidText')}</Text>
            <Text size="md" fw={600}>
              {t('page.invalidWhat')}
            </Text>
          </Stack>
        </Paper>
      </Container>
    </Box>
  );
}

function Kit({ token, data }: { token: string; data: PageData }) {
  const { t } = useTranslation('ambassadors');
  const relay = useRecordRelay(token);
  const optOut = useLeaderboardOptOut(token);
  const { copy, copied, failed } = useCopy();
  const brand = data.brand;
  const points = data.talkingPoints;
  const session = data.session;
  const results = data.results;

  return (
    <Box component="main" mih="100vh" bg="gray.0" pb="xl">
      <Box component="header" px="md" py="lg" style={{ background: brand.primary, color: brand.buttonText }}>
        <Container size={560} p={0}>
          <Group gap="sm" wrap="nowrap">
            {brand.logoUrl && <Image src={brand.logoUrl} alt={brand.logoAlt} h={40} w="auto" fit="contain" radius="sm" bg="white" p={4} />}
            <Stack gap={2} miw={0}>
              <Text size="sm" fw={600} style={{ color: 'inherit' }}>
                {t('page.title')}
              </Text>
              <Title order={1} size="h2" style={{ color: 'inherit', overflowWrap: 'anywhere' }}>
                {data.courseTitle}
              </Title>
              {session && (
                <Text size="md" style={{ color: 'inherit' }}>
                  {t('page.sessionLine', { date: session.when })}
                  {session.location ? ` · ${session.location}` : ''}
                </Text>
              )}
            </Stack>
          </Group>
        </Container>
      </Box>

      <Container size={560} px="md" pt="lg">
        <Stack gap="lg">
          {/* The talking points' own introduction greets the ambassador; without one, the page does. */}
          <Text size="lg" style={{ whiteSpace: 'pre-line' }} data-testid="intro">
            {points?.intro || (data.firstName ? t('page.hello', { name: data.firstName }) : t('page.helloNoName'))}
          </Text>

          {points ? (
            <Paper withBorder radius="md" p="md" component="section" aria-labelledby="post-title">
              <Stack gap="sm">
                <Title order={2} size="h3" id="post-title">
                  {t('page.post')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('page.postHint')}
                </Text>
                <Paper bg="gray.1" p="md" radius="md">
                  <Text size="lg" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="post-text">
                    {points.postText}
                  </Text>
                </Paper>
                <Button size="xl" fullWidth onClick={() => void copy('post', points.postText)}>
                  {copied('post') ? t('page.copied') : t('page.copyPost')}
                </Button>
                {failed('post') && (
                  <Text size="sm" c="red.8" role="alert">
                    {t('page.copyFailed')}
                  </Text>
                )}
              </Stack>
            </Paper>
          ) : (
            <Alert color="blue">{t('page.noKit')}</Alert>
          )}

          <Paper withBorder radius="md" p="md" component="section" aria-labelledby="link-title">
            <Stack gap="sm" align="stretch">
              <Title order={2} size="h3" id="link-title">
                {t('page.shortLink')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('page.shortLinkHint')}
              </Text>
              <Anchor href={data.shortUrl} size="lg" fw={700} ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                {data.shortUrl.replace(/^https?:\/\//, '')}
              </Anchor>
              <Button size="lg" variant="default" fullWidth onClick={() => void copy('link', data.shortUrl)}>
                {copied('link') ? t('page.copied') : t('page.copyLink')}
              </Button>
              {failed('link') && (
                <Text size="sm" c="red.8" role="alert">
                  {t('page.copyFailed')}
                </Text>
              )}
              <Stack gap={4} align="center" pt="sm">
                <Title order={3} size="h4">
                  {t('page.qr')}
                </Title>
                <Image src={data.qrCodeUrl} alt={t('page.qrAlt', { url: data.shortUrl })} w={260} h={260} maw="80vw" mah="80vw" bg="white" />
                <Text size="sm" c="dimmed" ta="center">
                  {t('page.qrHint')}
                </Text>
              </Stack>
            </Stack>
          </Paper>

          <Stack gap={6}>
            {results.relayedToday ? (
              <Paper bg="green.0" p="md" radius="md" withBorder style={{ borderColor: 'var(--mantine-color-green-8)' }} role="status">
                <Text size="lg" fw={700} ta="center">
                  ✓ {t('page.sharedToday')}
                </Text>
              </Paper>
            ) : (
              <Button size="xl" fullWidth variant="outline" loading={relay.isPending} onClick={() => relay.mutate()} style={{ borderWidth: 2 }}>
                {t('page.shared')}
              </Button>
            )}
            {results.relayCount > 0 && (
              <Text size="sm" c="dimmed" ta="center">
                {t('page.sharedCount', { count: results.relayCount })}
              </Text>
            )}
            {relay.isError && (
              <Text size="sm" c="red.8" role="alert">
                {t('page.saveError')}
              </Text>
            )}
          </Stack>

          <Paper withBorder radius="md" p="md" component="section" aria-labelledby="results-title">
            <Stack gap="sm">
              <Title order={2} size="h3" id="results-title">
                {t('page.results')}
              </Title>
              <SimpleGrid cols={2} spacing="sm">
                <Stat label={t('page.clicks')} value={results.clicks} testId="my-clicks" />
                <Stat label={t('page.enrolled')} value={results.enrolled} testId="my-enrolments" />
              </SimpleGrid>
            </Stack>
          </Paper>

          {points && points.keyMessages.length > 0 && (
            <Paper withBorder radius="md" p="md" component="section" aria-labelledby="messages-title">
              <Stack gap="sm">
                <Title order={2} size="h3" id="messages-title">
                  {t('page.keyMessages')}
                </Title>
                <List spacing="sm" size="lg">
                  {points.keyMessages.map((m, i) => (
                    <List.Item key={i}>{m}</List.Item>
                  ))}
                </List>
              </Stack>
            </Paper>
          )}

          {points && points.faq.length > 0 && (
            <Paper withBorder radius="md" p="md" component="section" aria-labelledby="faq-title">
              <Stack gap="sm">
                <Title order={2} size="h3" id="faq-title">
                  {t('page.faq')}
                </Title>
                <Accordion variant="separated">
                  {points.faq.map((f, i) => (
                    <Accordion.Item key={i} value={String(i)}>
                      <Accordion.Control>
                        <Text fw={600}>{f.question}</Text>
                      </Accordion.Control>
                      <Accordion.Panel>
                        <Text style={{ whiteSpace: 'pre-line' }}>{f.answer}</Text>
                      </Accordion.Panel>
                    </Accordion.Item>
                  ))}
                </Accordion>
              </Stack>
            </Paper>
          )}

          <Paper withBorder radius="md" p="md" component="section" aria-labelledby="board-title">
            <Stack gap="sm">
              <Title order={2} size="h3" id="board-title">
                {t('page.leaderboard')}
              </Title>
              <Table striped verticalSpacing="sm" horizontalSpacing={8} fz="md" aria-labelledby="board-title" layout="fixed">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w="18%" fz="sm">
                      {t('page.rank')}
                    </Table.Th>
                    <Table.Th fz="sm">{t('page.ambassador')}</Table.Th>
                    <Table.Th ta="right" w="17%" fz="sm">
                      {t('page.boardClicks')}
                    </Table.Th>
                    <Table.Th ta="right" w="24%" fz="sm">
                      {t('page.boardEnrolled')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.leaderboard.map((row, i) => (
                    <Table.Tr key={i} fw={row.you ? 700 : undefined}>
                      <Table.Td>{row.rank}</Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>
                        {row.firstName ?? t('page.anonymous')}
                        {row.you && ` (${t('page.you')})`}
                      </Table.Td>
                      <Table.Td ta="right">{row.clicks}</Table.Td>
                      <Table.Td ta="right">{row.enrolled}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Switch
                size="md"
                checked={data.leaderboardOptOut}
                disabled={optOut.isPending}
                onChange={(e) => optOut.mutate(e.currentTarget.checked)}
                label={t('page.optOut')}
                description={t('page.optOutHint')}
              />
              {optOut.isError && (
                <Text size="sm" c="red.8" role="alert">
                  {t('page.saveError')}
                </Text>
              )}
            </Stack>
          </Paper>
        </Stack>
      </Container>
    </Box>
  );
}

function Stat({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <Paper bg="gray.1" p="md" radius="md">
      <Text fz={32} fw={700} lh={1.1} data-testid={testId}>
        {value}
      </Text>
      <Text size="sm">{label}</Text>
    </Paper>
  );
}
