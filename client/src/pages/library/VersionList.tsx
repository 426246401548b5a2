import { useQuery } from '@tanstack/react-query';
import type { DocumentDto } from '@shared/schemas/document';
import { documentDownloadUrl, listDocumentVersions } from '../../api/documents';
import { queryKeys } from '../../api/queryKeys';
import { DateTime } from '../../components/dates';
import { ErrorMessage, Loading } from '../../components/QueryStatus';
import { fileTypeLabel, formatBytes } from '../../components/files';

/** Every version of a document, newest first, each with its own download link. */
export function VersionList({ doc }: { doc: DocumentDto }) {
  const query = useQuery({
    // The version count in the key refetches the list when a new version arrives from elsewhere.
    queryKey: [...queryKeys.documentVersions(doc.id), doc.versionCount],
    queryFn: ({ signal }) => listDocumentVersions(doc.id, signal),
  });

  if (query.isPending) return <Loading label="Loading the versions…" />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;

  return (
    <div className="table-scroll">
      <table className="data-table versions-table" data-testid="versions">
        <caption className="visually-hidden">
          Versions of {doc.title}, newest first ({query.data.length})
        </caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">File</th>
            <th scope="col">Note</th>
            <th scope="col">Uploaded</th>
            <th scope="col">
              <span className="visually-hidden">Download</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {query.data.map((v) => (
            <tr key={v.number}>
              <td data-label="Version">
                {v.number}
                {v.number === doc.currentVersion.number && <span className="badge">Current</span>}
              </td>
              <td data-label="File">
                <span className="break-id">{v.filename}</span>
                <span className="cell-note">
                  {fileTypeLabel(v.mimeType)}, {formatBytes(v.size)}
                </span>
              </td>
              <td data-label="Note">{v.note || <span className="muted">No note</span>}</td>
              <td data-label="Uploaded">
                {v.uploadedBy?.name ?? 'Unknown'}
                <span className="cell-note">
                  <DateTime iso={v.createdAt} />
                </span>
              </td>
              <td data-label="Download">
                <a
                  href={documentDownloadUrl(doc.id, { version: v.number })}
                  className="versions-table__download"
                >
                  Download<span className="visually-hidden"> version {v.number}</span>
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
