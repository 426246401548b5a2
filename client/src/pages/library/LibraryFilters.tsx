import { useState } from 'react';
import { DOCUMENT_KINDS, DOCUMENT_KIND_LABELS } from '@shared/schemas/document';
import type { DocumentSort } from '../../api/documents';
import { SelectField, TextField } from '../../components/FormField';
import { MeetingSelect } from '../../components/MeetingSelect';
import { OrganisationSelect } from '../../components/OrganisationSelect';
import { EnumOptions } from '../../components/EnumOptions';

/** The library's search and filters as they stand in the address (`?q=&kind=…`). */
export interface LibraryFilterValues {
  q: string;
  kind: string;
  meeting: string;
  organisation: string;
  year: string;
  tag: string;
  sort: DocumentSort;
  archived: boolean;
}

export type LibraryParam = keyof LibraryFilterValues;

const SORT_LABELS: Record<DocumentSort, string> = {
  relevance: 'Relevance',
  newest: 'Newest first',
  oldest: 'Oldest first',
  title: 'Title (A–Z)',
};

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
      aria-label="Library search and filters"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="library-search__main">
        <div className="field library-search__q">
          <label className="field__label" htmlFor="library-q">
            Search the library
          </label>
          <p className="field__hint" id="library-q-hint">
            Words in titles, descriptions, tags and the documents’ text.
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
          label="Sort by"
          value={values.sort}
          onChange={(e) => setParam('sort', e.target.value)}
        >
          {sorts.map((s) => (
            <option key={s} value={s}>
              {SORT_LABELS[s]}
            </option>
          ))}
        </SelectField>
      </div>
      <details className="library-search__filters" open={open}>
        <summary>Filters{activeFilters > 0 && <span className="badge">{activeFilters} set</span>}</summary>
        <div className="library-search__grid">
          <SelectField
            id="library-kind"
            label="Kind"
            value={values.kind}
            onChange={(e) => setParam('kind', e.target.value)}
          >
            <EnumOptions values={DOCUMENT_KINDS} labels={DOCUMENT_KIND_LABELS} emptyLabel="All kinds" />
          </SelectField>
          <MeetingSelect
            id="library-meeting"
            label="Meeting"
            emptyLabel="All meetings"
            value={values.meeting}
            onChange={(v) => setParam('meeting', v)}
          />
          <OrganisationSelect
            id="library-organisation"
            label="Organisation"
            emptyLabel="All organisations"
            value={values.organisation}
            onChange={(v) => setParam('organisation', v)}
          />
          <TextField
            id="library-year"
            label="Year"
            inputMode="numeric"
            maxLength={4}
            autoComplete="off"
            value={values.year}
            onChange={(e) => setParam('year', e.target.value)}
            error={yearError}
          />
          <TextField
            id="library-tag"
            label="Tag"
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
            Show archived documents
          </label>
        )}
        {(activeFilters > 0 || values.q) && (
          <button type="button" className="button button--secondary button--small" onClick={onClear}>
            Clear search and filters
          </button>
        )}
      </div>
    </form>
  );
}
