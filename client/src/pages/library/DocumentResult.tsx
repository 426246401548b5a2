import { Link } from 'react-router';
import { DOCUMENT_KIND_LABELS, type DocumentHit } from '@shared/schemas/document';
import { Highlight } from '../../components/Highlight';
import { VISIBILITY_LABELS } from '../../components/labels';
import { fileTypeLabel, formatBytes } from '../../components/files';

const SUMMARY_LENGTH = 220;

/** The first words of a description, cut at a word boundary. */
function summaryOf(text: string): string {
  if (text.length <= SUMMARY_LENGTH) return text;
  const cut = text.slice(0, SUMMARY_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : SUMMARY_LENGTH)}…`;
}

/** A library address with one more filter, e.g. a tag chip's link. */
const filterLink = (name: string, value: string) => `/library?${new URLSearchParams({ [name]: value })}`;

/** One search result or library entry: title, badges, the matching snippet and the facts. */
export function DocumentResult({ doc, query }: { doc: DocumentHit; query: string }) {
  const version = doc.currentVersion;
  return (
    <article className="card doc-result" data-testid="document-result">
      <h3 className="doc-result__title">
        <Link to={`/library/${doc.id}`}>
          <Highlight text={doc.title} query={query} />
        </Link>
      </h3>
      <p className="doc-result__badges">
        <span className="badge">{DOCUMENT_KIND_LABELS[doc.kind]}</span>
        <span className={doc.visibility === 'public' ? 'badge badge--success' : 'badge badge--muted'}>
          {VISIBILITY_LABELS[doc.visibility]}
        </span>
        {doc.archived && <span className="badge badge--warning">Archived</span>}
      </p>
      {doc.snippet ? (
        <p className="doc-result__snippet" data-testid="snippet">
          <Highlight text={doc.snippet} query={query} />
        </p>
      ) : (
        doc.description && <p className="doc-result__text">{summaryOf(doc.description)}</p>
      )}
      <dl className="facts doc-result__facts">
        {doc.meeting && (
          <div>
            <dt>Meeting</dt>
            <dd>{doc.meeting.title}</dd>
          </div>
        )}
        {doc.organisation && (
          <div>
            <dt>Organisation</dt>
            <dd>{doc.organisation.name}</dd>
          </div>
        )}
        {doc.year !== null && (
          <div>
            <dt>Year</dt>
            <dd>{doc.year}</dd>
          </div>
        )}
        <div>
          <dt>File</dt>
          <dd>
            {fileTypeLabel(version.mimeType)}, {formatBytes(version.size)}
            {doc.versionCount > 1 && `, version ${version.number}`}
          </dd>
        </div>
      </dl>
      {doc.tags.length > 0 && (
        <ul className="chip-list doc-result__tags" aria-label="Tags">
          {doc.tags.map((tag) => (
            <li key={tag}>
              <Link to={filterLink('tag', tag)} className="chip chip--small">
                <span className="visually-hidden">Tag: </span>
                {tag}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
