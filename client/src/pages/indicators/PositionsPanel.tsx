import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Trans, useTranslation } from 'react-i18next';
import { PositionInputSchema, STANCES, type IndicatorDto, type Stance } from '@shared/schemas/indicator';
import { getPositions, recordPosition } from '../../api/indicators';
import { queryKeys } from '../../api/queryKeys';
import { TextAreaField } from '../../components/FormField';
import { ErrorMessage, Loading, errorMessage } from '../../components/QueryStatus';
import { formatDateTime } from '../../components/dates';
import { ObserverHint } from '../../components/ObserverHint';
import { apiFieldErrors, validateWith, type FieldErrors } from '../../components/formErrors';
import { NamedPositions } from '../consultation/NamedPositions';
import { ORG_CATEGORY_LABELS } from '../../components/labels';

const COLUMNS: Stance[] = [...STANCES];

/** The consultation: a summary by constituency, open concerns, who has not responded, and your position. */
export function PositionsPanel({ indicator }: { indicator: IndicatorDto }) {
  const { t } = useTranslation('indicators');
  const query = useQuery({
    queryKey: queryKeys.indicatorPositions(indicator.code),
    queryFn: ({ signal }) => getPositions(indicator.code, signal),
  });
  // Kept here, not in the form: the form is re-created when the recorded position changes.
  const [recorded, setRecorded] = useState<Stance | null>(null);
  if (query.isPending) return <Loading label={t('positions.loading')} />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  const { summary, consultation, mine, items } = query.data;
  if (!consultation) return null;
  return (
    <div className="positions" data-testid="positions">
      <p>
        <Trans
          t={t}
          i18nKey={consultation.open ? 'positions.summary.open' : 'positions.summary.closed'}
          values={{ revision: consultation.revision, closesAt: formatDateTime(consultation.closesAt) }}
          components={{ strong: <strong /> }}
        />{' '}
        <Trans
          t={t}
          i18nKey={summary.quorum.met ? 'positions.summary.quorumMet' : 'positions.summary.quorumNotMet'}
          count={summary.memberOrganisations}
          values={{ responded: summary.responded, quorum: summary.quorum.required }}
          components={{ strong: <strong /> }}
        />{' '}
        {summary.endorsable ? t('positions.summary.endorsable') : t('positions.summary.notEndorsable')}
      </p>
      <div className="table-scroll">
        <table className="data-table data-table--dense positions-table">
          <caption className="visually-hidden">{t('positions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('positions.constituency')}</th>
              {COLUMNS.map((s) => (
                <th scope="col" key={s}>
                  {t(`stance.${s}`)}
                </th>
              ))}
              <th scope="col">{t('positions.notResponded')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.byConstituency.map((c) => (
              <tr key={c.category}>
                <th scope="row">{ORG_CATEGORY_LABELS[c.category]}</th>
                {COLUMNS.map((s) => (
                  <td key={s} data-label={t(`stance.${s}`)}>
                    {c[s]}
                  </td>
                ))}
                <td data-label={t('positions.notResponded')}>{c.notResponded}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <NamedPositions positions={items} />
      {summary.openConcerns.length > 0 && (
        <>
          <h3>{t('positions.openConcerns')}</h3>
          <ul className="stack concern-list">
            {summary.openConcerns.map((p) => (
              <li key={p.organisation.id} className="notice notice--warning">
                <p className="notice__title" dir="auto">
                  {p.organisation.name}
                </p>
                <p className="prose-text" dir="auto">
                  {p.comment}
                </p>
                <p className="muted">
                  <bdi>{p.recordedBy?.name ?? t('unknown')}</bdi> · <bdi>{formatDateTime(p.updatedAt)}</bdi>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      {summary.notResponded.length > 0 && (
        <details>
          <summary>{t('positions.notRespondedYet', { number: summary.notResponded.length })}</summary>
          <ul className="inline-list">
            {summary.notResponded.map((o) => (
              <li key={o.id} dir="auto">
                {o.name}
              </li>
            ))}
          </ul>
        </details>
      )}
      {consultation.open && <ObserverHint what={t('observerHint.positions')} />}
      {recorded && (
        <p className="notice notice--success" role="status">
          {t('positions.recorded', { stance: t(`stance.${recorded}`) })}
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
  onRecorded: (stance: Stance) => void;
}) {
  const { t } = useTranslation('indicators');
  const queryClient = useQueryClient();
  const [stance, setStance] = useState<Stance | ''>(current?.stance ?? '');
  const [comment, setComment] = useState(current?.comment ?? '');
  const save = useMutation({
    mutationFn: () => recordPosition(code, { stance: stance as Stance, comment }),
    onSuccess: (data) => {
      onRecorded(stance as Stance);
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
        {t('positions.form.title')}
      </h3>
      {current && (
        <p className="muted">{t('positions.form.current', { stance: t(`stance.${current.stance}`) })}</p>
      )}
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('positions.form.position')}</legend>
        {STANCES.map((s) => (
          <label key={s} className="checkbox">
            <input
              type="radio"
              name="stance"
              value={s}
              checked={stance === s}
              onChange={() => setStance(s)}
            />{' '}
            {t(`stance.${s}`)}
          </label>
        ))}
        {errors.stance && <p className="field__error">{errors.stance}</p>}
      </fieldset>
      <TextAreaField
        id="position-comment"
        label={
          stance === 'concern' ? t('positions.form.commentRequired') : t('positions.form.commentOptional')
        }
        hint={stance === 'concern' ? t('positions.form.commentHint') : undefined}
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
        {save.isPending ? t('saving') : current ? t('positions.form.change') : t('positions.form.record')}
      </button>
    </form>
  );
}
