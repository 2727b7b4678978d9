import { Button, Group, Select, Stack, Tabs, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** One text of the content that can be written in each language. */
export interface TranslatedField {
  name: string;
  /** The field's label, as the base field shows it (the language is added to it). */
  label: string;
  kind?: 'text' | 'textarea' | 'tags';
  maxLength?: number;
}

/** One language's values, as the api takes them (`{locale, …fields}`); an absent or empty field falls back. */
export type TranslationEntry = { locale: string } & { [field: string]: string | string[] | null | undefined };

/** The languages offered to add (others already saved, such as fr-CA, are still shown and edited). */
export const OFFERED_LOCALES = ['fr', 'en', 'de', 'es', 'it', 'nl', 'pt'] as const;

const sameLanguage = (a: string, b: string) => a.slice(0, 2).toLowerCase() === b.slice(0, 2).toLowerCase();

/** A locale's name in the reader's language ("anglais", "English"); the code itself when unknown. */
export function languageName(locale: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

const isEmpty = (value: unknown) => value == null || (typeof value === 'string' && !value.trim()) || (Array.isArray(value) && value.length === 0);

/**
 * Translations as the api stores them: text trimmed, lists without blank items, empty fields left
 * out (they fall back), languages with nothing left dropped.
 */
export function cleanTranslations(entries: TranslationEntry[], fields: readonly Pick<TranslatedField, 'name'>[]): TranslationEntry[] {
  const clean: TranslationEntry[] = [];
  for (const entry of entries) {
    const kept: TranslationEntry = { locale: entry.locale };
    for (const { name } of fields) {
      const raw = entry[name];
      const value = typeof raw === 'string' ? raw.trim() : Array.isArray(raw) ? raw.map((item) => item.trim()).filter(Boolean) : raw;
      if (!isEmpty(value)) kept[name] = value;
    }
    if (Object.keys(kept).length > 1) clean.push(kept);
  }
  return clean;
}

interface TranslationsEditorProps {
  value: TranslationEntry[];
  onChange: (value: TranslationEntry[]) => void;
  fields: readonly TranslatedField[];
  /** The workspace's default language: the base values are written in it. */
  baseLocale: string;
  /** The base values, shown as the placeholder of each translated field (what an empty field falls back to). */
  baseValues: Record<string, unknown>;
  /** The message of a translated field (an api error at `translations[i].field`), if any. */
  errorOf?: (index: number, field: string) => string | undefined;
  readOnly?: boolean;
  /** The language shown, when the parent follows it (the brand kit preview shows the same). */
  active?: string | null;
  onActiveChange?: (locale: string | null) => void;
}

/**
 * The texts of some content in other languages than the workspace's: a tab per language, a list to
 * add one, a button to remove it. Each field shows the base text it falls back to when left empty.
 */
export function TranslationsEditor({ value, onChange, fields, baseLocale, baseValues, errorOf, readOnly, active, onActiveChange }: TranslationsEditorProps) {
  const { t, i18n } = useTranslation('translations');
  const [ownActive, setOwnActive] = useState<string | null>(value[0]?.locale ?? null);
  const shown = active !== undefined ? active : ownActive;
  const setShown = (locale: string | null) => {
    setOwnActive(locale);
    onActiveChange?.(locale);
  };
  const name = (locale: string) => languageName(locale, i18n.language);
  const baseName = name(baseLocale.slice(0, 2));
  const current = value.find((entry) => entry.locale === shown) ?? value[0];
  const index = current ? value.indexOf(current) : -1;

  const offered = OFFERED_LOCALES.filter((locale) => !sameLanguage(locale, baseLocale) && !value.some((entry) => entry.locale === locale)).map((locale) => ({
    value: locale,
    label: capitalised(name(locale)),
  }));

  const add = (locale: string | null) => {
    if (!locale) return;
    onChange([...value, { locale }]);
    setShown(locale);
  };
  const remove = (locale: string) => {
    const rest = value.filter((entry) => entry.locale !== locale);
    onChange(rest);
    setShown(rest[0]?.locale ?? null);
  };
  const edit = (field: string, fieldValue: string | string[]) => {
    if (!current) return;
    onChange(value.map((entry) => (entry === current ? { ...entry, [field]: fieldValue } : entry)));
  };

  const placeholder = (field: TranslatedField) => {
    const base = baseValues[field.name];
    const text = Array.isArray(base) ? base.join(', ') : typeof base === 'string' ? base.trim() : '';
    return text || t('emptyBase');
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('intro', { language: baseName })} {t('fallback', { language: baseName })}
      </Text>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        {value.length > 0 ? (
          <Tabs value={current?.locale ?? null} onChange={setShown} variant="pills" keepMounted={false}>
            <Tabs.List aria-label={t('languages')}>
              {value.map((entry) => (
                <Tabs.Tab key={entry.locale} value={entry.locale}>
                  {capitalised(name(entry.locale))}
                </Tabs.Tab>
              ))}
            </Tabs.List>
          </Tabs>
        ) : (
          <Text size="sm">{t('none', { language: baseName })}</Text>
        )}
        {!readOnly && offered.length > 0 && (
          <Select
            label={t('add')}
            placeholder={t('addPlaceholder')}
            data={offered}
            value={null}
            onChange={add}
            w={220}
            comboboxProps={{ withinPortal: true }}
          />
        )}
      </Group>
      {current && (
        <Stack gap="sm" role="group" aria-label={capitalised(name(current.locale))}>
          {fields.map((field) => {
            const label = t('fieldIn', { field: field.label, language: name(current.locale) });
            const error = errorOf?.(index, field.name);
            const raw = current[field.name];
            if (field.kind === 'tags')
              return (
                <TagsInput
                  key={`${current.locale}-${field.name}`}
                  label={label}
                  placeholder={placeholder(field)}
                  value={Array.isArray(raw) ? raw : []}
                  onChange={(tags) => edit(field.name, tags)}
                  error={error}
                  readOnly={readOnly}
                  maxTags={50}
                />
              );
            const Input = field.kind === 'textarea' ? Textarea : TextInput;
            return (
              <Input
                key={`${current.locale}-${field.name}`}
                label={label}
                placeholder={placeholder(field)}
                value={typeof raw === 'string' ? raw : ''}
                onChange={(event) => edit(field.name, event.currentTarget.value)}
                error={error}
                readOnly={readOnly}
                maxLength={field.maxLength}
                {...(field.kind === 'textarea' ? { autosize: true, minRows: 2, maxRows: 6 } : {})}
              />
            );
          })}
          {!readOnly && (
            <Group justify="flex-end">
              <Button variant="subtle" color="red" size="xs" onClick={() => remove(current.locale)}>
                {t('remove', { language: name(current.locale) })}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}
