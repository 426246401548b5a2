import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  DISPOSITIONS,
  DISPOSITION_LABELS,
  DispositionInputSchema,
  type CommentDto,
  type Disposition,
} from '@shared/schemas/consultation';
import { disposeComment } from '../../api/consultation';
import { SelectField, TextAreaField } from '../../components/FormField';
import { EnumOptions } from '../../components/EnumOptions';
import { errorMessage } from '../../components/QueryStatus';
import { apiFieldErrors, validateWith, type FieldErrors } from '../../components/formErrors';

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
        {d ? 'Change the disposition' : 'Answer this comment'}
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
    <form className="card disposition-form" onSubmit={submit} noValidate aria-label="Disposition">
      <SelectField
        id={`${id}-decision`}
        label="Disposition"
        value={decision}
        error={errors.decision}
        onChange={(e) => setDecision(e.target.value as Disposition)}
      >
        <EnumOptions values={DISPOSITIONS} labels={DISPOSITION_LABELS} emptyLabel="Choose…" />
      </SelectField>
      <TextAreaField
        id={`${id}-response`}
        label="Response (observations of the secretariat)"
        rows={3}
        maxLength={4000}
        value={response}
        error={errors.response}
        onChange={(e) => setResponse(e.target.value)}
      />
      <SelectField
        id={`${id}-revision`}
        label="Addressed in revision"
        value={revision}
        error={errors.addressedInRevision}
        onChange={(e) => setRevision(e.target.value)}
      >
        <option value="">Not yet / not applicable</option>
        {later.map((n) => (
          <option key={n} value={n}>
            Revision {n}
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
          Save disposition
        </button>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
