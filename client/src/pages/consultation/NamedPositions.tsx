import { useTranslation } from 'react-i18next';
import type { PositionDto } from '@shared/schemas/indicator';
import { formatDateTime } from '../../components/dates';
import '../../styles/consultation.css';
import { ORG_CATEGORY_LABELS } from '../../components/labels';

/** Each organisation's position by name, with its reason, in the order they were recorded. */
export function NamedPositions({ positions }: { positions: PositionDto[] }) {
  const { t } = useTranslation('indicators');
  if (positions.length === 0) return <p className="muted">{t('namedPositions.none')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table data-table--dense named-positions" data-testid="named-positions">
        <caption className="visually-hidden">{t('namedPositions.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('namedPositions.organisation')}</th>
            <th scope="col">{t('namedPositions.position')}</th>
            <th scope="col">{t('namedPositions.reason')}</th>
            <th scope="col">{t('namedPositions.recorded')}</th>
          </tr>
        </thead>
        <tbody>
          {positions.map((p) => (
            <tr key={p.organisation.id}>
              <th scope="row">
                <bdi>{p.organisation.name}</bdi>
                <br />
                <span className="muted">{ORG_CATEGORY_LABELS[p.organisation.category]}</span>
              </th>
              <td data-label={t('namedPositions.position')}>{t(`stance.${p.stance}`)}</td>
              <td data-label={t('namedPositions.reason')} className="prose-text">
                {p.comment ? (
                  <div dir="auto">{p.comment}</div>
                ) : (
                  <span className="muted">{t('namedPositions.noReason')}</span>
                )}
              </td>
              <td data-label={t('namedPositions.recorded')}>
                <bdi>{p.recordedBy?.name ?? t('unknown')}</bdi>
                {t('listSeparator')}
                <bdi>{formatDateTime(p.updatedAt)}</bdi>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
