import { closestCenter, DndContext, type DragEndEvent, KeyboardSensor, PointerSensor, useSensor, useSensors } from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon, Badge, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props<T> {
  items: T[];
  /** A stable id per item (dnd-kit follows items by it across moves). */
  idOf: (item: T) => string;
  /** What the item is called in the labels and announcements ("Move … up"). */
  nameOf: (item: T) => string;
  onChange: (items: T[]) => void;
  readOnly: boolean;
  /** The list's accessible name ("Channels in order of preference"). */
  label: string;
  /** Said when the list is empty. */
  empty: string;
  /** The item's content; its name by default (a text list puts an input there). */
  renderItem?: (item: T, rank: number) => ReactNode;
}

/**
 * A list in order of importance: each item dragged by its handle with a pointer or the keyboard
 * (focus it, Space, arrows, Space; Escape cancels; each step announced), or moved with its up and
 * down buttons, or removed. What adds items is the caller's, below it.
 */
export function RankedList<T>({ items, idOf, nameOf, onChange, readOnly, label, empty, renderItem }: Props<T>) {
  const { t } = useTranslation('personas');
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const ids = items.map(idOf);
  const rankOf = (id: unknown) => ids.indexOf(String(id)) + 1;
  const nameById = (id: unknown) => {
    const item = items[ids.indexOf(String(id))];
    return item === undefined ? '' : nameOf(item);
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    onChange(arrayMove(items, rankOf(active.id) - 1, rankOf(over.id) - 1));
  };

  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  }
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        screenReaderInstructions: { draggable: t('drag.instructions') },
        announcements: {
          onDragStart: ({ active }) => t('drag.picked', { name: nameById(active.id), position: rankOf(active.id) }),
          onDragOver: ({ active, over }) => (over ? t('drag.over', { name: nameById(active.id), position: rankOf(over.id) }) : undefined),
          onDragEnd: ({ active, over }) => t('drag.dropped', { name: nameById(active.id), position: over ? rankOf(over.id) : 0 }),
          onDragCancel: ({ active }) => t('drag.cancelled', { name: nameById(active.id) }),
        },
      }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <Stack component="ol" gap={6} m={0} p={0} style={{ listStyle: 'none' }} aria-label={label}>
          {items.map((item, i) => (
            <RankedItem
              key={ids[i]}
              id={ids[i]!}
              name={nameOf(item)}
              rank={i + 1}
              count={items.length}
              readOnly={readOnly}
              onMove={(by) => onChange(arrayMove(items, i, i + by))}
              onRemove={() => onChange(items.filter((_, j) => j !== i))}
            >
              {renderItem ? (
                renderItem(item, i + 1)
              ) : (
                <Text size="sm" fw={500}>
                  {nameOf(item)}
                </Text>
              )}
            </RankedItem>
          ))}
        </Stack>
      </SortableContext>
    </DndContext>
  );
}

function RankedItem({
  id,
  name,
  rank,
  count,
  readOnly,
  onMove,
  onRemove,
  children,
}: {
  id: string;
  name: string;
  rank: number;
  count: number;
  readOnly: boolean;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation('personas');
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id, disabled: readOnly });
  return (
    <li ref={setNodeRef} style={{ transform: CSS.Transform.toString(transform), transition, zIndex: isDragging ? 1 : undefined, position: 'relative' }}>
      <Paper withBorder p={6} radius="sm" shadow={isDragging ? 'md' : undefined}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap" style={{ flex: 1, minWidth: 0 }}>
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
            <Badge variant="filled" color="blue.8" circle aria-hidden style={{ flexShrink: 0 }}>
              {rank}
            </Badge>
            <div style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>{children}</div>
          </Group>
          {!readOnly && (
            <Group gap={2} wrap="nowrap">
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
