import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseQueryResult } from '@tanstack/react-query';
import { SelectField } from './FormField';

/** The props every entity select (meetings, organisations…) takes from its caller. */
export interface EntitySelectFieldProps {
  id: string;
  label: ReactNode;
  /** An entity id, or '' for the empty option. */
  value: string;
  onChange: (entityId: string) => void;
  /** The text of the '' option, e.g. "No meeting" or "All organisations". */
  emptyLabel: string;
  hint?: ReactNode;
  error?: string;
  name?: string;
}

interface EntitySelectProps<Entity extends { id: string }> extends EntitySelectFieldProps {
  /** The query that loads the options. */
  options: UseQueryResult<readonly Entity[]>;
  /** The text shown for one option. */
  optionLabel: (entity: Entity) => string;
  /**
   * The plural noun used in the loading and error texts, e.g. "meetings", in the reader's language
   * (it fills "Loading {{items}}…" and "The {{items}} could not be loaded…").
   */
  pluralNoun: string;
  /** Whole sentences instead of the noun in the common ones: "Loading meetings…". */
  loadingLabel?: string;
  /** "The meetings could not be loaded. Reload the page to try again." */
  loadErrorLabel?: string;
}

/** A select of entities loaded by a query, with loading and load-error states. */
export function EntitySelect<Entity extends { id: string }>({
  id,
  label,
  value,
  onChange,
  emptyLabel,
  hint,
  error,
  name,
  options,
  optionLabel,
  pluralNoun,
  loadingLabel,
  loadErrorLabel,
}: EntitySelectProps<Entity>) {
  const { t } = useTranslation('common');
  const loadError = options.isError
    ? (loadErrorLabel ?? t('entitySelect.loadError', { items: pluralNoun }))
    : undefined;
  return (
    <SelectField
      id={id}
      name={name}
      label={label}
      hint={hint}
      error={error ?? loadError}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      aria-busy={options.isPending || undefined}
    >
      <option value="">
        {options.isPending ? (loadingLabel ?? t('entitySelect.loading', { items: pluralNoun })) : emptyLabel}
      </option>
      {options.data?.map((entity) => (
        <option key={entity.id} value={entity.id}>
          {optionLabel(entity)}
        </option>
      ))}
    </SelectField>
  );
}
