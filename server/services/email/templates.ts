import mjml2html from 'mjml';

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
export async function renderHtml(c: EmailContent): Promise<string> {
  const source = `<mjml>
  <mj-head>
    <mj-title>${esc(c.heading)}</mj-title>
    <mj-preview>${esc(c.preheader)}</mj-preview>
    <mj-attributes><mj-all font-family="Helvetica, Arial, sans-serif" /><mj-text font-size="15px" line-height="1.5" color="#111827" /></mj-attributes>
  </mj-head>
  <mj-body background-color="#f3f4f6">
    <mj-section background-color="#0f3d5e" padding="16px 24px">
      <mj-column><mj-text color="#ffffff" font-size="18px" font-weight="700">Coalition Workspace</mj-text></mj-column>
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
        ${c.action ? `<mj-button href="${esc(c.action.url)}" background-color="#1d4ed8" align="left">${esc(c.action.label)}</mj-button>` : ''}
        ${c.replyHint ? `<mj-text color="#4b5563" font-size="14px">${esc(c.replyHint)}</mj-text>` : ''}
      </mj-column>
    </mj-section>
    <mj-section padding="12px 24px">
      <mj-column>
        <mj-text font-size="12px" color="#6b7280">You get this e-mail because of your
          <a href="${esc(c.settingsUrl)}" style="color:#6b7280">e-mail settings</a>.
          <a href="${esc(unsubscribePage(c.unsubscribeUrl))}" style="color:#6b7280">Unsubscribe from ${esc(c.unsubscribeWhat)}</a>.</mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
  const { html, errors } = await mjml2html(source, { validationLevel: 'soft' });
  if (errors.length) throw new Error(`e-mail template: ${errors.map((e) => e.formattedMessage).join('; ')}`);
  return html;
}

/** The plain-text part, always sent beside the HTML one. */
export function renderText(c: EmailContent): string {
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
    `E-mail settings: ${c.settingsUrl}`,
    `Unsubscribe from ${c.unsubscribeWhat}: ${unsubscribePage(c.unsubscribeUrl)}`,
  );
  return lines.join('\n');
}

export async function renderEmail(c: EmailContent): Promise<{ html: string; text: string }> {
  return { html: await renderHtml(c), text: renderText(c) };
}
