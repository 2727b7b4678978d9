import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RankedList } from './ranked-list';
import { type Channel, CHANNELS } from './use-personas';

interface Props {
  value: Channel[];
  onChange: (value: Channel[]) => void;
  readOnly: boolean;
}

/** The persona's channels in order of preference (a `RankedList`); channels not used are offered below. */
export function ChannelRanking({ value, onChange, readOnly }: Props) {
  const { t } = useTranslation('personas');
  const name = (c: Channel) => t(`channels.${c}`);
  const unused = CHANNELS.filter((c) => !value.includes(c));
  return (
    <Stack gap="xs">
      <RankedList items={value} idOf={(c) => c} nameOf={name} onChange={onChange} readOnly={readOnly} label={t('channelsRanked')} empty={t('channelsEmpty')} />
      {!readOnly && unused.length > 0 && (
        <Group gap="xs">
          {unused.map((c) => (
            <Button key={c} size="xs" variant="light" onClick={() => onChange([...value, c])}>
              {t('addChannel', { name: name(c) })}
            </Button>
          ))}
        </Group>
      )}
    </Stack>
  );
}
