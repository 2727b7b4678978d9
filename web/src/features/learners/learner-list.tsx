import { Anchor, Box, Card, Stack, Table, Text } from '@mantine/core';
import { ScrollRegion } from '../../components/scroll-region';
import { StatusDot } from '../../components/status-dot';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { countryName, fullName, languageName } from './display-names';
import type { LearnerSearch } from './learner-search';
import type { Learner } from './use-learners';

export function EmailStatus({ learner }: { learner: Learner }) {
  const { t } = useTranslation('learners');
  if (learner.unsubscribedAt) return <StatusDot color="orange" label={t('emailStatus.unsubscribed')} />;
  if (!learner.consentEmail) return <StatusDot color="gray" label={t('emailStatus.noConsent')} />;
  return <StatusDot color="green" label={t('emailStatus.ok')} />;
}

function LearnerLink({ learner, search }: { learner: Learner; search: LearnerSearch }) {
  const { t } = useTranslation('learners');
  return (
    <Anchor fw={600} size="sm" renderRoot={(props) => <Link {...props} to="/learners/$learnerId" params={{ learnerId: learner.id }} search={search} />}>
      {fullName(learner) ?? t('noName')}
    </Anchor>
  );
}

/** A text that wraps between its words only ("Lyon / Part-Dieu", never "Part- / Dieu"). */
function Words({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <>
      {text.split(/(\s+)/).map((part, i) => (i % 2 ? part : <span key={i} style={{ whiteSpace: 'nowrap' }}>{part}</span>))}
    </>
  );
}

interface LearnerListProps {
  learners: Learner[];
  personaName: (id: string | null) => string;
  /** The list's search and filters: a learner's page keeps them for its way back. */
  search: LearnerSearch;
}

/** The learners as a table from 768 px, as a list of cards on a phone. */
export function LearnerList(props: LearnerListProps) {
  return (
    <>
      <LearnersTable {...props} />
      <LearnerCards {...props} />
    </>
  );
}

function LearnersTable({ learners, personaName, search }: LearnerListProps) {
  const { t, i18n } = useTranslation('learners');
  return (
    <Box visibleFrom="sm">
      <ScrollRegion label={t('tableLabel')}>
        <Table verticalSpacing="sm" striped highlightOnHover miw={960}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('columns.name')}</Table.Th>
              <Table.Th>{t('columns.externalId')}</Table.Th>
              <Table.Th>{t('columns.department')}</Table.Th>
              <Table.Th>{t('columns.site')}</Table.Th>
              <Table.Th>{t('columns.country')}</Table.Th>
              <Table.Th>{t('columns.persona')}</Table.Th>
              <Table.Th>{t('columns.locale')}</Table.Th>
              <Table.Th>{t('columns.email')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {learners.map((learner) => (
              <Table.Tr key={learner.id}>
                <Table.Td maw={210}>
                  <LearnerLink learner={learner} search={search} />
                  <Text size="xs" c="dimmed" truncate>
                    {learner.email}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {learner.externalId}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{learner.department}</Text>
                  {learner.jobTitle && (
                    <Text size="xs" c="dimmed">
                      {learner.jobTitle}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    <Words text={learner.site} />
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    <Words text={countryName(learner.country, i18n.language)} />
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{personaName(learner.personaId)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{languageName(learner.locale, i18n.language)}</Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <EmailStatus learner={learner} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    </Box>
  );
}

function LearnerCards({ learners, personaName, search }: LearnerListProps) {
  const { t, i18n } = useTranslation('learners');
  return (
    <Stack gap="xs" hiddenFrom="sm" component="ul" aria-label={t('listLabel')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {learners.map((learner) => {
        const where = [learner.department, learner.site, countryName(learner.country, i18n.language)].filter(Boolean).join(' · ');
        const persona = personaName(learner.personaId);
        return (
          <Card key={learner.id} withBorder padding="sm" radius="md" component="li">
            <LearnerLink learner={learner} search={search} />
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {learner.email}
            </Text>
            {where && <Text size="sm">{where}</Text>}
            <Text size="xs" c="dimmed">
              {[learner.externalId, persona].filter(Boolean).join(' · ')}
            </Text>
          </Card>
        );
      })}
    </Stack>
  );
}
