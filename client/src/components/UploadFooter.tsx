import { ApiError } from '../api/client';
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
  return (
    <div className="modal__footer">
      <div role="alert" className="form-alert-region">
        {upload.error !== null && (
          <div className="notice notice--error">
            <p className="notice__title">{errorTitle}</p>
            <p>
              {onlyFieldErrors(upload.error, fieldNames)
                ? 'Correct the fields marked above, then try again.'
                : errorMessage(upload.error)}
            </p>
          </div>
        )}
      </div>
      <p role="status" className="form-alert-region upload-status">
        {upload.isUploading && (upload.isProcessing ? 'Upload complete; checking the file…' : 'Uploading…')}
        {upload.wasCancelled && 'Upload cancelled. Nothing was saved.'}
      </p>
      {upload.isUploading && (
        <div className="upload-progress">
          <label className="upload-progress__label" htmlFor={progressId}>
            Upload progress
          </label>
          <div className="upload-progress__row">
            <progress id={progressId} max={100} value={upload.percent} data-testid="upload-progress">
              {upload.percent}%
            </progress>
            <span className="upload-progress__percent">{upload.percent}%</span>
          </div>
        </div>
      )}
      <div className="modal__actions">
        {/* aria-disabled rather than disabled, so the focused button keeps focus during the upload. */}
        <button type="submit" className="button" aria-disabled={upload.isUploading || undefined}>
          {upload.isUploading ? 'Uploading…' : submitLabel}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={upload.isUploading ? upload.cancel : onClose}
        >
          {upload.isUploading ? 'Cancel upload' : 'Cancel'}
        </button>
      </div>
    </div>
  );
}
