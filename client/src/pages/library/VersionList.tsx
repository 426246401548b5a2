import { Trans, useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import type { DocumentDto } from '@shared/schemas/document';
import { documentDownloadUrl, listDocumentVersions } from '../../api/documents';
import { queryKeys } from '../../api/queryKeys';
import { DateTime } from '../../components/dates';
import { ErrorMessage, Loading } from '../../components/QueryStatus';
import { fileFacts, fileTypeLabel, formatBytes } from '../../components/files';
import { formatNumber } from '../../i18n/format';

/** Every version of a document, newest first, each with its own download link. */
export function VersionList({ doc }: { doc: DocumentDto }) {
  const { t } = useTranslation('library');
  const query = useQuery({
    // The version count in the key refetches the list when a new version arrives from elsewhere.
    queryKey: [...queryKeys.documentVersions(doc.id), doc.versionCount],
    queryFn: ({ signal }) => listDocumentVersions(doc.id, signal),
  });

  if (query.isPending) return <Loading label={t('versions.loading')} />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;

  return (
    <div className="table-scroll">
      <table className="data-table versions-table" data-testid="versions">
        <caption className="visually-hidden">
          {t('versions.caption', { title: doc.title, number: formatNumber(query.data.length) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('versions.version')}</th>
            <th scope="col">{t('versions.file')}</th>
            <th scope="col">{t('versions.note')}</th>
            <th scope="col">{t('versions.uploaded')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('versions.download')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {query.data.map((v) => (
            <tr key={v.number}>
              <td data-label={t('versions.version')}>
                {v.number}
                {v.number === doc.currentVersion.number && (
                  <span className="badge">{t('versions.current')}</span>
                )}
              </td>
              <td data-label={t('versions.file')}>
                <span className="break-id" dir="auto">
                  {v.filename}
                </span>
                <span className="cell-note">{fileFacts(fileTypeLabel(v.mimeType), formatBytes(v.size))}</span>
              </td>
              <td data-label={t('versions.note')}>
                {v.note ? (
                  <span dir="auto">{v.note}</span>
                ) : (
                  <span className="muted">{t('versions.noNote')}</span>
                )}
              </td>
              <td data-label={t('versions.uploaded')}>
                <bdi>{v.uploadedBy?.name ?? t('versions.unknown')}</bdi>
                <span className="cell-note">
                  <DateTime iso={v.createdAt} />
                </span>
              </td>
              <td data-label={t('versions.download')}>
                <a
                  href={documentDownloadUrl(doc.id, { version: v.number })}
                  className="versions-table__download"
                >
                  <Trans
                    t={t}
                    i18nKey="versions.downloadVersion"
                    values={{ number: formatNumber(v.number) }}
                    components={{ hidden: <span className="visually-hidden" /> }}
                  />
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
