import type { ReactNode } from 'react';
import { useOrganisationOptions } from '../hooks/useOrganisationOptions';
import { SelectField } from './FormField';

interface OrganisationSelectProps {
  id: string;
  label: ReactNode;
  /** An organisation id, or '' for the empty option. */
  value: string;
  onChange: (organisationId: string) => void;
  /** The text of the '' option, e.g. "No organisation" or "All organisations". */
  emptyLabel: string;
  hint?: ReactNode;
  error?: string;
  name?: string;
}

/** A select of every organisation in the directory, by name. */
export function OrganisationSelect({
  id,
  label,
  value,
  onChange,
  emptyLabel,
  hint,
  error,
  name,
}: OrganisationSelectProps) {
  const options = useOrganisationOptions();
  const loadError = options.isError
    ? 'The organisations could not be loaded. Reload the page to try again.'
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
      <option value="">{options.isPending ? 'Loading organisations…' : emptyLabel}</option>
      {options.data?.map((org) => (
        <option key={org.id} value={org.id}>
          {org.name}
        </option>
      ))}
    </SelectField>
  );
}
