import { LANGUAGES, LANGUAGE_NAMES, textDirection, type Language } from '@shared/i18n/languages';

/**
 * The `lang` and `dir` of an element holding content written in `language` (a document's title, an
 * indicator's texts): Arabic content reads right to left on an English page, and the reverse.
 */
export const contentAttributes = (language: Language) => ({ lang: language, dir: textDirection(language) });

/** A language's name in itself (as the language bar shows it), marked as written in that language. */
export function LanguageName({ language }: { language: Language }) {
  return <span {...contentAttributes(language)}>{LANGUAGE_NAMES[language]}</span>;
}

/**
 * A small badge naming the language content is written in, e.g. "عربي". `label` (in the reader's
 * language, e.g. "Language:") is read by screen readers before the name.
 */
export function LanguageBadge({ language, label }: { language: Language; label?: string }) {
  return (
    <span className="badge badge--muted" data-testid="content-language" data-language={language}>
      {label && <span className="visually-hidden">{`${label} `}</span>}
      <LanguageName language={language} />
    </span>
  );
}

/**
 * The six languages as `<option>`s, each named in itself and in the order of the language bar,
 * optionally after an empty ('') option such as "All languages".
 */
export function LanguageOptions({
  emptyLabel,
  languages = LANGUAGES,
  disabled = [],
}: {
  emptyLabel?: string;
  /** Only these languages (in the order of the language bar). */
  languages?: readonly Language[];
  /** Languages shown but not to be chosen. */
  disabled?: readonly Language[];
}) {
  return (
    <>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {LANGUAGES.filter((l) => languages.includes(l)).map((l) => (
        <option key={l} value={l} lang={l} disabled={disabled.includes(l)}>
          {LANGUAGE_NAMES[l]}
        </option>
      ))}
    </>
  );
}
