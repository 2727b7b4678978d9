import { Alert, createTheme, type CSSVariablesResolver, mergeThemeOverrides, NumberInput, PasswordInput, type MantineThemeOverride } from '@mantine/core';
import type { TFunction } from 'i18next';

// Contrast: shade 8 of the primary colour passes WCAG AA with white text (shade 6, the default, does not).
// Motion: people who ask their system for less get none (notifications, menus, the navigation).
export const theme = createTheme({
  primaryColor: 'blue',
  respectReducedMotion: true,
  primaryShade: 8,
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif' },
  components: {
    // A number out of range stays as typed and its field says why; never silently moved to the
    // nearest bound (-3 saved as 0, "no cap"). Decimals and signs are typed too, then refused by
    // the form's rule, rather than dropped as keys (1.5 read as 15, -30 as 30).
    NumberInput: NumberInput.extend({ defaultProps: { clampBehavior: 'none' } }),
    // A light alert's title in its own colour (green, yellow…) is too pale on its tinted background
    // (WCAG contrast): titles are in the text colour; the border and icon keep the alert's colour.
    Alert: Alert.extend({ styles: { title: { color: 'var(--mantine-color-text)' } } }),
  },
});

/** What the theme says in words, in the reader's language: the eye button of every password field. */
export function localisedTheme(t: TFunction): MantineThemeOverride {
  return mergeThemeOverrides(
    theme,
    createTheme({
      components: {
        PasswordInput: PasswordInput.extend({ defaultProps: { visibilityToggleButtonProps: { 'aria-label': t('common.togglePassword') } } }),
      },
    }),
  );
}

// Mantine's dimmed grey and its error red are too light for text on white (AA needs 4.5:1).
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-error': 'var(--mantine-color-red-8)' },
  dark: {},
});
