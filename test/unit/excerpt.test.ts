import { excerptOf } from '../../server/lib/excerpt';

describe('excerptOf (a message as one line for a notification)', () => {
  it('drops Markdown marks and line breaks', () => {
    expect(excerptOf('**Bold** and _soft_ [a link](https://x.test)\n\n> quoted\n- item')).toBe(
      'Bold and soft a link quoted item',
    );
  });

  it('cuts a long message at a word, with an ellipsis', () => {
    const long = 'word '.repeat(60);
    const excerpt = excerptOf(long);
    expect(excerpt.length).toBeLessThanOrEqual(161);
    expect(excerpt).toMatch(/word…$/);
  });
});
