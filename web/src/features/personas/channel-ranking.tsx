import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Channel, CHANNELS } from './use-personas';

interface Props {
  value: Channel[];
  onChange: (value: Channel[]) => void;
  readOnly: boolean;
}

/**
 * The persona's channels in order of preference: dragged by pointer or keyboard (Space, arrows,
 * Space), or moved with the up and down buttons; channels not used are offered below.
 */
export function ChannelRanking({ value, onChange, readOnly }: Props) {
  const { t } = useTranslation('personas');
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const name = (c: Channel | string) => t(`channels.${c}`);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    onChange(arrayMove(value, value.indexOf(active.id as Channel), value.indexOf(over.id as Channel)));
  };
  const unused = CHANNELS.filter((c) => !value.includes(c));

  return (
    <Stack gap="xs">
      {value.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('channelsEmpty')}
        </Text>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{
            screenReaderInstructions: { draggable: t('drag.instructions') },
            announcements: {
              onDragStart: ({ active }) => t('drag.picked', { name: name(String(active.id)), position: value.indexOf(active.id as Channel) + 1 }),
              onDragOver: ({ active, over }) => (over ? t('drag.over', { name: name(String(active.id)), position: value.indexOf(over.id as Channel) + 1 }) : undefined),
              onDragEnd: ({ active, over }) => t('drag.dropped', { name: name(String(active.id)), position: over ? value.indexOf(over.id as Channel) + 1 : 0 }),
              onDragCancel: ({ active }) => t('drag.cancelled', { name: name(String(active.id)) }),
            },
          }}
        >
          <SortableContext items={value} strategy={verticalListSortingStrategy}>
            <Stack component="ol" gap={6} m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('channelsRanked')}>
              {value.map((channel, i) => (
                <RankedChannel
                  key={channel}
                  channel={channel}
                  rank={i + 1}
                  count={value.length}
                  readOnly={readOnly}
                  onMove={(by) => onChange(arrayMove(value, i, i + by))}
                  onRemove={() => onChange(value.filter((c) => c !== channel))}
                />
              ))}
            </Stack>
          </SortableContext>
        </DndContext>
      )}
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

function RankedChannel({
  channel,
  rank,
  count,
  readOnly,
  onMove,
  onRemove,
}: {
  channel: Channel;
  rank: number;
  count: number;
  readOnly: boolean;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('personas');
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: channel, disabled: readOnly });
  const name = t(`channels.${channel}`);
  return (
    <li ref={setNodeRef} style={{ transform: CSS.Transform.toString(transform), transition, zIndex: isDragging ? 1 : undefined, position: 'relative' }}>
      <Paper withBorder p={6} radius="sm" shadow={isDragging ? 'md' : undefined}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            {!readOnly && (
              <UnstyledButton
                ref={setActivatorNodeRef}
                {...attributes}
                {...listeners}
                aria-label={t('drag.handle', { name, rank })}
                px={6}
                style={{ cursor: 'grab', touchAction: 'none', fontSize: 18, lineHeight: 1 }}
              >
                <span aria-hidden>⠿</span>
              </UnstyledButton>
            )}
            <Badge variant="filled" color="blue.8" circle aria-hidden>
              {rank}
            </Badge>
            <Text size="sm" fw={500}>
              {name}
            </Text>
          </Group>
          {!readOnly && (
            <Group gap={4} wrap="nowrap">
              <ActionIcon variant="subtle" color="gray" c="gray.8" aria-label={t('moveUp', { name })} disabled={rank === 1} onClick={() => onMove(-1)}>
                <span aria-hidden>↑</span>
              </ActionIcon>
              <ActionIcon variant="subtle" color="gray" c="gray.8" aria-label={t('moveDown', { name })} disabled={rank === count} onClick={() => onMove(1)}>
                <span aria-hidden>↓</span>
              </ActionIcon>
              <ActionIcon variant="subtle" color="red" c="red.9" aria-label={t('removeChannel', { name })} onClick={onRemove}>
                <span aria-hidden>✕</span>
              </ActionIcon>
            </Group>
          )}
        </Group>
      </Paper>
    </li>
  );
}
