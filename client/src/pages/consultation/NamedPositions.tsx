import { ORG_CATEGORY_LABELS } from '@shared/roles';
import { STANCE_LABELS, type PositionDto } from '@shared/schemas/indicator';
import { formatDateTime } from '../../components/dates';
import '../../styles/consultation.css';

/** Each organisation's position by name, with its reason, in the order they were recorded. */
export function NamedPositions({ positions }: { positions: PositionDto[] }) {
  if (positions.length === 0) return <p className="muted">No organisation has recorded a position yet.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table data-table--dense named-positions" data-testid="named-positions">
        <caption className="visually-hidden">Positions by organisation</caption>
        <thead>
          <tr>
            <th scope="col">Organisation</th>
            <th scope="col">Position</th>
            <th scope="col">Reason</th>
            <th scope="col">Recorded</th>
          </tr>
        </thead>
        <tbody>
          {positions.map((p) => (
            <tr key={p.organisation.id}>
              <th scope="row">
                {p.organisation.name}
                <br />
                <span className="muted">{ORG_CATEGORY_LABELS[p.organisation.category]}</span>
              </th>
              <td data-label="Position">{STANCE_LABELS[p.stance]}</td>
              <td data-label="Reason" className="prose-text">
                {p.comment || <span className="muted">No reason given</span>}
              </td>
              <td data-label="Recorded">
                {p.recordedBy?.name ?? 'Unknown'}, {formatDateTime(p.updatedAt)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
