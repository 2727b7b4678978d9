import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { localisedTheme, theme } from './theme';

describe('localisedTheme', () => {
  it('names the eye button of every password field in the reader\'s language, and keeps the rest of the theme', () => {
    const t = ((key: string) => (key === 'common.togglePassword' ? 'Afficher ou masquer le mot de passe' : key)) as unknown as TFunction;
    const localised = localisedTheme(t);
    expect(localised.components?.PasswordInput?.defaultProps).toMatchObject({ visibilityToggleButtonProps: { 'aria-label': 'Afficher ou masquer le mot de passe' } });
    expect(localised.components?.NumberInput).toEqual(theme.components?.NumberInput);
    expect(localised.primaryShade).toBe(theme.primaryShade);
  });
});
