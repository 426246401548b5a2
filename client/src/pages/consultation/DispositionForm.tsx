import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  DISPOSITIONS,
  DispositionInputSchema,
  type CommentDto,
  type Disposition,
} from '@shared/schemas/consultation';
import { disposeComment } from '../../api/consultation';
import { SelectField, TextAreaField } from '../../components/FormField';
import { EnumOptions } from '../../components/EnumOptions';
import { errorMessage } from '../../components/QueryStatus';
import { apiFieldErrors, validateWith, type FieldErrors } from '../../components/formErrors';
import { labelMap } from '../indicators/labels';

/**
 * The custodian organisation's or a host's answer to a comment: the decision, a response (needed
 * unless accepted or noted) and the revision that addresses it.
 */
export function DispositionForm({
  code,
  comment,
  currentRevision,
}: {
  code: string;
  comment: CommentDto;
  currentRevision: number;
}) {
  const { t } = useTranslation('indicators');
  const queryClient = useQueryClient();
  const d = comment.disposition;
  const [open, setOpen] = useState(false);
  const [decision, setDecision] = useState<Disposition | ''>(d?.decision ?? '');
  const [response, setResponse] = useState(d?.response ?? '');
  const [revision, setRevision] = useState(d?.addressedInRevision ? String(d.addressedInRevision) : '');
  const [checked, setChecked] = useState<FieldErrors>({});
  const save = useMutation({
    mutationFn: () =>
      disposeComment(code, comment.id, {
        decision: decision as Disposition,
        response,
        addressedInRevision: revision ? Number(revision) : null,
      }),
    onSuccess: () => {
      setOpen(false);
      void queryClient.invalidateQueries({ queryKey: ['indicator', code] });
    },
  });
  const errors = { ...apiFieldErrors(save.error), ...checked };
  const later = Array.from(
    { length: Math.max(0, currentRevision - comment.revision) },
    (_, i) => comment.revision + 1 + i,
  );
  if (!open)
    return (
      <button
        type="button"
        className={d ? 'button button--secondary button--small' : 'button button--small'}
        onClick={() => setOpen(true)}
      >
        {d ? t('dispositionForm.change') : t('dispositionForm.answer')}
      </button>
    );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = validateWith(DispositionInputSchema, {
      decision,
      response,
      addressedInRevision: revision ? Number(revision) : null,
    });
    setChecked(result.ok ? {} : result.errors);
    if (result.ok) save.mutate();
  };
  const id = `disposition-${comment.id}`;
  return (
    <form
      className="card disposition-form"
      onSubmit={submit}
      noValidate
      aria-label={t('dispositionForm.label')}
    >
      <SelectField
        id={`${id}-decision`}
        label={t('dispositionForm.label')}
        value={decision}
        error={errors.decision}
        onChange={(e) => setDecision(e.target.value as Disposition)}
      >
        <EnumOptions
          values={DISPOSITIONS}
          labels={labelMap(DISPOSITIONS, (v) => t(`disposition.${v}`))}
          emptyLabel={t('dispositionForm.choose')}
        />
      </SelectField>
      <TextAreaField
        id={`${id}-response`}
        label={t('dispositionForm.response')}
        rows={3}
        maxLength={4000}
        value={response}
        error={errors.response}
        onChange={(e) => setResponse(e.target.value)}
      />
      <SelectField
        id={`${id}-revision`}
        label={t('dispositionForm.addressedIn')}
        value={revision}
        error={errors.addressedInRevision}
        onChange={(e) => setRevision(e.target.value)}
      >
        <option value="">{t('dispositionForm.notYet')}</option>
        {later.map((n) => (
          <option key={n} value={n}>
            {t('revision', { number: n })}
          </option>
        ))}
      </SelectField>
      {save.isError && !Object.keys(errors).length && (
        <p className="notice notice--error" role="alert">
          {errorMessage(save.error)}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending || !decision}>
          {t('dispositionForm.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
