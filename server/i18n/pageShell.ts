import fs from 'node:fs';
import { LANGUAGES, LANGUAGE_NAMES, textDirection, type Language } from '@shared/i18n/languages';
import { translator } from './index';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The language bar as plain HTML, the same markup the client's LanguageBar renders, so the first
 * paint already shows it (and it works without scripts: each link asks for its language by `?lang=`).
 */
function languageBarHtml(current: Language, label: string): string {
  const links = LANGUAGES.map((l) => {
    const currentAttr = l === current ? ' aria-current="true"' : '';
    return `<li><a class="language-bar__link" href="?lang=${l}" lang="${l}" hreflang="${l}"${currentAttr}>${LANGUAGE_NAMES[l]}</a></li>`;
  }).join('');
  return `<nav class="language-bar" aria-label="${escapeHtml(label)}"><ul class="language-bar__list container">${links}</ul></nav>`;
}

/**
 * index.html in one language: `<html lang dir>`, every element marked `data-i18n="ns:key"` with its
 * text translated, `data-i18n-<attribute>` for attributes (a meta's content, an aria-label), and the language bar. Rendered once per
 * language and kept.
 */
export function pageShell(indexHtmlPath: string) {
  const source = fs.readFileSync(indexHtmlPath, 'utf8');
  const rendered = new Map<Language, string>();
  const render = (language: Language) => {
    const t = translator(language);
    return source
      .replace(/<html lang="[^"]*"[^>]*>/, `<html lang="${language}" dir="${textDirection(language)}">`)
      .replace(
        /(<[a-z]+[^>]*\sdata-i18n="([^"]+)"[^>]*>)([^<]*)(<)/g,
        (_m, open: string, key: string, _text: string, close: string) =>
          `${open}${escapeHtml(t(key))}${close}`,
      )
      .replace(/<[a-z]+\s[^>]*data-i18n-[^>]*>/g, (tag) =>
        // data-i18n-content="key" translates the tag's content attribute, data-i18n-aria-label its aria-label.
        [...tag.matchAll(/\sdata-i18n-([a-z-]+)="([^"]+)"/g)].reduce(
          (out, [, attr, key]) =>
            out.replace(
              new RegExp(`(\\s${attr}=")[^"]*(")`),
              (_m, a: string, b: string) => `${a}${escapeHtml(t(key!))}${b}`,
            ),
          tag,
        ),
      )
      .replace('<!--language-bar-->', languageBarHtml(language, t('common:languageBar.label')));
  };
  return (language: Language): string => {
    let html = rendered.get(language);
    if (!html) rendered.set(language, (html = render(language)));
    return html;
  };
}
