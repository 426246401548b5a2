import type { ReactNode } from 'react';
import {
  FIELD_LABELS,
  FIELD_SECTIONS,
  INDICATOR_TIERS,
  TEXT_FIELD_MAX,
  type IndicatorFields,
  type IndicatorTextField,
} from '@shared/schemas/indicator';
import { SelectField, TextAreaField, TextField } from '../../components/FormField';
import { OrganisationSelect } from '../../components/OrganisationSelect';

export const FIELD_HINTS: Partial<Record<keyof IndicatorFields, string>> = {
  tier: 'I: method and data exist; II: method exists, data patchy; III: method still to be developed.',
  definition: 'What is measured, with the concepts it relies on.',
  unit: 'For example: hours, share of items, number of reports per year.',
  computation: 'How the value is calculated from the data, step by step.',
  disaggregation: 'How the figures are broken down, e.g. by victim age band or region.',
  dataSources: 'Who holds the data (e.g. INHOPE, IWF, the Financial Coalition) and how it is collected.',
};

interface Props {
  values: IndicatorFields;
  onChange: (field: keyof IndicatorFields, value: string | null) => void;
  errors?: Record<string, string>;
  /** Shown under a field, e.g. a conflict marker while merging. */
  extra?: (field: keyof IndicatorFields) => ReactNode;
  idPrefix?: string;
}

/** The inputs of an indicator's metadata, grouped in the sections of the SDG metadata template. */
export function IndicatorFieldInputs({ values, onChange, errors = {}, extra, idPrefix = 'ind' }: Props) {
  const id = (f: string) => `${idPrefix}-${f}`;
  const textArea = (f: IndicatorTextField) => (
    <div key={f}>
      {f === 'unit' ? (
        <TextField
          id={id(f)}
          label={FIELD_LABELS[f]}
          hint={FIELD_HINTS[f]}
          error={errors[f]}
          value={values[f]}
          maxLength={200}
          onChange={(e) => onChange(f, e.target.value)}
        />
      ) : (
        <TextAreaField
          id={id(f)}
          label={FIELD_LABELS[f]}
          hint={FIELD_HINTS[f]}
          error={errors[f]}
          value={values[f]}
          maxLength={TEXT_FIELD_MAX}
          rows={f === 'references' ? 3 : 5}
          onChange={(e) => onChange(f, e.target.value)}
        />
      )}
      {extra?.(f)}
    </div>
  );
  return (
    <>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">Identification</legend>
        <TextField
          id={id('title')}
          label={FIELD_LABELS.title}
          error={errors.title}
          value={values.title}
          maxLength={200}
          required
          onChange={(e) => onChange('title', e.target.value)}
        />
        {extra?.('title')}
        <div className="form-grid">
          <SelectField
            id={id('tier')}
            label={FIELD_LABELS.tier}
            hint={FIELD_HINTS.tier}
            error={errors.tier}
            value={values.tier}
            onChange={(e) => onChange('tier', e.target.value)}
          >
            {INDICATOR_TIERS.map((t) => (
              <option key={t} value={t}>
                Tier {t}
              </option>
            ))}
          </SelectField>
          <OrganisationSelect
            id={id('custodian')}
            label={FIELD_LABELS.custodianId}
            emptyLabel="Not assigned"
            error={errors.custodianId}
            value={values.custodianId ?? ''}
            onChange={(v) => onChange('custodianId', v || null)}
          />
        </div>
        {extra?.('tier')}
        {extra?.('custodianId')}
      </fieldset>
      {FIELD_SECTIONS.map((section) => (
        <fieldset className="fieldset" key={section.title}>
          <legend className="fieldset__legend">{section.title}</legend>
          {section.fields.map(textArea)}
        </fieldset>
      ))}
    </>
  );
}
