import { useState } from 'react';
import { Link } from 'react-router';
import { Trans, useTranslation } from 'react-i18next';
import { MEMBERSHIPS, type Membership } from '@shared/roles';
import { listOrganisations } from '../../api/organisations';
import { queryKeys } from '../../api/queryKeys';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { usePagedList } from '../../hooks/usePagedList';
import { FilterForm, FilterSearchField } from '../../components/FilterForm';
import { SelectField } from '../../components/FormField';
import { LoadMoreButton } from '../../components/LoadMoreButton';
import { EmptyState, ErrorMessage, Loading } from '../../components/QueryStatus';
import { MEMBERSHIP_LABELS, ORG_CATEGORY_LABELS } from '../../components/labels';
import { countryName } from '../../components/countries';
import { EnumOptions } from '../../components/EnumOptions';

const PAGE_SIZE = 50;

/** `/admin/organisations`: the directory's organisations, with links to edit each one. */
export function OrganisationsAdminPage() {
  const { t, i18n } = useTranslation('admin');
  useDocumentTitle(t('titles.organisations'));
  const [q, setQ] = useState('');
  const [membership, setMembership] = useState<Membership | ''>('');
  const debouncedQ = useDebouncedValue(q.trim(), 300);
  const params = { q: debouncedQ || undefined, membership: membership || undefined, limit: PAGE_SIZE };
  const { query, items: orgs } = usePagedList(queryKeys.organisations(params), (cursor, signal) =>
    listOrganisations({ ...params, cursor }, signal),
  );

  return (
    <div className="page">
      <header className="page-header page-header--with-action">
        <div>
          <h1>{t('nav.organisations')}</h1>
          <p className="lead">{t('organisations.lead')}</p>
        </div>
        <Link to="/admin/organisations/new" className="button">
          {t('organisations.add')}
        </Link>
      </header>
      <FilterForm label={t('organisations.filter')}>
        <FilterSearchField id="admin-orgs-q" label={t('organisations.search')} value={q} onChange={setQ} />
        <SelectField
          id="admin-orgs-membership"
          label={t('organisations.columns.membership')}
          value={membership}
          onChange={(e) => setMembership(e.target.value as Membership | '')}
        >
          <EnumOptions
            values={MEMBERSHIPS}
            labels={MEMBERSHIP_LABELS}
            emptyLabel={t('organisations.anyMembership')}
          />
        </SelectField>
      </FilterForm>
      {query.isPending && <Loading label={t('organisations.loading')} />}
      {query.isError && <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && orgs.length === 0 && (
        <EmptyState title={t('organisations.empty')}>{t('organisations.emptyText')}</EmptyState>
      )}
      {orgs.length > 0 && (
        <table className="data-table" aria-busy={query.isPlaceholderData || undefined}>
          <caption className="visually-hidden">{t('organisations.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('organisations.columns.name')}</th>
              <th scope="col">{t('organisations.columns.category')}</th>
              <th scope="col">{t('organisations.columns.country')}</th>
              <th scope="col">{t('organisations.columns.membership')}</th>
              <th scope="col">{t('organisations.columns.joined')}</th>
              <th scope="col">{t('organisations.columns.directory')}</th>
            </tr>
          </thead>
          <tbody>
            {orgs.map((org) => (
              <tr key={org.id}>
                <td data-label={t('organisations.columns.name')}>
                  <Link to={`/admin/organisations/${encodeURIComponent(org.slug)}`}>
                    <Trans
                      t={t}
                      i18nKey="organisations.editLink"
                      values={{ name: org.name }}
                      components={{ hidden: <span className="visually-hidden" /> }}
                    />
                  </Link>
                </td>
                <td data-label={t('organisations.columns.category')}>{ORG_CATEGORY_LABELS[org.category]}</td>
                <td data-label={t('organisations.columns.country')}>
                  {org.country
                    ? countryName(org.country, i18n.language)
                    : org.category === 'international-organisation'
                      ? t('organisations.international')
                      : '—'}
                </td>
                <td data-label={t('organisations.columns.membership')}>
                  <span
                    className={org.membership === 'member' ? 'badge badge--success' : 'badge badge--muted'}
                  >
                    {MEMBERSHIP_LABELS[org.membership]}
                  </span>
                </td>
                <td data-label={t('organisations.columns.joined')}>{org.joinedYear ?? '—'}</td>
                <td data-label={t('organisations.columns.directory')}>
                  <Link to={`/members?org=${encodeURIComponent(org.slug)}`}>
                    <Trans
                      t={t}
                      i18nKey="organisations.viewLink"
                      values={{ name: org.name }}
                      components={{ hidden: <span className="visually-hidden" /> }}
                    />
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <LoadMoreButton query={query} />
    </div>
  );
}
