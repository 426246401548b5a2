import { useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { DocumentDto } from '@shared/schemas/document';
import { ApiError } from '../../api/client';
import { uploadDocumentVersion } from '../../api/documents';
import { queryKeys } from '../../api/queryKeys';
import { useUpload } from '../../hooks/useUpload';
import { FilePicker } from '../../components/FilePicker';
import { TextField } from '../../components/FormField';
import { Modal } from '../../components/Modal';
import { UploadFooter } from '../../components/UploadFooter';
import { refuseDrop } from '../../components/files';
import { focusFirstInvalid, type FieldErrors } from '../../components/formErrors';
import { byField } from './DocumentMetaFields';

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
  const formRef = useRef<HTMLFormElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

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

  const showErrors = (fieldErrors: FieldErrors) => {
    setErrors(fieldErrors);
    focusFirstInvalid(fieldErrors, FIELDS, formRef.current);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (upload.isUploading) return;
    if (!file) return showErrors({ file: errors.file ?? 'Choose a file to upload' });
    if (note.trim().length > 500) return showErrors({ note: 'Keep the note under 500 characters' });
    setErrors({});
    upload.start(
      { file, note: note.trim() },
      {
        onError: (err) => {
          if (err instanceof ApiError && err.status === 400) showErrors(byField(err.fields));
        },
      },
    );
  };

  const close = () => {
    upload.cancel();
    onClose();
  };

  return (
    <Modal title="Upload a new version" onClose={close} testId="version-dialog">
      <form
        ref={formRef}
        className="modal__form"
        onSubmit={onSubmit}
        noValidate
        onDragOver={refuseDrop}
        onDrop={(e) => e.preventDefault()}
      >
        <div className="modal__body">
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
        </div>
        <UploadFooter
          upload={upload}
          progressId="version-progress"
          submitLabel="Upload version"
          errorTitle="The new version was not uploaded"
          fieldNames={FIELDS}
          onClose={close}
        />
      </form>
    </Modal>
  );
}
