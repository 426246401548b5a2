import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DocumentHit } from '@shared/schemas/document';
import { Highlight } from '../../components/Highlight';
import { DOCUMENT_KIND_LABELS, VISIBILITY_LABELS } from '../../components/labels';
import { fileFacts, fileTypeLabel, formatBytes } from '../../components/files';
import { formatNumber } from '../../i18n/format';
import { currentLanguage } from '../../i18n';
import { LanguageBadge, contentAttributes } from '../../components/ContentLanguage';

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
  const { t } = useTranslation('library');
  const version = doc.currentVersion;
  const facts = [fileTypeLabel(version.mimeType), formatBytes(version.size)];
  if (doc.versionCount > 1) facts.push(t('result.version', { number: formatNumber(version.number) }));
  // Written in another language than the reader's: say so, and mark the title as written in it.
  const foreign = doc.language !== currentLanguage();
  return (
    <article className="card doc-result" data-testid="document-result">
      <h3 className="doc-result__title">
        <Link to={`/library/${doc.id}`} {...(foreign ? contentAttributes(doc.language) : {})}>
          <Highlight text={doc.title} query={query} />
        </Link>
      </h3>
      <p className="doc-result__badges">
        <span className="badge">{DOCUMENT_KIND_LABELS[doc.kind]}</span>
        <span className={doc.visibility === 'public' ? 'badge badge--success' : 'badge badge--muted'}>
          {VISIBILITY_LABELS[doc.visibility]}
        </span>
        {foreign && <LanguageBadge language={doc.language} label={t('result.language')} />}
        {doc.archived && <span className="badge badge--warning">{t('result.archived')}</span>}
      </p>
      {doc.snippet ? (
        <p
          className="doc-result__snippet"
          data-testid="snippet"
          {...(foreign ? contentAttributes(doc.language) : {})}
        >
          <Highlight text={doc.snippet} query={query} />
        </p>
      ) : (
        doc.description && (
          <p className="doc-result__text" {...(foreign ? contentAttributes(doc.language) : {})}>
            {summaryOf(doc.description)}
          </p>
        )
      )}
      <dl className="facts doc-result__facts">
        {doc.meeting && (
          <div>
            <dt>{t('result.meeting')}</dt>
            <dd>{doc.meeting.title}</dd>
          </div>
        )}
        {doc.organisation && (
          <div>
            <dt>{t('result.organisation')}</dt>
            <dd>{doc.organisation.name}</dd>
          </div>
        )}
        {doc.year !== null && (
          <div>
            <dt>{t('result.year')}</dt>
            <dd>{doc.year}</dd>
          </div>
        )}
        <div>
          <dt>{t('result.file')}</dt>
          <dd>{fileFacts(...facts)}</dd>
        </div>
      </dl>
      {doc.tags.length > 0 && (
        <ul className="chip-list doc-result__tags" aria-label={t('result.tags')}>
          {doc.tags.map((tag) => (
            <li key={tag}>
              <Link to={filterLink('tag', tag)} className="chip chip--small">
                <span className="visually-hidden">{t('result.tagPrefix')}</span>
                {tag}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
