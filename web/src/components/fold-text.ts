import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';

/** Lower case, no accents, separators as spaces: "Montréal", "MONTREAL" and "États-Unis", "etats unis" read alike. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[_/\-.,()’']+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A select's search that ignores accents and case ("etats" finds "États-Unis"). */
export const foldedOptionsFilter: OptionsFilter = ({ options, search }) => {
  const query = foldText(search);
  return (options as ComboboxParsedItem[]).filter((o): o is ComboboxItem => 'label' in o && foldText(o.label).includes(query));
};
