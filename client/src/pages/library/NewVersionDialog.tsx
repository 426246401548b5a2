import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { DocumentDto } from '@shared/schemas/document';
import { uploadDocumentVersion } from '../../api/documents';
import { queryKeys } from '../../api/queryKeys';
import { useUpload } from '../../hooks/useUpload';
import { FilePicker } from '../../components/FilePicker';
import { TextField } from '../../components/FormField';
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
    if (!file) return showErrors({ file: errors.file ?? 'Choose a file to upload' });
    if (note.trim().length > 500) return showErrors({ note: 'Keep the note under 500 characters' });
    setErrors({});
    upload.start({ file, note: note.trim() }, { onError: showServerErrors });
  };

  return (
    <UploadDialogForm
      title="Upload a new version"
      testId="version-dialog"
      formRef={formRef}
      onSubmit={onSubmit}
      onClose={onClose}
      upload={upload}
      progressId="version-progress"
      submitLabel="Upload version"
      errorTitle="The new version was not uploaded"
      fieldNames={FIELDS}
    >
      <p className="muted">
        The new file becomes version {doc.versionCount + 1} of “{doc.title}”. Earlier versions stay
        downloadable.
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
        label="Note"
        hint="Optional. What changed, e.g. “Figures updated for 2014”."
        maxLength={500}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errors.note}
      />
    </UploadDialogForm>
  );
}
