import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACCEPT_ATTRIBUTE,
  UPLOAD_LIMIT_BYTES,
  acceptedTypesText,
  extensionOf,
  fileProblem,
  fileTypeLabel,
  formatBytes,
} from './files';

interface FilePickerProps {
  id: string;
  file: File | null;
  /** A file that passed the client-side checks, or null with the reason it was refused. */
  onChange: (file: File | null, problem: string | null) => void;
  error?: string;
  disabled?: boolean;
}

const typeOf = (file: File) =>
  file.type ? fileTypeLabel(file.type) : extensionOf(file.name).slice(1).toUpperCase() || fileTypeLabel('');

/**
 * A drop zone around an ordinary, labelled file input ("File"): drag a file onto it or choose one
 * with the keyboard. Files of an obviously wrong type or over the size limit are refused at once.
 */
export function FilePicker({ id, file, onChange, error, disabled }: FilePickerProps) {
  const { t } = useTranslation('library');
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const choose = (files: FileList | null) => {
    const chosen = files?.[0] ?? null;
    if (!chosen) return onChange(null, null);
    const problem = fileProblem(chosen);
    // A refused file must not linger in the input, or it would look chosen.
    if (problem && inputRef.current) inputRef.current.value = '';
    onChange(problem ? null : chosen, problem);
  };

  const onDragOver = (event: DragEvent) => {
    if (disabled || !event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (disabled) return;
    const files = event.dataTransfer.files;
    const first = files[0];
    if (!first) return;
    if (files.length > 1) return onChange(null, t('filePicker.oneAtATime'));
    // Show the dropped file in the input too, so both ways of choosing look the same.
    if (inputRef.current && !fileProblem(first)) inputRef.current.files = files;
    choose(files);
  };

  const describedBy = [`${id}-hint`, error ? `${id}-error` : null, file ? `${id}-chosen` : null]
    .filter(Boolean)
    .join(' ');
  const classes = ['drop-zone', dragging && 'is-dragging', error && 'field--invalid'].filter(Boolean);

  return (
    <div
      className={classes.join(' ')}
      onDragEnter={onDragOver}
      onDragOver={onDragOver}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
      data-testid="drop-zone"
    >
      <label className="field__label" htmlFor={id}>
        {t('filePicker.label')}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {t('filePicker.hint', { types: acceptedTypesText(), limit: formatBytes(UPLOAD_LIMIT_BYTES) })}
      </p>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">{t('filePicker.errorPrefix')}</span>
          {error}
        </p>
      )}
      <input
        ref={inputRef}
        id={id}
        name="file"
        type="file"
        className="file-input"
        accept={ACCEPT_ATTRIBUTE}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        disabled={disabled}
        onChange={(e) => choose(e.target.files)}
      />
      {file && (
        <p className="drop-zone__chosen" id={`${id}-chosen`} data-testid="chosen-file">
          <span className="drop-zone__name">{file.name}</span>
          <span className="muted">
            {' '}
            · {formatBytes(file.size)} · {typeOf(file)}
          </span>
        </p>
      )}
    </div>
  );
}
