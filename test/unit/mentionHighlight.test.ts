import { highlightMentions } from '../../server/features/discussions/threadPresenter';
import { renderMarkdown } from '../../server/lib/markdown';

describe('highlightMentions', () => {
  it('marks the mentioned names in text, case-insensitively, and nothing else', () => {
    const html = renderMarkdown('Thanks @maya member and @Harri Hotline; cc @Someone Else');
    const out = highlightMentions(html, ['Maya Member', 'Harri Hotline']);
    expect(out).toContain('<span class="message__mention">@maya member</span>');
    expect(out).toContain('<span class="message__mention">@Harri Hotline</span>');
    expect(out).toContain('cc @Someone Else');
  });

  it('never touches attributes and cannot inject markup through a name', () => {
    const html = renderMarkdown('[@Maya Member](https://example.org/@Maya Member) and @<b>x</b>');
    expect(highlightMentions(html, ['Maya Member'])).toContain('href="https://example.org/@Maya');
    const evil = '<img src=x onerror=alert(1)>';
    // What sanitised text holding that name looks like: the name arrives escaped, and stays so.
    const rendered = '<p>hello @&lt;img src=x onerror=alert(1)&gt; &amp; @Tom &amp; Jerry</p>';
    const out = highlightMentions(rendered, [evil, 'Tom & Jerry']);
    expect(out).not.toContain('<img');
    expect(out).toContain('<span class="message__mention">@&lt;img src=x onerror=alert(1)&gt;</span>');
    expect(out).toContain('<span class="message__mention">@Tom &amp; Jerry</span>');
  });

  it('returns the HTML unchanged without mentions', () => {
    const html = renderMarkdown('@Maya Member');
    expect(highlightMentions(html, [])).toBe(html);
  });
});
