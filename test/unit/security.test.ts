import { renderMarkdown } from '../../server/lib/markdown';
import { hashPassword, verifyPassword } from '../../server/features/accounts/passwords';

describe('renderMarkdown', () => {
  it('renders markdown', () => {
    expect(renderMarkdown('## Title\n\n**bold** [link](https://example.org)')).toBe(
      '<h2>Title</h2>\n<p><strong>bold</strong> <a href="https://example.org" rel="noopener noreferrer nofollow">link</a></p>\n',
    );
  });

  it.each([
    ['<script>alert(1)</script>', /<script/],
    ['<img src=x onerror=alert(1)>', /onerror|<img/],
    ['[click](javascript:alert(1))', /javascript:/],
    ['<a href="javascript:alert(1)">x</a>', /javascript:/],
    ['<iframe src="https://evil.example"></iframe>', /<iframe/],
    ['<p style="background:url(x)">x</p>', /style=/],
  ])('removes dangerous markup: %s', (input, forbidden) => {
    expect(renderMarkdown(input)).not.toMatch(forbidden);
  });
});

describe('password hashing', () => {
  it('uses scrypt with a per-user salt and verifies only the right password', async () => {
    const a = await hashPassword('same password');
    const b = await hashPassword('same password');
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('same password', a)).toBe(true);
    expect(await verifyPassword('other password', a)).toBe(false);
    expect(await verifyPassword('same password', 'garbage')).toBe(false);
  });
});

describe('renderMarkdownCached', () => {
  it('returns the same sanitised HTML as renderMarkdown, for repeated and changed input', async () => {
    const { renderMarkdownCached } = await import('../../server/lib/markdown');
    const a = '# A <script>x</script>';
    expect(renderMarkdownCached(a)).toBe(renderMarkdown(a));
    expect(renderMarkdownCached(a)).toBe(renderMarkdown(a));
    expect(renderMarkdownCached('# B')).toBe('<h1>B</h1>\n');
  });
});
