import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { listDocuments } from '../../api/documents';
import { queryKeys } from '../../api/queryKeys';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { SelectField } from '../../components/FormField';

interface Props {
  id: string;
  /** A document id, or '' for none. */
  value: string;
  /** The current document's title, shown even when it is not among the search results. */
  currentTitle?: string;
  onChange: (documentId: string, title: string) => void;
  error?: string;
}

/** A library document chosen from a select filled by a search of the library. */
export function DocumentPicker({ id, value, currentTitle, onChange, error }: Props) {
  const { t } = useTranslation('meetings');
  const [q, setQ] = useState('');
  const search = useDebouncedValue(q.trim());
  const params = { q: search || undefined, limit: 20 };
  const hits = useQuery({
    queryKey: queryKeys.documents(params),
    queryFn: ({ signal }) => listDocuments(params, signal),
  });
  const options = (hits.data?.items ?? []).map((d) => ({ id: d.id, title: d.title }));
  if (value && !options.some((o) => o.id === value))
    options.unshift({ id: value, title: currentTitle ?? t('form.document.chosen') });
  return (
    <div className="form-grid">
      <div className="field">
        <label className="field__label" htmlFor={`${id}-search`}>
          {t('form.document.search')}
        </label>
        <input
          id={`${id}-search`}
          className="input"
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
      </div>
      <SelectField
        id={id}
        label={t('form.document.label')}
        value={value}
        error={error ?? (hits.isError ? t('form.document.searchFailed') : undefined)}
        aria-busy={hits.isFetching || undefined}
        onChange={(e) => onChange(e.target.value, e.target.selectedOptions[0]?.text ?? '')}
      >
        <option value="">{t('form.document.none')}</option>
        {options.map((d) => (
          <option key={d.id} value={d.id}>
            {d.title}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
