import { useTranslation } from 'react-i18next';
import { useOrganisationOptions } from '../hooks/useOrganisationOptions';
import { EntitySelect, type EntitySelectFieldProps } from './EntitySelect';

/** A select of every organisation in the directory, by name. */
export function OrganisationSelect(props: EntitySelectFieldProps) {
  const { t } = useTranslation('directory');
  const options = useOrganisationOptions();
  return (
    <EntitySelect
      {...props}
      options={options}
      optionLabel={(organisation) => organisation.name}
      pluralNoun={t('organisationSelect.pluralNoun')}
      loadingLabel={t('organisationSelect.loading')}
      loadErrorLabel={t('organisationSelect.loadError')}
    />
  );
}
