import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DocumentDto } from '@shared/schemas/document';
import { archiveDocument, documentDownloadUrl, restoreDocument } from '../../api/documents';
import { queryKeys } from '../../api/queryKeys';
import { ConfirmAction } from '../../components/ConfirmAction';
import { errorMessage } from '../../components/QueryStatus';
import { fileFacts, fileTypeLabel, formatBytes } from '../../components/files';
import { EditDocumentForm } from './EditDocumentForm';
import { formatNumber } from '../../i18n/format';
import { NewVersionDialog } from './NewVersionDialog';

/**
 * Download, and for those who may: upload a new version, edit the details, archive or restore.
 * Outcomes are announced in a status line; failures in an alert.
 */
export function DocumentActions({ doc }: { doc: DocumentDto }) {
  const { t } = useTranslation('library');
  const queryClient = useQueryClient();
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const [editing, setEditing] = useState(false);
  const [addingVersion, setAddingVersion] = useState(false);
  const [message, setMessage] = useState('');

  const saved = (updated: DocumentDto, text: string) => {
    queryClient.setQueryData(queryKeys.document(updated.id), updated);
    void queryClient.invalidateQueries({ queryKey: ['documents'] });
    setMessage(text);
  };
  const archive = useMutation({
    mutationFn: () => archiveDocument(doc.id),
    onSuccess: (updated) => saved(updated, t('actions.archived')),
  });
  const restore = useMutation({
    mutationFn: () => restoreDocument(doc.id),
    onSuccess: (updated) => saved(updated, t('actions.restored')),
  });
  const failed = archive.error ?? restore.error;
  const v = doc.currentVersion;

  return (
    <>
      <div className="doc-actions">
        <a href={documentDownloadUrl(doc.id)} className="button" data-testid="download-current">
          {t('actions.download')}
          <span className="doc-actions__file">
            ({fileFacts(fileTypeLabel(v.mimeType), formatBytes(v.size))})
          </span>
        </a>
        {doc.can.addVersion && !doc.archived && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setMessage('');
              setAddingVersion(true);
            }}
          >
            {t('actions.uploadVersion')}
          </button>
        )}
        {doc.can.edit && (
          <button
            ref={editButtonRef}
            type="button"
            className="button button--secondary"
            aria-expanded={editing}
            aria-controls={editing ? 'edit-document' : undefined}
            onClick={() => {
              setMessage('');
              setEditing((e) => !e);
            }}
          >
            {t('actions.editDetails')}
          </button>
        )}
        {doc.can.archive &&
          (doc.archived ? (
            <ConfirmAction
              label={t('actions.restore')}
              question={t('actions.restoreQuestion', { title: doc.title })}
              confirmLabel={t('actions.restoreConfirm')}
              onConfirm={() => restore.mutate()}
              pending={restore.isPending}
            />
          ) : (
            <ConfirmAction
              label={t('actions.archive')}
              question={t('actions.archiveQuestion', { title: doc.title })}
              confirmLabel={t('actions.archiveConfirm')}
              onConfirm={() => archive.mutate()}
              pending={archive.isPending}
              danger
            />
          ))}
      </div>
      <p role="status" className="form-alert-region doc-actions__status">
        {message}
      </p>
      <div role="alert" className="form-alert-region">
        {failed && (
          <div className="notice notice--error">
            <p className="notice__title">{t('actions.failed')}</p>
            <p>{errorMessage(failed)}</p>
          </div>
        )}
      </div>
      {editing && (
        <div id="edit-document">
          <EditDocumentForm
            doc={doc}
            onDone={(updated) => {
              setEditing(false);
              if (updated) setMessage(t('actions.saved'));
              editButtonRef.current?.focus();
            }}
          />
        </div>
      )}
      {addingVersion && (
        <NewVersionDialog
          doc={doc}
          onClose={() => setAddingVersion(false)}
          onUploaded={(updated) => {
            setAddingVersion(false);
            setMessage(t('actions.versionUploaded', { number: formatNumber(updated.currentVersion.number) }));
          }}
        />
      )}
    </>
  );
}
