import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DocumentDto, UpdateDocumentInput } from '@shared/schemas/document';
import { ApiError } from '../../api/client';
import { updateDocument } from '../../api/documents';
import { queryKeys } from '../../api/queryKeys';
import { useSession } from '../../hooks/useSession';
import { errorMessage } from '../../components/QueryStatus';
import { focusFirstInvalid, type FieldErrors } from '../../components/formErrors';
import {
  DocumentMetaFields,
  META_FIELDS,
  byField,
  checkMeta,
  metaValuesOf,
  tagsOf,
  type MetaValues,
} from './DocumentMetaFields';

/** Only the fields whose values differ from the stored document, in the PATCH's shape. */
function changesFrom(doc: DocumentDto, v: MetaValues): UpdateDocumentInput {
  const changes: Record<string, unknown> = {};
  const year = v.year.trim() ? Number(v.year.trim()) : null;
  const tags = tagsOf(v.tags);
  if (v.title.trim() !== doc.title) changes.title = v.title.trim();
  if (v.description.trim() !== doc.description) changes.description = v.description.trim();
  if (v.kind !== doc.kind) changes.kind = v.kind;
  if (tags.join(',') !== doc.tags.join(',')) changes.tags = tags;
  if ((v.meetingId || null) !== (doc.meeting?.id ?? null)) changes.meetingId = v.meetingId || null;
  if ((v.organisationId || null) !== (doc.organisation?.id ?? null))
    changes.organisationId = v.organisationId || null;
  if (year !== doc.year) changes.year = year;
  if (v.visibility !== doc.visibility) changes.visibility = v.visibility;
  if (v.language !== doc.language) changes.language = v.language;
  return changes as UpdateDocumentInput;
}

/** "Edit details": the document's metadata (owner or host); only changed fields are sent. */
export function EditDocumentForm({
  doc,
  onDone,
}: {
  doc: DocumentDto;
  /** Called after saving (with the saved document) or cancelling (with null). */
  onDone: (saved: DocumentDto | null) => void;
}) {
  const { t } = useTranslation('library');
  const { isHost } = useSession();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<MetaValues>(() => metaValuesOf(doc));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [unchanged, setUnchanged] = useState(false);

  // The form opens from a button: start at its first field.
  useEffect(() => formRef.current?.querySelector('input')?.focus(), []);

  const mutation = useMutation({
    mutationFn: (changes: UpdateDocumentInput) => updateDocument(doc.id, changes),
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKeys.document(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: ['documents'] });
      onDone(saved);
    },
    onError: (err) => {
      if (!(err instanceof ApiError)) return;
      const fieldErrors = byField(err.fields);
      setErrors(fieldErrors);
      focusFirstInvalid(fieldErrors, META_FIELDS, formRef.current);
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const fieldErrors = checkMeta(values);
    setErrors(fieldErrors);
    if (Object.keys(fieldErrors).length > 0)
      return focusFirstInvalid(fieldErrors, META_FIELDS, formRef.current);
    const changes = changesFrom(doc, values);
    if (Object.keys(changes).length === 0) return setUnchanged(true);
    mutation.mutate(changes);
  };

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="card form-card edit-document"
      aria-labelledby="edit-heading"
      data-testid="edit-document-form"
    >
      <h2 id="edit-heading">{t('edit.heading')}</h2>
      <div role="alert" className="form-alert-region">
        {mutation.isError && (
          <div className="notice notice--error">
            <p className="notice__title">{t('edit.notSaved')}</p>
            <p>{errorMessage(mutation.error)}</p>
          </div>
        )}
      </div>
      <DocumentMetaFields
        idPrefix="edit"
        values={values}
        onChange={(name, value) => {
          setUnchanged(false);
          setValues((v) => ({ ...v, [name]: value }));
        }}
        errors={errors}
        isHost={isHost}
      />
      <p role="status" className="form-alert-region">
        {unchanged ? t('edit.unchanged') : ''}
      </p>
      <div className="form-actions">
        <button type="submit" className="button" disabled={mutation.isPending}>
          {mutation.isPending ? t('edit.saving') : t('edit.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(null)}>
          {t('edit.cancel')}
        </button>
      </div>
    </form>
  );
}
