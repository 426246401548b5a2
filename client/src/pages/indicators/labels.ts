import type { IndicatorTextField } from '@shared/schemas/indicator';

/**
 * The catalogue keys (namespace `indicators`) of the metadata sections' titles: a section is known
 * by its first field, since the shared FIELD_SECTIONS carry only an English title.
 */
const SECTION_KEYS: Partial<Record<IndicatorTextField, string>> = {
  definition: 'sections.concepts',
  computation: 'sections.methodology',
  dataSources: 'sections.dataSources',
  references: 'sections.references',
};

/** A section's catalogue key; translate it with `{ defaultValue: section.title }` for a section added later. */
export const sectionKey = (section: { fields: readonly IndicatorTextField[] }): string =>
  SECTION_KEYS[section.fields[0]!] ?? 'sections.other';

/** A label for each value of an enumeration, for EnumOptions: `labelMap(TIERS, (tier) => t('tier', { tier }))`. */
export function labelMap<Value extends string>(
  values: readonly Value[],
  label: (value: Value) => string,
): Record<Value, string> {
  return Object.fromEntries(values.map((value) => [value, label(value)])) as Record<Value, string>;
}
