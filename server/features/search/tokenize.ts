/**
 * Words for search in every script. Text and queries go through the same folding (see `fold`), so a
 * query finds a word whatever accents, case, Arabic vowel marks or hamza forms either side carries;
 * Chinese and Japanese, written without spaces, are cut into words by ICU's dictionary segmenter.
 */

/**
 * Marks that never tell words apart in a search: Latin, Greek and Cyrillic combining accents (what
 * NFKD splits from é, ё, й…), Arabic harakat and tanwin, the hamza and madda NFKD splits from أ إ آ
 * ؤ ئ (U+064B–U+065F), the superscript alef (U+0670) and the tatweel that only stretches a word (U+0640).
 */
const MARKS = /[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g;

/** Letter forms written interchangeably (after NFKD and the marks above): one form for each. */
const FORMS: Record<string, string> = {
  '\u0671': '\u0627', // ٱ alef wasla → ا
  '\u0649': '\u064a', // ى alef maqsura → ي
  '\u0629': '\u0647', // ة teh marbuta → ه
  '\u06cc': '\u064a', // ی Persian yeh → ي
  '\u06a9': '\u0643', // ک keheh → ك
  '\u03c2': '\u03c3', // ς final sigma → σ (lower-casing a whole word and a lone letter agree)
};
for (let d = 0; d < 10; d++) {
  // Arabic-Indic and Eastern Arabic-Indic digits read as the digits people type.
  FORMS[String.fromCharCode(0x0660 + d)] = String(d);
  FORMS[String.fromCharCode(0x06f0 + d)] = String(d);
}
const FORM = new RegExp(`[${Object.keys(FORMS).join('')}]`, 'g');

/**
 * The form text and queries are compared in: compatibility-decomposed (full-width letters, ligatures
 * and Arabic presentation forms become plain letters), without the marks above, lower-case, with one
 * form for letters written interchangeably, then recomposed (Japanese voiced kana, Hangul). So
 * "Réseau" is "reseau", "ЁЛКА" is "елка", "الإِنْتَرْنِت" is "الانترنت" and "على" is "علي".
 * Characters can come and go: positions in the result are not positions in the text (see originOf).
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(FORM, (c) => FORMS[c]!)
    .normalize('NFC');
}

/** Chinese characters and Japanese kana (with the prolonged sound mark and iteration marks): no spaces between words. */
const CJK_CLASS = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\u30fc\\u3005\\u3006';
const HAS_CJK = new RegExp(`[${CJK_CLASS}]`, 'u');
const CJK_OR_OTHER = new RegExp(`[${CJK_CLASS}]+|[^${CJK_CLASS}]+`, 'gu');
/** A word: letters and digits, with the marks of scripts that write vowels as marks (Devanagari…). */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
const MAX_WORD = 40;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

const isLowSurrogate = (text: string, at: number) => {
  const c = text.charCodeAt(at);
  return c >= 0xdc00 && c <= 0xdfff;
};
const isHighSurrogate = (text: string, at: number) => {
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && at + 1 < text.length;
};

/**
 * ICU's iterator slows down sharply on long strings (seconds for 100 000 characters without a
 * break): a run is given to it in pieces of at most this many characters. A word cut at a piece's
 * edge is still found through the character pairs indexed across it (see cjkTokens).
 */
const SEGMENT_PIECE = 512;

/** The words ICU's dictionary finds in a run of Chinese characters or kana, with where each starts. */
function segments(run: string): { word: string; at: number }[] {
  const out: { word: string; at: number }[] = [];
  for (let from = 0; from < run.length;) {
    let to = Math.min(run.length, from + SEGMENT_PIECE);
    // Never between the two halves of a character written as a surrogate pair.
    if (to < run.length && isLowSurrogate(run, to)) to--;
    for (const s of segmenter.segment(from === 0 && to === run.length ? run : run.slice(from, to)))
      if (s.isWordLike !== false) out.push({ word: s.segment, at: from + s.index });
    from = to;
  }
  return out;
}

/**
 * What a run of Chinese or Japanese is indexed under: the segmenter's words, plus every character and
 * every pair of neighbouring characters not already one of those words. The segmenter can cut the same
 * characters differently in a sentence and in a query typed alone; queries are made of words of at
 * most two characters (see cjkQueryTerms), and every such piece of the text is indexed, so a word
 * the text contains is found however either side was cut.
 */
function cjkTokens(run: string): string[] {
  const out: string[] = [];
  // The length of the word the segmenter found at each position: that piece is indexed already.
  const found = new Uint8Array(run.length);
  for (const { word, at } of segments(run)) {
    if (word.length <= MAX_WORD) out.push(word);
    found[at] = Math.min(word.length, 255);
  }
  for (let at = 0; at < run.length;) {
    const width = isHighSurrogate(run, at) ? 2 : 1;
    const next = at + width < run.length ? (isHighSurrogate(run, at + width) ? 2 : 1) : 0;
    if (found[at] !== width) out.push(run.slice(at, at + width));
    if (next && found[at] !== width + next) out.push(run.slice(at, at + width + next));
    at += width;
  }
  return out;
}

/** Query terms for a run of Chinese or Japanese: the segmenter's words, longer ones as overlapping pairs. */
function cjkQueryTerms(run: string): string[] {
  const out: string[] = [];
  for (const { word } of segments(run)) {
    const chars = [...word];
    if (chars.length <= 2) out.push(word);
    else for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  }
  return out;
}

/** The Arabic article, alone or after و ب ك ف (and ل + ال written لل): a word is found with or without it. */
const ARTICLES = [
  '\u0648\u0627\u0644',
  '\u0628\u0627\u0644',
  '\u0643\u0627\u0644',
  '\u0641\u0627\u0644',
  '\u0644\u0644',
  '\u0627\u0644',
];
const isArabic = (w: string) => {
  const c = w.charCodeAt(0);
  return c >= 0x0620 && c <= 0x06ff;
};
/** The word without its article when at least two letters remain ("الانترنت" → "انترنت"), else null. */
function withoutArticle(w: string): string | null {
  if (!isArabic(w)) return null;
  for (const a of ARTICLES) if (w.length >= a.length + 2 && w.startsWith(a)) return w.slice(a.length);
  return null;
}

/** Folded words of the text, runs of Chinese and Japanese given to `cjk`. */
function words(text: string, cjk: (run: string) => string[]): string[] {
  const folded = fold(text);
  const found = folded.match(WORD) ?? [];
  if (!HAS_CJK.test(folded)) return found;
  const out: string[] = [];
  for (const w of found) {
    if (!HAS_CJK.test(w)) out.push(w);
    else
      for (const part of w.match(CJK_OR_OTHER)!) {
        if (!HAS_CJK.test(part)) out.push(part);
        else for (const t of cjk(part)) out.push(t);
      }
  }
  return out;
}

/** Whether a word is Chinese or Japanese (its first character is). */
const isCjk = (w: string) => HAS_CJK.test(String.fromCodePoint(w.codePointAt(0)!));

/**
 * The unit of indexing: folded words of 2–40 letters or digits (a single Chinese character is a word
 * too); Arabic words with the article also under the word without it; Chinese and Japanese as
 * described at cjkTokens.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text, cjkTokens)) {
    if (w.length > MAX_WORD || (w.length < 2 && !isCjk(w))) continue;
    out.push(w);
    const bare = withoutArticle(w);
    if (bare) out.push(bare);
  }
  return out;
}

/**
 * Query words: like tokenize, but single letters count too (they are prefixes while typing), and an
 * Arabic word with the article looks for the word without it (indexed for both forms). At most 8.
 */
export function queryTerms(q: string): string[] {
  const terms = words(q, cjkQueryTerms)
    .filter((w) => w.length <= MAX_WORD)
    .map((w) => withoutArticle(w) ?? w);
  return [...new Set(terms)].slice(0, 8);
}

/**
 * A text as one searchable line for substring matching (the indicator catalogue, the glossary):
 * folded, each run of spaces one space, and punctuation at the edges of words dropped ("(hotline)."
 * is "hotline") while punctuation inside one stays ("CSAM-01" is "csam-01"), so a query matched as
 * it was typed never matches a full stop or a bracket. Chinese stays as written: a substring of a
 * sentence is a word of it.
 */
export function searchLine(text: string): string {
  return fold(text)
    .split(/\s+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}\p{M}]+$/gu, ''))
    .filter(Boolean)
    .join(' ');
}

