import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import type { DocumentDto } from '@shared/schemas/document';
import { uploadDocumentVersion } from '../../api/documents';
import { queryKeys } from '../../api/queryKeys';
import { useUpload } from '../../hooks/useUpload';
import { FilePicker } from '../../components/FilePicker';
import { TextField } from '../../components/FormField';
import { formatNumber } from '../../i18n/format';
import { UploadDialogForm } from './UploadDialogForm';
import { useUploadFormErrors } from './useUploadFormErrors';

const FIELDS = ['file', 'note'];

/** "Upload new version": a file and a note, sent with a live progress bar; earlier versions stay. */
export function NewVersionDialog({
  doc,
  onClose,
  onUploaded,
}: {
  doc: DocumentDto;
  onClose: () => void;
  onUploaded: (doc: DocumentDto) => void;
}) {
  const { t } = useTranslation('library');
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const { formRef, errors, setErrors, showErrors, showServerErrors } = useUploadFormErrors(FIELDS);

  const upload = useUpload(
    (args: { file: File; note: string }, options) =>
      uploadDocumentVersion(doc.id, args.file, args.note, options),
    {
      onSuccess: (updated: DocumentDto) => {
        queryClient.setQueryData(queryKeys.document(updated.id), updated);
        void queryClient.invalidateQueries({ queryKey: queryKeys.documentVersions(updated.id) });
        void queryClient.invalidateQueries({ queryKey: ['documents'] });
        onUploaded(updated);
      },
    },
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (upload.isUploading) return;
    if (!file) return showErrors({ file: errors.file ?? t('newVersion.chooseFile') });
    if (note.trim().length > 500) return showErrors({ note: t('newVersion.noteTooLong') });
    setErrors({});
    upload.start({ file, note: note.trim() }, { onError: showServerErrors });
  };

  return (
    <UploadDialogForm
      title={t('newVersion.title')}
      testId="version-dialog"
      formRef={formRef}
      onSubmit={onSubmit}
      onClose={onClose}
      upload={upload}
      progressId="version-progress"
      submitLabel={t('newVersion.submit')}
      errorTitle={t('newVersion.failed')}
      fieldNames={FIELDS}
    >
      <p className="muted">
        {t('newVersion.intro', { number: formatNumber(doc.versionCount + 1), title: doc.title })}
      </p>
      <FilePicker
        id="version-file"
        file={file}
        onChange={(chosen, problem) => {
          setFile(chosen);
          setErrors(problem ? { file: problem } : {});
        }}
        error={errors.file}
        disabled={upload.isUploading}
      />
      <TextField
        id="version-note"
        name="note"
        label={t('newVersion.note')}
        hint={t('newVersion.noteHint')}
        maxLength={500}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errors.note}
      />
    </UploadDialogForm>
  );
}
