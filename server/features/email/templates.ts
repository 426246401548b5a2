import mjml2html from 'mjml';
import { textDirection, type Language } from '@shared/i18n/languages';
import { translator } from '../../i18n/index';

/** One line of an e-mail: what happened, where to see it, and an optional quote or detail. */
export interface EmailItem {
  text: string;
  url?: string;
  detail?: string | null;
}

export interface EmailSection {
  title: string;
  items: EmailItem[];
}

export interface EmailContent {
  /** The recipient's language: the layout's words, `<html lang dir>` and the alignment follow it. */
  language: Language;
  /** The line mail clients show beside the subject. */
  preheader: string;
  heading: string;
  intro?: string;
  sections: EmailSection[];
  /** A call to action under the content. */
  action?: { label: string; url: string };
  /** Shown under the content when the e-mail can be answered (reply by e-mail). */
  replyHint?: string;
  settingsUrl: string;
  unsubscribeUrl: string;
  /** Names what unsubscribing stops ("these notifications", "this digest"). */
  unsubscribeWhat: string;
}

/** The visible link opens the confirmation page; the List-Unsubscribe header POSTs to the API. */
const unsubscribePage = (apiUrl: string) => apiUrl.replace('/api/email/unsubscribe?', '/unsubscribe?');

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * A catalogue text with link tags (`<settings>e-mail settings</settings>`) as escaped HTML with the
 * tags made links; the words around them stay in the translator's order.
 */
function withLinks(text: string, links: Record<string, string>, style: string): string {
  const parts = text.split(/(<\w+>[\s\S]*?<\/\w+>)/);
  return parts
    .map((part) => {
      const m = /^<(\w+)>([\s\S]*?)<\/\1>$/.exec(part);
      const href = m ? links[m[1]!] : undefined;
      return m && href ? `<a href="${esc(href)}" style="${style}">${esc(m[2]!)}</a>` : esc(part);
    })
    .join('');
}

const itemMjml = (item: EmailItem) => {
  const line = item.url
    ? `<a href="${esc(item.url)}" style="color:#1d4ed8;text-decoration:none">${esc(item.text)}</a>`
    : esc(item.text);
  const detail = item.detail
    ? `<br/><span style="color:#4b5563;font-size:14px">${esc(item.detail).replace(/\n/g, '<br/>')}</span>`
    : '';
  return `<mj-text padding="4px 0">${line}${detail}</mj-text>`;
};

const sectionMjml = (s: EmailSection) => `
    <mj-section background-color="#ffffff" padding="8px 24px">
      <mj-column>
        <mj-text font-size="17px" font-weight="600" padding="8px 0 4px">${esc(s.title)}</mj-text>
        ${s.items.map(itemMjml).join('\n')}
      </mj-column>
    </mj-section>`;

/** The HTML part: MJML, which mail clients (Outlook included) render as intended. */
async function renderHtml(c: EmailContent): Promise<string> {
  const t = translator(c.language);
  const dir = textDirection(c.language);
  // Right to left: MJML writes text-align inline, so the alignment follows the direction explicitly.
  const start = dir === 'rtl' ? 'right' : 'left';
  const footer = withLinks(
    t('email:layout.footer', { what: c.unsubscribeWhat }),
    { settings: c.settingsUrl, unsubscribe: unsubscribePage(c.unsubscribeUrl) },
    'color:#6b7280',
  );
  const source = `<mjml lang="${c.language}" dir="${dir}">
  <mj-head>
    <mj-title>${esc(c.heading)}</mj-title>
    <mj-preview>${esc(c.preheader)}</mj-preview>
    <mj-attributes><mj-all font-family="Helvetica, Arial, sans-serif" /><mj-text font-size="15px" line-height="1.5" color="#111827" align="${start}" /></mj-attributes>
  </mj-head>
  <mj-body background-color="#f3f4f6">
    <mj-section background-color="#0f3d5e" padding="16px 24px">
      <mj-column><mj-text color="#ffffff" font-size="18px" font-weight="700">${esc(t('email:layout.brand'))}</mj-text></mj-column>
    </mj-section>
    <mj-section background-color="#ffffff" padding="16px 24px 0">
      <mj-column>
        <mj-text font-size="20px" font-weight="700">${esc(c.heading)}</mj-text>
        ${c.intro ? `<mj-text>${esc(c.intro)}</mj-text>` : ''}
      </mj-column>
    </mj-section>
    ${c.sections.map(sectionMjml).join('\n')}
    <mj-section background-color="#ffffff" padding="8px 24px 16px">
      <mj-column>
        ${c.action ? `<mj-button href="${esc(c.action.url)}" background-color="#1d4ed8" align="${start}">${esc(c.action.label)}</mj-button>` : ''}
        ${c.replyHint ? `<mj-text color="#4b5563" font-size="14px">${esc(c.replyHint)}</mj-text>` : ''}
      </mj-column>
    </mj-section>
    <mj-section padding="12px 24px">
      <mj-column>
        <mj-text font-size="12px" color="#6b7280">${footer}</mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
  const { html, errors } = await mjml2html(source, { validationLevel: 'soft' });
  if (errors.length) throw new Error(`e-mail template: ${errors.map((e) => e.formattedMessage).join('; ')}`);
  return html;
}

/** The plain-text part, always sent beside the HTML one. */
function renderText(c: EmailContent): string {
  const t = translator(c.language);
  const lines = [c.heading, '='.repeat(Math.min(c.heading.length, 72)), ''];
  if (c.intro) lines.push(c.intro, '');
  for (const s of c.sections) {
    lines.push(s.title, '-'.repeat(Math.min(s.title.length, 72)));
    for (const item of s.items) {
      lines.push(`* ${item.text}`);
      if (item.detail) lines.push(...item.detail.split('\n').map((l) => `  ${l}`));
      if (item.url) lines.push(`  ${item.url}`);
    }
    lines.push('');
  }
  if (c.action) lines.push(`${c.action.label}: ${c.action.url}`, '');
  if (c.replyHint) lines.push(c.replyHint, '');
  lines.push(
    '-- ',
    t('email:layout.settingsLine', { url: c.settingsUrl }),
    t('email:layout.unsubscribeLine', { what: c.unsubscribeWhat, url: unsubscribePage(c.unsubscribeUrl) }),
  );
  return lines.join('\n');
}

export async function renderEmail(c: EmailContent): Promise<{ html: string; text: string }> {
  return { html: await renderHtml(c), text: renderText(c) };
}
