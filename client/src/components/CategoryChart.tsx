import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OrgCategory } from '@shared/roles';
import type { OrganisationStats } from '@shared/schemas/organisation';
import { ORG_CATEGORY_LABELS } from '../components/labels';

/**
 * Organisations by category as a horizontal bar chart in plain HTML: each row is a link (to that
 * category's filter) whose text says the category and its count, so the chart reads as a list.
 */
export function CategoryChart({
  stats,
  current,
  linkFor,
}: {
  stats: OrganisationStats;
  current?: OrgCategory;
  linkFor: (category: OrgCategory) => string;
}) {
  const { t } = useTranslation('indicators');
  const max = Math.max(1, ...stats.byCategory.map((c) => c.count));
  const rows = [...stats.byCategory].sort((a, b) => b.count - a.count);
  return (
    <section className="category-chart" aria-labelledby="category-chart-heading" data-testid="category-chart">
      <h2 id="category-chart-heading" className="category-chart__title">
        {t('categoryChart.title')}
      </h2>
      <p className="category-chart__total">{t('categoryChart.total', { count: stats.total })}</p>
      <ul className="bar-chart">
        {rows.map(({ category, count }) => {
          const label = ORG_CATEGORY_LABELS[category];
          const content = (
            <>
              <span className="bar-chart__label">{label}</span>
              <span className="bar-chart__track" aria-hidden="true">
                <span className="bar-chart__bar" style={{ width: `${(count / max) * 100}%` }} />
              </span>
              <span className="bar-chart__count">
                {count}
                <span className="visually-hidden"> {t('categoryChart.noun', { count })}</span>
              </span>
            </>
          );
          return (
            <li key={category}>
              {count > 0 ? (
                <Link
                  to={linkFor(category)}
                  className="bar-chart__row"
                  aria-label={t('categoryChart.rowLabel', { category: label, count })}
                  aria-current={category === current ? 'true' : undefined}
                  data-testid={`category-bar-${category}`}
                >
                  {content}
                </Link>
              ) : (
                <span className="bar-chart__row bar-chart__row--empty">{content}</span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
