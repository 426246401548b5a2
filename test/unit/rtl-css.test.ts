/**
 * Right to left in the client's stylesheets, beyond what stylelint's logical-css rules check
 * (`npm run lint` forbids margin-left, border-right, text-align: left, width, vh…):
 * - no four-value margin/padding/inset/border shorthand with different left and right values, and
 *   no border-radius whose left and right corners differ;
 * - a horizontal offset (translate, inset box-shadow), background-position left/right or a rotated
 *   icon has a `:dir(rtl)` rule for the same selector in the same file, unless it was reviewed as
 *   symmetric below;
 * - Arabic and Chinese pages get font stacks drawn for their scripts.
 */
import fs from 'node:fs';
import path from 'node:path';

const STYLES = path.resolve(__dirname, '../../client/src/styles');
const files = fs
  .readdirSync(STYLES)
  .filter((f) => f.endsWith('.css'))
  .map((f) => ({
    file: f,
    css: fs.readFileSync(path.join(STYLES, f), 'utf8').replace(/\/\*[\s\S]*?\*\//g, ''),
  }));

/** Innermost rules (inside @media too): selector text and declarations. */
function rules(css: string): { selector: string; decls: Map<string, string> }[] {
  return [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selector, body]) => ({
    selector: selector.trim().replace(/\s+/g, ' '),
    decls: new Map(
      body
        .split(';')
        .map((d) => d.split(/:(.*)/s).map((s) => s.trim()))
        .filter(([prop, value]) => prop && value)
        .map(([prop, value]) => [prop.toLowerCase(), value.replace(/\s+/g, ' ')] as [string, string]),
    ),
  }));
}

/** Splits a value on spaces outside parentheses: `var(--a) calc(1px + 2px)` → two parts. */
function parts(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of value.replace(/\s*!important$/, '')) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ' ' && depth === 0) {
      if (current) out.push(current);
      current = '';
    } else current += ch;
  }
  if (current) out.push(current);
  return out;
}

/** Selectors reviewed as symmetric: they rotate or shift something that looks the same mirrored. */
const SYMMETRIC = new Set([
  'to', // @keyframes spin: the loading spinner turns clockwise in every language
  ".menu-toggle[aria-expanded='true'] .menu-toggle__icon::before", // the ✕ of the open menu
  ".menu-toggle[aria-expanded='true'] .menu-toggle__icon::after",
]);

function mirroredInFile(css: string, selector: string): boolean {
  return rules(css).some(
    (r) =>
      r.selector.includes(':dir(rtl)') &&
      r.selector
        .split(',')
        .map((s) => s.replace(/:dir\(rtl\)/g, '').trim())
        .some((s) => selector.split(',').some((own) => own.trim() === s)),
  );
}

describe('right-to-left stylesheets', () => {
  it('has stylesheets to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('writes no box shorthand with different left and right sides', () => {
    const problems: string[] = [];
    for (const { file, css } of files) {
      for (const { selector, decls } of rules(css)) {
        for (const [prop, value] of decls) {
          const p = parts(value);
          if (/^(margin|padding|inset|scroll-margin|scroll-padding|border-(width|style|color))$/.test(prop)) {
            if (p.length === 4 && p[1] !== p[3]) problems.push(`${file}: ${selector} { ${prop}: ${value} }`);
          }
          if (prop === 'border-radius' && !value.includes('/')) {
            const [tl, tr = tl, br = tl, bl = tr] = p;
            if (tl !== tr || br !== bl) problems.push(`${file}: ${selector} { ${prop}: ${value} }`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('mirrors horizontal offsets, background positions and rotated icons under :dir(rtl)', () => {
    const problems: string[] = [];
    for (const { file, css } of files) {
      for (const { selector, decls } of rules(css)) {
        if (selector.includes(':dir(rtl)') || SYMMETRIC.has(selector)) continue;
        const transform = decls.get('transform') ?? '';
        const shadow = decls.get('box-shadow') ?? '';
        const position = decls.get('background-position') ?? '';
        const physical =
          /translate(X|3d)?\(\s*-?[1-9.]/.test(transform) ||
          /\brotate\(/.test(transform) ||
          /\binset -?[1-9.]/.test(shadow) ||
          /\b(left|right)\b/.test(position);
        if (physical && !mirroredInFile(css, selector)) problems.push(`${file}: ${selector}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives Arabic and Chinese pages fonts for their scripts', () => {
    const base = files.find((f) => f.file === 'base.css')!.css;
    const fontFor = (lang: string) =>
      rules(base)
        .find((r) => r.selector === `:lang(${lang})`)
        ?.decls.get('--font-sans') ?? '';
    expect(fontFor('ar')).toMatch(/^'Noto Naskh Arabic', 'Noto Sans Arabic', 'Geeza Pro', Tahoma,/);
    expect(fontFor('zh')).toMatch(/^'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei',/);
    expect(rules(base).some((r) => r.selector === 'body:lang(ar)' && r.decls.has('line-height'))).toBe(true);
  });
});
