import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  TransitionSchema,
  type IndicatorDto,
  type IndicatorStatus,
  type TransitionInput,
} from '@shared/schemas/indicator';
import { changeIndicatorStatus } from '../../api/indicators';
import { queryKeys } from '../../api/queryKeys';
import { SelectField, TextAreaField, TextField } from '../../components/FormField';
import { errorMessage } from '../../components/QueryStatus';
import { apiFieldErrors, validateWith, type FieldErrors } from '../../components/formErrors';

/** A week from now, as the value of a datetime-local input. */
const inAWeek = () => {
  const d = new Date(Date.now() + 7 * 864e5);
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
};

/** Changes the lifecycle status with a reason; consultations take a revision and a closing date. */
export function StatusChangeForm({ indicator }: { indicator: IndicatorDto }) {
  const { t } = useTranslation('indicators');
  const queryClient = useQueryClient();
  const options = indicator.can.transitions;
  const [chosen, setTo] = useState<IndicatorStatus>(options[0]!);
  // After a change the options differ: fall back to the first one still possible.
  const to = options.includes(chosen) ? chosen : options[0]!;
  const [reason, setReason] = useState('');
  const [closesAt, setClosesAt] = useState(inAWeek);
  const [revision, setRevision] = useState(String(indicator.currentRevision));
  const [override, setOverride] = useState(false);
  const change = useMutation({
    mutationFn: (input: TransitionInput) => changeIndicatorStatus(indicator.code, input),
    onSuccess: (updated) => {
      queryClient.setQueryData(queryKeys.indicator(indicator.code), updated);
      void queryClient.invalidateQueries({ queryKey: ['indicator', indicator.code] });
      void queryClient.invalidateQueries({ queryKey: ['indicators'] });
      setReason('');
      setOverride(false);
    },
  });
  const [checked, setChecked] = useState<FieldErrors>({});
  const errors = { ...apiFieldErrors(change.error), ...checked };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const closes = closesAt ? new Date(closesAt) : null;
    const input: TransitionInput = {
      to,
      reason,
      ...(to === 'consultation'
        ? {
            closesAt: closes && !Number.isNaN(closes.getTime()) ? closes.toISOString() : undefined,
            revision: Number(revision),
          }
        : {}),
      ...(to === 'endorsed' && override ? { override: true } : {}),
    };
    // The server's own schema checks the values first, so mistakes show before anything is sent.
    const result = validateWith(TransitionSchema, input);
    setChecked(result.ok ? {} : result.errors);
    if (result.ok) change.mutate(input);
  };

  return (
    <form className="card status-form" onSubmit={submit} aria-labelledby="status-form-title" noValidate>
      <h2 id="status-form-title" className="card__title">
        {t('statusChange.title')}
      </h2>
      <SelectField
        id="status-to"
        label={t('statusChange.newStatus')}
        value={to}
        onChange={(e) => setTo(e.target.value as IndicatorStatus)}
      >
        {options.map((s) => (
          <option key={s} value={s}>
            {t(`statusChange.option.${s}`)}
          </option>
        ))}
      </SelectField>
      {to === 'consultation' && (
        <div className="form-grid">
          <TextField
            id="status-revision"
            label={t('statusChange.revision')}
            type="number"
            min={1}
            max={indicator.currentRevision}
            value={revision}
            error={errors.revision}
            onChange={(e) => setRevision(e.target.value)}
          />
          <TextField
            id="status-closes"
            label={t('statusChange.closesAt')}
            type="datetime-local"
            value={closesAt}
            error={errors.closesAt}
            onChange={(e) => setClosesAt(e.target.value)}
          />
        </div>
      )}
      <TextAreaField
        id="status-reason"
        label={t('statusChange.reason')}
        hint={t('statusChange.reasonHint')}
        rows={2}
        value={reason}
        error={errors.reason}
        maxLength={1000}
        onChange={(e) => setReason(e.target.value)}
      />
      {to === 'endorsed' && indicator.can.override && (
        <label className="checkbox">
          <input type="checkbox" checked={override} onChange={(e) => setOverride(e.target.checked)} />{' '}
          {t('statusChange.override')}
        </label>
      )}
      {change.isError && !Object.keys(errors).length && (
        <p className="notice notice--error" role="alert">
          {errorMessage(change.error)}
        </p>
      )}
      <button type="submit" className="button" disabled={change.isPending}>
        {change.isPending ? t('saving') : t(`statusChange.action.${to}`)}
      </button>
    </form>
  );
}
