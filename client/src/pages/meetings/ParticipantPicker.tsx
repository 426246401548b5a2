import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORG_CATEGORIES } from '@shared/roles';
import { useOrganisationOptions } from '../../hooks/useOrganisationOptions';
import { ORG_CATEGORY_LABELS } from '../../components/labels';

interface Props {
  /** The chosen organisation ids. */
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}

/** Checkboxes for the participating organisations, grouped by category, with a name filter. */
export function ParticipantPicker({ value, onChange, error }: Props) {
  const { t } = useTranslation('meetings');
  const options = useOrganisationOptions();
  const [filter, setFilter] = useState('');
  const chosen = new Set(value);
  const needle = filter.trim().toLowerCase();
  const visible = (options.data ?? []).filter(
    (o) => chosen.has(o.id) || !needle || o.name.toLowerCase().includes(needle),
  );
  const toggle = (id: string, on: boolean) => onChange(on ? [...value, id] : value.filter((v) => v !== id));
  return (
    <fieldset
      className={error ? 'fieldset field--invalid' : 'fieldset'}
      aria-describedby={error ? 'meeting-participants-error' : undefined}
    >
      <legend className="fieldset__legend">{t('form.participants.legend', { count: value.length })}</legend>
      {error && (
        <p className="field__error" id="meeting-participants-error">
          <span className="visually-hidden">{t('form.participants.errorPrefix')} </span>
          {error}
        </p>
      )}
      <div className="field">
        <label className="field__label" htmlFor="meeting-participants-filter">
          {t('form.participants.filter')}
        </label>
        <input
          id="meeting-participants-filter"
          className="input"
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      </div>
      {options.isPending && <p className="muted">{t('form.participants.loading')}</p>}
      {options.isError && <p className="field__error">{t('form.participants.loadFailed')}</p>}
      {ORG_CATEGORIES.map((category) => {
        const orgs = visible.filter((o) => o.category === category);
        if (!orgs.length) return null;
        return (
          <fieldset key={category} className="fieldset checkbox-group">
            <legend className="field__label">{ORG_CATEGORY_LABELS[category]}</legend>
            {orgs.map((org) => (
              <label key={org.id} className="checkbox">
                <input
                  type="checkbox"
                  name="participantIds"
                  value={org.id}
                  checked={chosen.has(org.id)}
                  onChange={(e) => toggle(org.id, e.target.checked)}
                />{' '}
                {org.name}
              </label>
            ))}
          </fieldset>
        );
      })}
    </fieldset>
  );
}
