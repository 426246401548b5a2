import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FIELD_SECTIONS,
  INDICATOR_TIERS,
  TEXT_FIELD_MAX,
  type IndicatorFields,
  type IndicatorTextField,
} from '@shared/schemas/indicator';
import { SelectField, TextAreaField, TextField } from '../../components/FormField';
import { OrganisationSelect } from '../../components/OrganisationSelect';
import type { Language } from '@shared/i18n/languages';
import { contentAttributes } from '../../components/ContentLanguage';
import { sectionKey } from './labels';

/** The fields that have a hint under their label (catalogue key `hints.<field>`). */
const HINTED: ReadonlySet<keyof IndicatorFields> = new Set<keyof IndicatorFields>([
  'tier',
  'definition',
  'unit',
  'computation',
  'disaggregation',
  'dataSources',
]);

interface Props {
  values: IndicatorFields;
  onChange: (field: keyof IndicatorFields, value: string | null) => void;
  errors?: Record<string, string>;
  /** Shown under a field, e.g. a conflict marker while merging. */
  extra?: (field: keyof IndicatorFields) => ReactNode;
  idPrefix?: string;
  /** The language the texts are written in: their inputs carry its `lang` and `dir`. */
  language?: Language;
}

/** The inputs of an indicator's metadata, grouped in the sections of the SDG metadata template. */
export function IndicatorFieldInputs({
  values,
  onChange,
  errors = {},
  extra,
  idPrefix = 'ind',
  language,
}: Props) {
  const { t } = useTranslation('indicators');
  const written = language ? contentAttributes(language) : {};
  const id = (f: string) => `${idPrefix}-${f}`;
  const hint = (f: keyof IndicatorFields) => (HINTED.has(f) ? t(`hints.${f}`) : undefined);
  const tierHint = hint('tier');
  const below = { title: extra?.('title'), tier: extra?.('tier'), custodianId: extra?.('custodianId') };
  const textArea = (f: IndicatorTextField) => (
    <div key={f}>
      {f === 'unit' ? (
        <TextField
          id={id(f)}
          label={t(`fields.${f}`)}
          hint={hint(f)}
          error={errors[f]}
          value={values[f]}
          maxLength={200}
          onChange={(e) => onChange(f, e.target.value)}
          {...written}
        />
      ) : (
        <TextAreaField
          id={id(f)}
          label={t(`fields.${f}`)}
          hint={hint(f)}
          error={errors[f]}
          value={values[f]}
          maxLength={TEXT_FIELD_MAX}
          rows={f === 'references' ? 3 : 5}
          onChange={(e) => onChange(f, e.target.value)}
          {...written}
        />
      )}
      {extra?.(f)}
    </div>
  );
  return (
    <>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('fieldInputs.identification')}</legend>
        <TextField
          id={id('title')}
          label={t('fields.title')}
          error={errors.title}
          value={values.title}
          maxLength={200}
          required
          onChange={(e) => onChange('title', e.target.value)}
          {...written}
        />
        {below.title}
        <div className="form-grid">
          <SelectField
            id={id('tier')}
            label={t('fields.tier')}
            hint={tierHint}
            error={errors.tier}
            value={values.tier}
            onChange={(e) => onChange('tier', e.target.value)}
          >
            {INDICATOR_TIERS.map((tier) => (
              <option key={tier} value={tier}>
                {t('tier', { tier })}
              </option>
            ))}
          </SelectField>
          <OrganisationSelect
            id={id('custodian')}
            label={t('fields.custodianId')}
            emptyLabel={t('notAssigned')}
            error={errors.custodianId}
            value={values.custodianId ?? ''}
            onChange={(v) => onChange('custodianId', v || null)}
          />
        </div>
        {below.tier}
        {below.custodianId}
      </fieldset>
      {FIELD_SECTIONS.map((section) => (
        <fieldset className="fieldset" key={section.title}>
          <legend className="fieldset__legend">
            {t(sectionKey(section), { defaultValue: section.title })}
          </legend>
          {section.fields.map(textArea)}
        </fieldset>
      ))}
    </>
  );
}
