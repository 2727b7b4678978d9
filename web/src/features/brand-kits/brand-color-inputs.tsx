import { ColorInput, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COLOR_NAMES, type ColorName } from './use-brand-kits';

export const HEX_COLOR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/**
 * The kit's eight colours, each with where it shows in an email. Typed or picked; a value that is
 * not a hex colour is flagged at its field (and left out of the preview until fixed).
 */
export function BrandColorInputs({
  values,
  onChange,
  errors = {},
  readOnly,
}: {
  values: Record<ColorName, string>;
  onChange: (name: ColorName, value: string) => void;
  errors?: Partial<Record<ColorName, string>>;
  readOnly?: boolean;
}) {
  const { t } = useTranslation('brandKits');
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
      {COLOR_NAMES.map((name) => (
        <ColorInput
          key={name}
          label={t(`colors.${name}`)}
          description={t(`colors.${name}Help`)}
          format="hex"
          value={values[name]}
          onChange={(value) => onChange(name, value)}
          error={errors[name] ?? (values[name] && !HEX_COLOR.test(values[name]) ? t('validation.color') : undefined)}
          readOnly={readOnly}
          disallowInput={readOnly}
          withPicker={!readOnly}
          withEyeDropper={false}
          popoverProps={{ withinPortal: true }}
        />
      ))}
    </SimpleGrid>
  );
}
