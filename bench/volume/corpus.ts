import type { Rng } from './random';

/**
 * The library benchmark's vocabulary (bench/library.ts): real words of the domain plus generated
 * ones, used Zipf-like, so library search, message bodies and indicator texts have realistic
 * word frequencies. `VOCABULARY` is fixed; `Corpus` draws from it with the caller's random source.
 */
export const DOMAIN = [
  'hotline',
  'removal',
  'indicator',
  'victim',
  'report',
  'payment',
  'darknet',
  'survey',
  'definition',
  'policy',
  'coalition',
  'industry',
  'government',
  'children',
  'online',
  'safety',
  'abuse',
  'material',
  'content',
  'data',
];
export const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tu', 'sa', 'vor', 'pel', 'din', 'qua', 'zo', 'bri'];

function generatedWords(rng: Rng, count: number): string[] {
  return Array.from({ length: count }, () =>
    Array.from({ length: 2 + Math.floor(rng.next() * 3) }, () => rng.pick(SYLLABLES)).join(''),
  );
}

export class Corpus {
  readonly vocabulary: string[];

  constructor(private readonly rng: Rng) {
    this.vocabulary = [...DOMAIN, ...generatedWords(rng, 20_000)];
  }

  word(): string {
    return this.rng.skewed(this.vocabulary);
  }

  words(n: number): string {
    return Array.from({ length: n }, () => this.word()).join(' ');
  }

  /** A capitalised sentence of `n` words with a full stop. */
  sentence(n: number): string {
    const s = this.words(n);
    return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
  }

  /** Sentences of 6–18 words until about `n` words are written. */
  text(n: number): string {
    const sentences: string[] = [];
    for (let written = 0; written < n;) {
      const len = this.rng.int(6, 18);
      sentences.push(this.sentence(len));
      written += len;
    }
    return sentences.join(' ');
  }

  /** A title: a few words, first letter capitalised, no full stop. */
  title(n: number): string {
    return this.sentence(n).slice(0, -1);
  }
}
