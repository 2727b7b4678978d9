import { Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RankedList } from './ranked-list';

/** A line of a ranked text list (a goal, a need…), with an id that follows it when it moves. */
export interface TextItem {
  id: string;
  text: string;
}

let lastId = 0;
export const textItem = (text: string): TextItem => ({ id: `item-${++lastId}`, text });

/** The list's lines as the api stores them: in order, trimmed, blank ones left out. */
export const textsOf = (items: TextItem[]): string[] => items.map((i) => i.text.trim()).filter(Boolean);

interface Props {
  label: string;
  description: string;
  value: TextItem[];
  onChange: (value: TextItem[]) => void;
  readOnly: boolean;
  error?: React.ReactNode;
}

/**
 * Goals, needs and the like in order of importance: a `RankedList` whose lines are edited in place,
 * with a field below to add one (Enter adds it; pasting several lines adds each).
 */
export function TextRanking({ label, description, value, onChange, readOnly, error }: Props) {
  const { t } = useTranslation('personas');
  const labelId = useId();
  const [draft, setDraft] = useState('');
  const add = (texts: string[]) => {
    const lines = texts.map((l) => l.trim()).filter(Boolean);
    if (lines.length) onChange([...value, ...lines.map(textItem)]);
    setDraft('');
  };
  const nameOf = (item: TextItem) => item.text.trim() || t('list.blank');
  return (
    <Stack gap={4} role="group" aria-labelledby={labelId}>
      <Text size="sm" fw={500} id={labelId}>
        {label}
      </Text>
      <Text size="xs" c="dimmed">
        {description}
      </Text>
      <RankedList
        items={value}
        idOf={(item) => item.id}
        nameOf={nameOf}
        onChange={onChange}
        readOnly={readOnly}
        label={label}
        empty={t('list.empty')}
        renderItem={
          readOnly
            ? undefined
            : (item, rank) => (
                // A long line wraps in a narrow column rather than hiding its end; it stays one line (Enter adds none).
                <Textarea
                  size="xs"
                  autosize
                  minRows={1}
                  aria-label={t('list.item', { list: label, rank })}
                  value={item.text}
                  onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
                  onChange={(e) => {
                    const text = e.currentTarget.value.replace(/\r?\n/g, ' ');
                    onChange(value.map((v) => (v.id === item.id ? { ...v, text } : v)));
                  }}
                />
              )
        }
      />
      {!readOnly && (
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <TextInput
            style={{ flex: 1 }}
            size="xs"
            aria-label={t('list.new', { list: label })}
            placeholder={t('list.newPlaceholder')}
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
            onKeyDown={(e) => {
              // Enter adds the line; it must not submit the canvas.
              if (e.key === 'Enter') {
                e.preventDefault();
                add([draft]);
              }
            }}
            onPaste={(e) => {
              const pasted = e.clipboardData.getData('text');
              if (!pasted.includes('\n')) return;
              e.preventDefault();
              add(pasted.split(/\r?\n/));
            }}
          />
          <Button size="xs" variant="light" disabled={!draft.trim()} onClick={() => add([draft])}>
            {t('list.add')}
          </Button>
        </Group>
      )}
      {error && (
        <Text size="xs" c="red.8" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
