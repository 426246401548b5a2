import { useTranslation } from 'react-i18next';
import type { DocumentDto } from '@shared/schemas/document';
import { documentDownloadUrl } from '../../api/documents';
import { DateTime } from '../../components/dates';
import { fileTypeLabel, formatBytes, hasReadablePreview, previewKind } from '../../components/files';
import { formatNumber } from '../../i18n/format';
import { Isolated } from '../../components/UserText';
import { ReadablePreview } from './ReadablePreview';

/** Where text extraction stands: searchable, still running, failed, or not possible for the type. */
function TextStatus({ status }: { status: DocumentDto['currentVersion']['textStatus'] }) {
  const { t } = useTranslation('library');
  return (
    <p role="status" className={`text-status text-status--${status}`} data-testid="text-status">
      {status === 'pending' && (
        <>
          <span className="spinner" aria-hidden="true" />
          {t('current.textPending')}
        </>
      )}
      {status === 'done' && t('current.textDone')}
      {status === 'failed' && t('current.textFailed')}
      {status === 'unsupported' && t('current.textUnsupported')}
    </p>
  );
}

/** The current file: name, type, size, who uploaded it when, its checksum and text status. */
export function CurrentVersion({ doc }: { doc: DocumentDto }) {
  const { t } = useTranslation('library');
  const v = doc.currentVersion;
  return (
    <div className="card current-version" data-testid="current-version">
      <p className="current-version__file break-id" dir="auto">
        {v.filename}
      </p>
      <dl className="facts">
        <div>
          <dt>{t('current.type')}</dt>
          <dd>{fileTypeLabel(v.mimeType)}</dd>
        </div>
        <div>
          <dt>{t('current.size')}</dt>
          <dd>{formatBytes(v.size)}</dd>
        </div>
        <div>
          <dt>{t('current.version')}</dt>
          <dd>
            {t('current.versionOf', {
              number: formatNumber(v.number),
              total: formatNumber(doc.versionCount),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('current.uploaded')}</dt>
          <dd>
            {v.uploadedBy && (
              <Isolated t={t} i18nKey="current.uploader" isolated={{ name: v.uploadedBy.name }} />
            )}
            <DateTime iso={v.createdAt} />
          </dd>
        </div>
      </dl>
      {v.note && (
        <p className="current-version__note">
          <Isolated t={t} i18nKey="current.note" isolated={{ note: v.note }} />
        </p>
      )}
      <TextStatus status={v.textStatus} />
      <details className="checksum">
        <summary>{t('current.checksum')}</summary>
        <p>
          {t('current.checksumHelp')}{' '}
          <code className="break-id" data-testid="sha256">
            {v.sha256}
          </code>
        </p>
      </details>
    </div>
  );
}

/**
 * The file shown in the page: PDFs in a frame, PNG and JPEG images as images, Markdown, text, CSV
 * and Word files as readable text; nothing for other types (they are downloaded).
 */
export function DocumentPreview({ doc }: { doc: DocumentDto }) {
  const { t } = useTranslation('library');
  const v = doc.currentVersion;
  const kind = previewKind(v.mimeType);
  const readable = hasReadablePreview(v.mimeType);
  if (!kind && !readable) return null;
  const src = documentDownloadUrl(doc.id, { version: v.number, inline: true });
  return (
    <section className="section" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t('preview.heading')}</h2>
      {kind === 'pdf' ? (
        <iframe
          className="doc-preview doc-preview--pdf"
          title={t('preview.of', { title: doc.title })}
          src={src}
        />
      ) : kind === 'image' ? (
        <img
          className="doc-preview doc-preview--image"
          src={src}
          alt={t('preview.of', { title: doc.title })}
        />
      ) : (
        <ReadablePreview doc={doc} />
      )}
      {kind && (
        <p className="doc-preview__open">
          {/* Phones often cannot show a PDF inside a page; their own viewer can. */}
          <a href={src} target="_blank" rel="noopener">
            {t('preview.openInNewTab')}
          </a>
        </p>
      )}
    </section>
  );
}
