/**
 * Moves every heading in server-rendered HTML down by `levels`, so a report's "##" headings fit
 * under the page's own headings. Only tag names change; the HTML was sanitised by the server.
 */
function shiftHeadings(html: string, levels: number): string {
  if (levels <= 0) return html;
  return html.replace(
    /<(\/?)h([1-6])(?=[\s>])/gi,
    (_m, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + levels)}`,
  );
}

/**
 * A session report's HTML (already sanitised server-side), as an <article>. People write it in any
 * language: its direction follows its first letter unless `lang` and `dir` are known (a document's).
 */
export function ReportHtml({
  html,
  headingShift = 0,
  label,
  lang,
  dir = 'auto',
}: {
  html: string;
  headingShift?: number;
  label: string;
  lang?: string;
  dir?: 'auto' | 'ltr' | 'rtl';
}) {
  return (
    <article
      className="report prose"
      aria-label={label}
      lang={lang}
      dir={dir}
      dangerouslySetInnerHTML={{ __html: shiftHeadings(html, headingShift) }}
    />
  );
}
