import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { theme } from '../../theme';
import { cleanTranslations, type TranslatedField, type TranslationEntry, TranslationsEditor } from './translations-editor';

const FIELDS: TranslatedField[] = [
  { name: 'footerText', label: 'Footer', kind: 'textarea' },
  { name: 'senderName', label: 'Sender name' },
  { name: 'skills', label: 'Skills', kind: 'tags' },
];

/** The editor as a form holds it: the list in state, shown as the api would receive it. */
function Harness({ initial = [] as TranslationEntry[] }) {
  const [value, setValue] = useState<TranslationEntry[]>(initial);
  return (
    <MantineProvider theme={theme} env="test">
      <TranslationsEditor value={value} onChange={setValue} fields={FIELDS} baseLocale="fr-FR" baseValues={{ footerText: 'Vous recevez cet e-mail…', senderName: 'Académie' }} />
      <output data-testid="saved">{JSON.stringify(cleanTranslations(value, FIELDS))}</output>
    </MantineProvider>
  );
}

const saved = () => JSON.parse(screen.getByTestId('saved').textContent!) as TranslationEntry[];

describe('TranslationsEditor', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('adds a language, edits its texts, and shows the base text each empty field falls back to', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(screen.getByText(/every learner reads the texts in French/)).toBeInTheDocument();
    expect(screen.getByText(/A field left empty uses the French text/)).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Add a language' }));
    // The workspace's own language is not offered: the base values are written in it.
    expect(screen.queryByRole('option', { name: 'French' })).toBeNull();
    await user.click(screen.getByRole('option', { name: 'English' }));

    expect(screen.getByRole('tab', { name: 'English', selected: true })).toBeInTheDocument();
    const footer = screen.getByRole('textbox', { name: 'Footer (English)' });
    expect(footer).toHaveAttribute('placeholder', 'Vous recevez cet e-mail…');
    await user.type(footer, '  You receive this email as a learner.  ');
    await user.type(screen.getByRole('textbox', { name: 'Sender name (English)' }), '   ');

    // Trimmed; the blank sender name is dropped, so it falls back.
    expect(saved()).toEqual([{ locale: 'en', footerText: 'You receive this email as a learner.' }]);
  });

  it('switches between languages and removes one', async () => {
    const user = userEvent.setup();
    render(
      <Harness
        initial={[
          { locale: 'en', footerText: 'English footer' },
          { locale: 'de', footerText: 'Deutsche Fußzeile', skills: ['Führung'] },
        ]}
      />,
    );
    expect(screen.getByRole('textbox', { name: 'Footer (English)' })).toHaveValue('English footer');
    await user.click(screen.getByRole('tab', { name: 'German' }));
    expect(screen.getByRole('textbox', { name: 'Footer (German)' })).toHaveValue('Deutsche Fußzeile');
    // Languages already there are not offered again.
    await user.click(screen.getByRole('combobox', { name: 'Add a language' }));
    const offered = screen.getAllByRole('option').map((o) => o.textContent);
    expect(offered).not.toContain('English');
    expect(offered).not.toContain('German');
    expect(offered).toContain('Spanish');
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: 'Remove the German translation' }));
    expect(screen.queryByRole('tab', { name: 'German' })).toBeNull();
    expect(screen.getByRole('tab', { name: 'English', selected: true })).toBeInTheDocument();
    expect(saved()).toEqual([{ locale: 'en', footerText: 'English footer' }]);
  });

  it('drops a language left empty, and blank items of a list', () => {
    expect(
      cleanTranslations(
        [
          { locale: 'en', footerText: ' ', senderName: '', skills: [] },
          { locale: 'de', skills: [' Führung ', ' '], footerText: null },
          { locale: 'es', senderName: 'Academia' },
        ],
        FIELDS,
      ),
    ).toEqual([
      { locale: 'de', skills: ['Führung'] },
      { locale: 'es', senderName: 'Academia' },
    ]);
  });

  it('names the languages in French for a French reader', async () => {
    await i18n.changeLanguage('fr');
    render(<Harness initial={[{ locale: 'en', footerText: 'English footer' }]} />);
    expect(screen.getByRole('tab', { name: 'Anglais' })).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Anglais' })).getByRole('textbox', { name: 'Footer (anglais)' })).toHaveValue('English footer');
    expect(screen.getByText(/Un champ laissé vide reprend le texte en français/)).toBeInTheDocument();
  });
});
