import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    'del',
    'code',
    'pre',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel'], th: ['align'], td: ['align'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow' }),
  },
};

/** Renders user-written markdown to HTML that is safe to insert into a page (no scripts, no javascript: links). */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: false });
  return sanitizeHtml(html, ALLOWED);
}

/** HTML from elsewhere (a converted DOCX file) cut down to the same safe tags and links as rendered markdown. */
export const sanitizeFragment = (html: string): string => sanitizeHtml(html, ALLOWED);

const rendered = new Map<string, string>();
/**
 * Enough for the pages people read in a busy period (a thread page shows 50 messages; 200 active
 * threads are 10,000 texts): with fewer, every thread page re-rendered its messages, and rendering
 * (marked + sanitize-html) was the largest cost of serving it. Roughly 1 kB per entry.
 */
const RENDER_CACHE_SIZE = 20_000;

/** renderMarkdown with an LRU cache keyed by the source: messages, reports and terms are read far more than written. */
export function renderMarkdownCached(markdown: string): string {
  const hit = rendered.get(markdown);
  if (hit !== undefined) {
    rendered.delete(markdown);
    rendered.set(markdown, hit);
    return hit;
  }
  const html = renderMarkdown(markdown);
  rendered.set(markdown, html);
  if (rendered.size > RENDER_CACHE_SIZE) rendered.delete(rendered.keys().next().value!);
  return html;
}
