import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ORG_CATEGORY_LABELS } from '@shared/roles';
import {
  PositionInputSchema,
  STANCES,
  STANCE_LABELS,
  type IndicatorDto,
  type Stance,
} from '@shared/schemas/indicator';
import { getPositions, recordPosition } from '../../api/indicators';
import { queryKeys } from '../../api/queryKeys';
import { TextAreaField } from '../../components/FormField';
import { ErrorMessage, Loading, errorMessage } from '../../components/QueryStatus';
import { formatDateTime } from '../../components/dates';
import { ObserverHint } from '../../components/ObserverHint';
import { apiFieldErrors, validateWith, type FieldErrors } from '../../components/formErrors';
import { NamedPositions } from '../consultation/NamedPositions';

const COLUMNS: Stance[] = [...STANCES];

/** The consultation: a summary by constituency, open concerns, who has not responded, and your position. */
export function PositionsPanel({ indicator }: { indicator: IndicatorDto }) {
  const query = useQuery({
    queryKey: queryKeys.indicatorPositions(indicator.code),
    queryFn: ({ signal }) => getPositions(indicator.code, signal),
  });
  // Kept here, not in the form: the form is re-created when the recorded position changes.
  const [recorded, setRecorded] = useState<string | null>(null);
  if (query.isPending) return <Loading label="Loading positions…" />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  const { summary, consultation, mine, items } = query.data;
  if (!consultation) return null;
  return (
    <div className="positions" data-testid="positions">
      <p>
        {consultation.open ? 'Open' : 'Closed'} consultation on{' '}
        <strong>revision {consultation.revision}</strong>, {consultation.open ? 'closing' : 'closed'}{' '}
        {formatDateTime(consultation.closesAt)}.{' '}
        <strong>
          {summary.responded} of {summary.memberOrganisations}
        </strong>{' '}
        member organisations responded; quorum {summary.quorum.required} (
        {summary.quorum.met ? 'met' : 'not met'}).{' '}
        {summary.endorsable
          ? 'The rules allow endorsement.'
          : 'Endorsement needs quorum and no open concern.'}
      </p>
      <div className="table-scroll">
        <table className="data-table data-table--dense positions-table">
          <caption className="visually-hidden">Positions by constituency</caption>
          <thead>
            <tr>
              <th scope="col">Constituency</th>
              {COLUMNS.map((s) => (
                <th scope="col" key={s}>
                  {STANCE_LABELS[s]}
                </th>
              ))}
              <th scope="col">Not responded</th>
            </tr>
          </thead>
          <tbody>
            {summary.byConstituency.map((c) => (
              <tr key={c.category}>
                <th scope="row">{ORG_CATEGORY_LABELS[c.category]}</th>
                {COLUMNS.map((s) => (
                  <td key={s} data-label={STANCE_LABELS[s]}>
                    {c[s]}
                  </td>
                ))}
                <td data-label="Not responded">{c.notResponded}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <NamedPositions positions={items} />
      {summary.openConcerns.length > 0 && (
        <>
          <h3>Open concerns</h3>
          <ul className="stack concern-list">
            {summary.openConcerns.map((p) => (
              <li key={p.organisation.id} className="notice notice--warning">
                <p className="notice__title">{p.organisation.name}</p>
                <p className="prose-text">{p.comment}</p>
                <p className="muted">
                  {p.recordedBy?.name ?? 'Unknown'} · {formatDateTime(p.updatedAt)}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      {summary.notResponded.length > 0 && (
        <details>
          <summary>Not responded yet ({summary.notResponded.length})</summary>
          <ul className="inline-list">
            {summary.notResponded.map((o) => (
              <li key={o.id}>{o.name}</li>
            ))}
          </ul>
        </details>
      )}
      {consultation.open && <ObserverHint what="record their organisation’s position" />}
      {recorded && (
        <p className="notice notice--success" role="status">
          Position recorded: {recorded}.
        </p>
      )}
      {indicator.can.recordPosition && consultation.open && (
        <PositionForm
          code={indicator.code}
          current={mine}
          key={mine?.updatedAt ?? 'none'}
          onRecorded={setRecorded}
        />
      )}
    </div>
  );
}

function PositionForm({
  code,
  current,
  onRecorded,
}: {
  code: string;
  current: { stance: Stance; comment: string } | null;
  onRecorded: (stance: string) => void;
}) {
  const queryClient = useQueryClient();
  const [stance, setStance] = useState<Stance | ''>(current?.stance ?? '');
  const [comment, setComment] = useState(current?.comment ?? '');
  const save = useMutation({
    mutationFn: () => recordPosition(code, { stance: stance as Stance, comment }),
    onSuccess: (data) => {
      onRecorded(STANCE_LABELS[stance as Stance]);
      queryClient.setQueryData(queryKeys.indicatorPositions(code), data);
    },
  });
  const [checked, setChecked] = useState<FieldErrors>({});
  const errors = { ...apiFieldErrors(save.error), ...checked };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // A concern without a comment is said here, before sending (the server's own schema).
    const result = validateWith(PositionInputSchema, { stance, comment });
    setChecked(result.ok ? {} : result.errors);
    if (result.ok) save.mutate();
  };
  return (
    <form className="card position-form" onSubmit={submit} noValidate aria-labelledby="position-title">
      <h3 id="position-title" className="card__title">
        Your organisation’s position
      </h3>
      {current && (
        <p className="muted">
          Recorded: {STANCE_LABELS[current.stance]}. Any member of your organisation can change it until the
          close.
        </p>
      )}
      <fieldset className="fieldset">
        <legend className="fieldset__legend">Position</legend>
        {STANCES.map((s) => (
          <label key={s} className="checkbox">
            <input
              type="radio"
              name="stance"
              value={s}
              checked={stance === s}
              onChange={() => setStance(s)}
            />{' '}
            {STANCE_LABELS[s]}
          </label>
        ))}
        {errors.stance && <p className="field__error">{errors.stance}</p>}
      </fieldset>
      <TextAreaField
        id="position-comment"
        label={stance === 'concern' ? 'Comment (required for a concern)' : 'Comment (optional)'}
        hint={stance === 'concern' ? 'Say what would resolve the concern.' : undefined}
        rows={3}
        value={comment}
        error={errors.comment}
        maxLength={4000}
        onChange={(e) => setComment(e.target.value)}
      />
      {save.isError && !Object.keys(errors).length && (
        <p className="notice notice--error" role="alert">
          {errorMessage(save.error)}
        </p>
      )}
      <button type="submit" className="button" disabled={!stance || save.isPending}>
        {save.isPending ? 'Saving…' : current ? 'Change position' : 'Record position'}
      </button>
    </form>
  );
}
