import { useOrganisationOptions } from '../hooks/useOrganisationOptions';
import { EntitySelect, type EntitySelectFieldProps } from './EntitySelect';

/** A select of every organisation in the directory, by name. */
export function OrganisationSelect(props: EntitySelectFieldProps) {
  const options = useOrganisationOptions();
  return (
    <EntitySelect
      {...props}
      options={options}
      optionLabel={(organisation) => organisation.name}
      pluralNoun="organisations"
    />
  );
}
