import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { DocumentDto } from '@shared/schemas/document';
import { uploadDocument, type UploadFields } from '../../api/documents';
import { queryKeys } from '../../api/queryKeys';
import { useSession } from '../../hooks/useSession';
import { useUpload } from '../../hooks/useUpload';
import { FilePicker } from '../../components/FilePicker';
import { TextField } from '../../components/FormField';
import { kindFromFileName, titleFromFileName } from '../../components/files';
import { DocumentMetaFields, META_FIELDS, checkMeta, tagsOf, type MetaValues } from './DocumentMetaFields';
import { UploadDialogForm } from './UploadDialogForm';
import { useUploadFormErrors } from './useUploadFormErrors';
import { currentLanguage } from '../../i18n';

const FIELDS = ['file', ...META_FIELDS, 'note'];

/**
 * "Upload a document": a file (dropped or chosen) with its details, sent with a live progress bar.
 * On success the dialog closes and the new document's page opens.
 */
export function UploadDocumentDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('library');
  const { user, isHost } = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const [values, setValues] = useState<MetaValues>({
    title: '',
    kind: 'report',
    description: '',
    tags: '',
    meetingId: '',
    organisationId: user?.organisation?.id ?? '',
    year: '',
    visibility: 'members',
    // Documents are most often written in the language their uploader reads the workspace in.
    language: currentLanguage(),
  });
  const [note, setNote] = useState('');
  const { formRef, errors, setErrors, showErrors, showServerErrors } = useUploadFormErrors(FIELDS);
  // Title and kind follow the chosen file until the uploader edits them.
  const [touched, setTouched] = useState({ title: false, kind: false });

  const upload = useUpload(
    (args: { file: File; fields: UploadFields }, options) => uploadDocument(args.file, args.fields, options),
    {
      onSuccess: (doc: DocumentDto) => {
        queryClient.setQueryData(queryKeys.document(doc.id), doc);
        void queryClient.invalidateQueries({ queryKey: ['documents'] });
        onClose();
        void navigate(`/library/${doc.id}`);
      },
    },
  );

  const onChange = <K extends keyof MetaValues>(name: K, value: MetaValues[K]) => {
    if (name === 'title' || name === 'kind') setTouched((was) => ({ ...was, [name]: true }));
    setValues((v) => ({ ...v, [name]: value }));
  };

  const onFile = (chosen: File | null, problem: string | null) => {
    setFile(chosen);
    setErrors(({ file: _old, ...rest }) => (problem ? { ...rest, file: problem } : rest));
    if (!chosen) return;
    setValues((v) => ({
      ...v,
      title: touched.title && v.title.trim() ? v.title : titleFromFileName(chosen.name),
      kind: touched.kind ? v.kind : kindFromFileName(chosen.name),
    }));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (upload.isUploading) return;
    const fieldErrors = checkMeta(values);
    if (!file) fieldErrors.file = errors.file ?? t('upload.chooseFile');
    if (Object.keys(fieldErrors).length > 0 || !file) return showErrors(fieldErrors);
    setErrors({});
    const fields: UploadFields = { ...values, tags: tagsOf(values.tags).join(','), note };
    upload.start({ file, fields }, { onError: showServerErrors });
  };

  return (
    <UploadDialogForm
      title={t('upload.title')}
      testId="upload-dialog"
      formRef={formRef}
      onSubmit={onSubmit}
      onClose={onClose}
      upload={upload}
      progressId="upload-progress"
      submitLabel={t('upload.submit')}
      errorTitle={t('upload.failed')}
      fieldNames={FIELDS}
    >
      <FilePicker
        id="upload-file"
        file={file}
        onChange={onFile}
        error={errors.file}
        disabled={upload.isUploading}
      />
      <DocumentMetaFields
        idPrefix="upload"
        values={values}
        onChange={onChange}
        errors={errors}
        isHost={isHost}
      />
      <TextField
        id="upload-note"
        name="note"
        label={t('upload.note')}
        hint={t('upload.noteHint')}
        maxLength={500}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errors.note}
      />
    </UploadDialogForm>
  );
}
