import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';

/*
 * Text people wrote (messages, reasons, titles, names) is in whatever language they wrote it in, not
 * necessarily the page's: English on an Arabic page, Arabic on an English one. A block of it carries
 * `dir="auto"` (the browser takes its direction from its first letter); a piece of it inside a
 * translated sentence is isolated in a <bdi>, so its punctuation and digits stay on its own side.
 * Where the language is known (documents, indicators), `contentAttributes` gives `lang` and `dir`.
 */

// Private-use characters: they cannot occur in a catalogue's text.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKER = new RegExp(`${OPEN}(\\d+)${CLOSE}`);

/**
 * A translated sentence, `t(i18nKey, values)`, with each of `isolated`'s values (names, titles,
 * quotations people wrote) in a <bdi>. Its text is the same as `t`'s.
 */
export function Isolated({
  t,
  i18nKey,
  isolated,
  values = {},
}: {
  t: TFunction;
  i18nKey: string;
  isolated: Record<string, string | number>;
  values?: Record<string, string | number>;
}) {
  const pieces = Object.values(isolated);
  const markers = Object.fromEntries(Object.keys(isolated).map((k, i) => [k, `${OPEN}${i}${CLOSE}`]));
  const text = String(t(i18nKey, { ...values, ...markers }));
  const parts = text.split(MARKER);
  return <>{parts.map((part, i): ReactNode => (i % 2 ? <bdi key={i}>{pieces[Number(part)]}</bdi> : part))}</>;
}

/**
 * `text` between the Unicode isolates FSI and PDI, the plain-text form of a <bdi>: for a value of a
 * `<Trans>` sentence, whose values can only be strings.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
