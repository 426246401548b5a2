import { useTranslation } from 'react-i18next';
import { useMeetingOptions } from '../hooks/useMeetingOptions';
import { EntitySelect, type EntitySelectFieldProps } from './EntitySelect';

/** A select of the meetings the viewer may read, newest first. */
export function MeetingSelect(props: EntitySelectFieldProps) {
  const { t } = useTranslation('meetings');
  const options = useMeetingOptions();
  return (
    <EntitySelect
      {...props}
      options={options}
      optionLabel={(meeting) => meeting.title}
      pluralNoun={t('select.pluralNoun')}
    />
  );
}