/** A query for searchLine texts: folded, spaces collapsed, everything else as typed. */
export const searchQuery = (q: string) => fold(q).replace(/\s+/gu, ' ').trim();

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether `at` starts a word in `text`: the character before it is not a letter or digit. */
function startsWord(text: string, at: number): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  if (c < 128) return !((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57));
  return !WORD_CHAR.test(text[at - 1]!);
}

/** Whether the term at `at` follows an Arabic article that starts a word ("الانترنت" holds "انترنت"). */
function afterArticle(text: string, at: number): boolean {
  for (const a of ARTICLES)
    if (at >= a.length && text.startsWith(a, at - a.length) && startsWord(text, at - a.length)) return true;
  return false;
}

const CHUNK = 4096;
/**
 * English as usually written: ASCII and typographic punctuation (curly quotes, dashes, bullets, the
 * ellipsis, no-break spaces), which folding leaves as they are or turns into other punctuation.
 * Lower-casing is all such a text needs, and keeps every position.
 */
// eslint-disable-next-line no-control-regex
const PLAIN = /^[\x00-\x7f\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026]*$/;

/** Folded characters, cached: a text repeats the same few hundred. */
const foldedChar = new Map<string, string>();
function foldChar(c: string): string {
  let f = foldedChar.get(c);
  if (f === undefined) {
    f = fold(c);
    if (foldedChar.size < 4096) foldedChar.set(c, f);
  }
  return f;
}

