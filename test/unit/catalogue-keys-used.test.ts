/**
 * Every catalogue key the client names literally — `t('upload.title')`, `t('common:nav.home')`,
 * `<Trans i18nKey="…">`, `'ns:key'` in label maps — exists in the English catalogue (and so, by
 * catalogues.test.ts, in all six): a key that is missing would show as its name on the page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CATALOGUES } from '../../shared/i18n/catalogues';
import { NAMESPACES, type Namespace } from '../../shared/i18n/namespaces';

const CLIENT = path.join(__dirname, '../../client/src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

function has(ns: Namespace, key: string): boolean {
  let node: unknown = CATALOGUES.en[ns];
  const parts = key.split('.');
  for (const [i, part] of parts.entries()) {
    if (!node || typeof node !== 'object') return false;
    const obj = node as Record<string, unknown>;
    // The last part may be a plural's base: `count_one` / `count_other`.
    if (i === parts.length - 1 && !(part in obj)) return `${part}_other` in obj;
    node = obj[part];
  }
  return typeof node === 'string' || (typeof node === 'object' && node !== null);
}

const isNamespace = (s: string): s is Namespace => (NAMESPACES as readonly string[]).includes(s);

it('names only keys the English catalogue has', () => {
  const missing: string[] = [];
  for (const file of sourceFiles(CLIENT)) {
    // Comments may quote keys as examples.
    const source = fs
      .readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    const declared = /useTranslation\(\s*'(\w+)'/.exec(source)?.[1];
    const defaultNs: Namespace = declared && isNamespace(declared) ? declared : 'common';
    const uses = [
      ...source.matchAll(/\bt\(\s*'([\w.:-]+)'/g),
      ...source.matchAll(/i18nKey="([\w.:-]+)"/g),
      ...source.matchAll(/i18nKey=\{'([\w.:-]+)'\}/g),
      // Keys given whole with their namespace anywhere (label maps: 'common:roles.host').
      ...source.matchAll(new RegExp(`'((?:${NAMESPACES.join('|')}):[\\w.-]+)'`, 'g')),
    ].map((m) => m[1]!);
    for (const use of uses) {
      const [ns, key] = use.includes(':') ? (use.split(':') as [string, string]) : [defaultNs, use];
      if (!isNamespace(ns) || !has(ns, key)) missing.push(`${path.relative(CLIENT, file)}: ${use}`);
    }
  }
  expect(missing).toEqual([]);
});
