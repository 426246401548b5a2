import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import type { DocumentDto } from '@shared/schemas/document';
import { getDocumentPreview } from '../../api/documents';
import { queryKeys } from '../../api/queryKeys';
import { ErrorMessage, Loading } from '../../components/QueryStatus';
import { ReportHtml } from '../../components/ReportHtml';
import { contentAttributes } from '../../components/ContentLanguage';

/**
 * A Markdown, text, CSV or Word file shown as part of the page: the server renders Markdown and
 * converts Word files to sanitised HTML; text is shown as text, never as HTML.
 */
export function ReadablePreview({ doc }: { doc: DocumentDto }) {
  const { t } = useTranslation('library');
  const version = doc.currentVersion.number;
  const query = useQuery({
    queryKey: queryKeys.documentPreview(doc.id, version),
    queryFn: ({ signal }) => getDocumentPreview(doc.id, version, signal),
    staleTime: Infinity,
  });
  if (query.isPending) return <Loading label={t('preview.preparing')} />;
  if (query.isError) return <ErrorMessage error={query.error} title={t('preview.failed')} />;
  const preview = query.data;
  // Written in the document's language, whatever the page's: its direction with it.
  const written = contentAttributes(doc.language);
  return (
    // The sheet scrolls by itself on wide screens: focusable, so keyboards can scroll it too.
    <div
      className="doc-preview doc-preview--page"
      data-testid="document-preview"
      role="region"
      aria-label={t('preview.of', { title: doc.title })}
      tabIndex={0}
    >
      {preview.format === 'html' ? (
        <ReportHtml
          html={preview.content}
          headingShift={2}
          label={t('preview.contentsOf', { title: doc.title })}
          {...written}
        />
      ) : (
        <pre className="doc-preview__text" {...written}>
          {preview.content}
        </pre>
      )}
      {preview.truncated && <p className="doc-preview__cut muted">{t('preview.truncated')}</p>}
    </div>
  );
}