/**
 * Where the character at `at` of fold(text) came from in `text`, folding a character at a time
 * (which agrees with folding the whole text but for rare sequences: a letter and a mark written
 * apart, a final sigma; then the answer is a character or two off, which a snippet does not mind).
 */
function originOf(text: string, at: number): number {
  let length = 0;
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    length += code < 128 ? 1 : foldChar(text.slice(i, i + width)).length;
    if (length > at) return i;
    i += width;
  }
  return text.length;
}

/**
 * Finds where a snippet should centre: the first word-start occurrence of the first term (in the
 * given order) that occurs in the text at all. The text is folded lazily, 4 kB at a time, and each
 * chunk once, so a long document costs only as much as the scan needs; a position found in a folded
 * chunk is taken back to the text's own only when folding changed the chunk's length (a vowelled
 * Arabic word is longer than its query). Chinese and Japanese terms match anywhere (no spaces mark
 * word starts there); an Arabic term may follow the article.
 */
function anchor(text: string, terms: string[]): number {
  const chunks: { folded: string; part: string }[] = [];
  // Chunks overlap by the longest term (40) and then some (marks), so an occurrence across a
  // boundary is found; one found in the overlap is as good as in the next chunk (the same place).
  const chunk = (i: number) => {
    if (!chunks[i]) {
      const part = text.slice(i * CHUNK, (i + 1) * CHUNK + 80);
      chunks[i] = { part, folded: PLAIN.test(part) ? part.toLowerCase() : fold(part) };
    }
    return chunks[i];
  };
  const count = Math.ceil(text.length / CHUNK);
  for (const term of terms) {
    const anywhere = isCjk(term);
    const arabic = isArabic(term);
    for (let i = 0; i < count; i++) {
      const { folded, part } = chunk(i);
      for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
        // At a chunk's start, the character before it is the previous chunk's last.
        const wordStart =
          anywhere ||
          (at > 0
            ? startsWord(folded, at) || (arabic && afterArticle(folded, at))
            : i === 0 || startsWord(text, i * CHUNK));
        if (wordStart) return i * CHUNK + (folded.length === part.length ? at : originOf(part, at));
      }
    }
  }
  return -1;
}

/**
 * A short plain-text excerpt around the first occurrence of the most telling query term, cut at
 * word boundaries; null when no term occurs. `terms` are folded query terms ordered most telling
 * first (the index orders them rarest first: "darknets" before "indicators"); a term absent from
 * this text gives way to the next. Matching is plain `indexOf` on the folded text plus a word-start
 * check, many times cheaper than a Unicode-aware regular expression; the excerpt is cut from the
 * text as written (with its accents and vowel marks).
 */
export function snippetAround(text: string, terms: string[], before = 80, after = 160): string | null {
  if (!text || terms.length === 0) return null;
  const index = anchor(text, terms);
  if (index < 0) return null;
  let start = Math.max(0, index - before);
  let end = Math.min(text.length, index + after);
  // Cut at spaces on either side of the match (Chinese has none: then where the count ends).
  const space = start > 0 ? text.indexOf(' ', start) : -1;
  if (space >= 0 && space < index) start = space + 1;
  if (end < text.length) end = text.lastIndexOf(' ', end) > index ? text.lastIndexOf(' ', end) : end;
  // Never cut a character written as a surrogate pair in two.
  if (start > 0 && isLowSurrogate(text, start)) start--;
  if (end < text.length && isLowSurrogate(text, end)) end++;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
}
