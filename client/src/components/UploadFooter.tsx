import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { formatNumber } from '../i18n/format';
import { errorMessage } from './QueryStatus';

/** The parts of useUpload's state the footer shows. */
interface UploadState {
  isUploading: boolean;
  isProcessing: boolean;
  percent: number;
  error: unknown;
  wasCancelled: boolean;
  cancel: () => void;
}

export interface UploadFooterProps {
  upload: UploadState;
  progressId: string;
  submitLabel: string;
  /** The alert's title when the upload fails, e.g. "The document was not uploaded". */
  errorTitle: string;
  /** The form's field names: field errors for these are shown next to the fields instead. */
  fieldNames: string[];
  onClose: () => void;
}

/** Whether every message of a 400 answer belongs to a field the form shows. */
function onlyFieldErrors(error: unknown, fieldNames: string[]): boolean {
  if (!(error instanceof ApiError) || error.status !== 400) return false;
  const keys = Object.keys(error.fields);
  return keys.length > 0 && keys.every((key) => fieldNames.includes(key));
}

/**
 * The bottom of an upload form: a server error alert, the progress bar with its percentage,
 * the submit button and Cancel (which aborts a running upload, and otherwise closes the dialog).
 */
export function UploadFooter({
  upload,
  progressId,
  submitLabel,
  errorTitle,
  fieldNames,
  onClose,
}: UploadFooterProps) {
  const { t } = useTranslation('library');
  const percent = formatNumber(upload.percent / 100, { style: 'percent' });
  return (
    <div className="modal__footer">
      <div role="alert" className="form-alert-region">
        {upload.error !== null && (
          <div className="notice notice--error">
            <p className="notice__title">{errorTitle}</p>
            <p>
              {onlyFieldErrors(upload.error, fieldNames)
                ? t('uploadFooter.correctFields')
                : errorMessage(upload.error)}
            </p>
          </div>
        )}
      </div>
      <p role="status" className="form-alert-region upload-status">
        {upload.isUploading &&
          (upload.isProcessing ? t('uploadFooter.processing') : t('uploadFooter.uploading'))}
        {upload.wasCancelled && t('uploadFooter.cancelled')}
      </p>
      {upload.isUploading && (
        <div className="upload-progress">
          <label className="upload-progress__label" htmlFor={progressId}>
            {t('uploadFooter.progress')}
          </label>
          <div className="upload-progress__row">
            <progress id={progressId} max={100} value={upload.percent} data-testid="upload-progress">
              {percent}
            </progress>
            <span className="upload-progress__percent">{percent}</span>
          </div>
        </div>
      )}
      <div className="modal__actions">
        {/* aria-disabled rather than disabled, so the focused button keeps focus during the upload. */}
        <button type="submit" className="button" aria-disabled={upload.isUploading || undefined}>
          {upload.isUploading ? t('uploadFooter.uploading') : submitLabel}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={upload.isUploading ? upload.cancel : onClose}
        >
          {upload.isUploading ? t('uploadFooter.cancelUpload') : t('uploadFooter.cancel')}
        </button>
      </div>
    </div>
  );
}
