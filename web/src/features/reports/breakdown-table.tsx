import { Table, Text, UnstyledButton } from '@mantine/core';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePhone } from '../../components/phone-cards';
import { TableScrollRegion } from '../../components/table-scroll-region';
import { count, percent, type SortKey, sortRows } from './report-format';
import { Hint } from './explained';
import classes from './report.module.css';
import type { Breakdown, BreakdownRow, Funnel, Selection, Stage } from './use-report';

const COUNT_COLUMNS = ['targeted', 'delivered', 'opened', 'clicked', 'enrolled', 'completed'] as const satisfies ReadonlyArray<keyof Funnel & Stage>;
const RATE_COLUMNS = ['clickThrough', 'participation'] as const;

/**
 * One breakdown of the funnel as a table: sortable by any column, each count with a bar (its share
 * of the column's largest) and a button that lists its learners.
 */
export function BreakdownTable({
  dimension,
  rows,
  aggregate,
  attributionWindowDays,
  onDrill,
}: {
  dimension: Breakdown;
  rows: BreakdownRow[];
  /** Opens kept in aggregate only: counted by step, channel and variant (no list of who); unknown by persona, department or site. */
  aggregate: boolean;
  attributionWindowDays: number;
  onDrill: (selection: Selection) => void;
}) {
  const { t, i18n } = useTranslation('reports');
  const opensUnknown = aggregate && (dimension === 'persona' || dimension === 'department' || dimension === 'site');
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean } | null>(null);
  const sorted = useMemo(() => (sort ? sortRows(rows, sort.key, sort.descending, i18n.language) : rows), [rows, sort, i18n.language]);
  const max = useMemo(() => Object.fromEntries(COUNT_COLUMNS.map((c) => [c, Math.max(1, ...rows.map((r) => r.funnel[c]))])), [rows]);

  const header = (key: SortKey, label: string, numeric: boolean, explanation?: string) => {
    const active = sort?.key === key;
    const next = () => setSort(active ? { key, descending: !sort.descending } : { key, descending: key !== 'label' });
    const button = (
      <UnstyledButton onClick={next} fw={600} fz="sm" className={explanation ? classes.explained : undefined}>
        {label} {active ? (sort.descending ? '↓' : '↑') : ''}
      </UnstyledButton>
    );
    return (
      <Table.Th key={key} className={numeric ? classes.numeric : undefined} aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
        {explanation ? (
          <Hint label={explanation}>{button}</Hint>
        ) : (
          button
        )}
      </Table.Th>
    );
  };
  const explainStage = (c: string) => (c === 'opened' && aggregate ? t('aggregate.openedExplain') : t(`stage.${c}.explain`, { days: attributionWindowDays }));
  const groupName = (row: BreakdownRow) =>
    row.key === null ? t(dimension === 'variant' ? 'noVariant' : 'noValue') : dimension === 'channel' || dimension === 'variant' ? channelOrVariant(t, dimension, row.label) : row.label;

  return (
    <ScrollCue label={t('breakdown.region', { dimension: t(`breakdown.${dimension}`) })}>
      <Table striped highlightOnHover verticalSpacing={6} miw={720}>
        <Table.Thead>
          <Table.Tr>
            {header('label', t(`breakdown.${dimension}`), false)}
            {COUNT_COLUMNS.map((c) => header(c, t(`stage.${c}.short`), true, explainStage(c)))}
            {RATE_COLUMNS.map((r) => header(r, t(`rate.${r}.short`), true, t(`rate.${r}.explain`)))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((row) => (
            <Table.Tr key={row.key ?? '(none)'}>
              <Table.Td>
                {row.key === null ? (
                  <Hint label={t(`noValueExplain.${dimension}`)}>
                    <Text component="span" size="sm" fw={500} tabIndex={0} className={classes.explained}>
                      {groupName(row)}
                    </Text>
                  </Hint>
                ) : (
                  <Text size="sm" fw={500} miw={120} style={{ overflowWrap: 'break-word' }}>
                    {groupName(row)}
                  </Text>
                )}
              </Table.Td>
              {COUNT_COLUMNS.map((c) => {
                const unknown = opensUnknown && c === 'opened';
                const value = row.funnel[c];
                // Opens counted in aggregate are a number of opens, not learners: nobody to list.
                const counted = aggregate && c === 'opened' && !unknown;
                return (
                  <Table.Td key={c} className={classes.numeric}>
                    {counted ? (
                      <Text span size="sm">
                        {count(value, i18n.language)}
                      </Text>
                    ) : unknown ? (
                      <Hint label={t('aggregate.unknownByProfile')}>
                        <Text component="span" size="sm" tabIndex={0} className={classes.explained}>
                          {t('unknown')}
                        </Text>
                      </Hint>
                    ) : (
                      <UnstyledButton
                        className={classes.cellButton}
                        onClick={() => onDrill({ stage: c, dimension, key: row.key, label: groupName(row) })}
                        aria-label={t('drill.cellLabel', { stage: t(`stage.${c}.label`), group: groupName(row), count: value })}
                        disabled={value === 0}
                      >
                        <Text span size="sm">
                          {count(value, i18n.language)}
                        </Text>
                        <div className={classes.bar} style={{ width: `${(100 * value) / max[c]!}%`, opacity: value === 0 ? 0 : 1 }} aria-hidden />
                      </UnstyledButton>
                    )}
                  </Table.Td>
                );
              })}
              {RATE_COLUMNS.map((r) => (
                <Table.Td key={r} className={classes.numeric}>
                  <Text size="sm">{percent(row.rates[r], i18n.language)}</Text>
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollCue>
  );
}

/** Channels and the "no variant" group in words; variant keys as they are. */
export function channelOrVariant(t: (key: string, options?: Record<string, unknown>) => string, dimension: 'channel' | 'variant', label: string): string {
  if (dimension === 'variant') return t('variantName', { key: label });
  return t(`channel.${label}`, { defaultValue: label });
}

/**
 * A wide table's sideways scroll with a visible cue on a phone: a line saying the table scrolls and
 * a fade on the right edge where columns go on.
 */
export function ScrollCue({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation('reports');
  const phone = usePhone();
  return (
    <div>
      {phone && (
        <Text size="xs" c="dimmed" mb={4} aria-hidden>
          {t('scrollHint')}
        </Text>
      )}
      <div className={phone ? classes.scrollCue : undefined}>
        <TableScrollRegion label={label}>{children}</TableScrollRegion>
      </div>
    </div>
  );
}
