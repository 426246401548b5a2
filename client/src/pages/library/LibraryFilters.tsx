import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_KINDS } from '@shared/schemas/document';
import type { DocumentSort } from '../../api/documents';
import { formatNumber } from '../../i18n/format';
import { SelectField, TextField } from '../../components/FormField';
import { MeetingSelect } from '../../components/MeetingSelect';
import { OrganisationSelect } from '../../components/OrganisationSelect';
import { EnumOptions } from '../../components/EnumOptions';
import { LanguageOptions } from '../../components/ContentLanguage';
import { DOCUMENT_KIND_LABELS } from '../../components/labels';

/** The library's search and filters as they stand in the address (`?q=&kind=…`). */
export interface LibraryFilterValues {
  q: string;
  kind: string;
  meeting: string;
  organisation: string;
  year: string;
  tag: string;
  /** The language the documents are written in. */
  language: string;
  sort: DocumentSort;
  archived: boolean;
}

export type LibraryParam = keyof LibraryFilterValues;

interface LibraryFiltersProps {
  values: LibraryFilterValues;
  setParam: (name: LibraryParam, value: string) => void;
  onClear: () => void;
  /** How many filters (not the query) are set, for the summary and the Clear button. */
  activeFilters: number;
  yearError?: string;
  /** Signed-in users may look at the archive. */
  canSeeArchive: boolean;
}

/** The search box, sort order and filters of the library; every change goes to the address. */
export function LibraryFilters({
  values,
  setParam,
  onClear,
  activeFilters,
  yearError,
  canSeeArchive,
}: LibraryFiltersProps) {
  const { t } = useTranslation('library');
  // Filters start folded on phones (unless some are set) so results come first.
  const [open] = useState(
    () =>
      activeFilters > 0 || typeof window === 'undefined' || window.matchMedia('(min-width: 48rem)').matches,
  );
  const sorts: DocumentSort[] = values.q.trim()
    ? ['relevance', 'newest', 'oldest', 'title']
    : ['newest', 'oldest', 'title'];

  return (
    <form
      className="library-search"
      role="search"
      aria-label={t('filters.label')}
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="library-search__main">
        <div className="field library-search__q">
          <label className="field__label" htmlFor="library-q">
            {t('filters.search')}
          </label>
          <p className="field__hint" id="library-q-hint">
            {t('filters.searchHint')}
          </p>
          <input
            id="library-q"
            className="input"
            type="search"
            value={values.q}
            maxLength={200}
            autoComplete="off"
            aria-describedby="library-q-hint"
            onChange={(e) => setParam('q', e.target.value)}
          />
        </div>
        <SelectField
          id="library-sort"
          label={t('filters.sortBy')}
          value={values.sort}
          onChange={(e) => setParam('sort', e.target.value)}
        >
          {sorts.map((s) => (
            <option key={s} value={s}>
              {t(`filters.sorts.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <details className="library-search__filters" open={open}>
        <summary>
          {t('filters.summary')}
          {activeFilters > 0 && (
            <span className="badge">
              {t('filters.set', { count: activeFilters, number: formatNumber(activeFilters) })}
            </span>
          )}
        </summary>
        <div className="library-search__grid">
          <SelectField
            id="library-kind"
            label={t('filters.kind')}
            value={values.kind}
            onChange={(e) => setParam('kind', e.target.value)}
          >
            <EnumOptions
              values={DOCUMENT_KINDS}
              labels={DOCUMENT_KIND_LABELS}
              emptyLabel={t('filters.allKinds')}
            />
          </SelectField>
          <SelectField
            id="library-language"
            label={t('filters.language')}
            value={values.language}
            onChange={(e) => setParam('language', e.target.value)}
          >
            <LanguageOptions emptyLabel={t('filters.allLanguages')} />
          </SelectField>
          <MeetingSelect
            id="library-meeting"
            label={t('filters.meeting')}
            emptyLabel={t('filters.allMeetings')}
            value={values.meeting}
            onChange={(v) => setParam('meeting', v)}
          />
          <OrganisationSelect
            id="library-organisation"
            label={t('filters.organisation')}
            emptyLabel={t('filters.allOrganisations')}
            value={values.organisation}
            onChange={(v) => setParam('organisation', v)}
          />
          <TextField
            id="library-year"
            label={t('filters.year')}
            inputMode="numeric"
            maxLength={4}
            autoComplete="off"
            value={values.year}
            onChange={(e) => setParam('year', e.target.value)}
            error={yearError}
          />
          <TextField
            id="library-tag"
            label={t('filters.tag')}
            maxLength={40}
            autoComplete="off"
            value={values.tag}
            onChange={(e) => setParam('tag', e.target.value)}
          />
        </div>
      </details>
      <div className="library-search__extra">
        {canSeeArchive && (
          <label className="checkbox" htmlFor="library-archived">
            <input
              id="library-archived"
              type="checkbox"
              checked={values.archived}
              onChange={(e) => setParam('archived', e.target.checked ? 'true' : '')}
              data-testid="archived-toggle"
            />
            {t('filters.showArchived')}
          </label>
        )}
        {(activeFilters > 0 || values.q) && (
          <button type="button" className="button button--secondary button--small" onClick={onClear}>
            {t('filters.clear')}
          </button>
        )}
      </div>
    </form>
  );
}
