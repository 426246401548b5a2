import { intlLocale } from './index';

/** Intl formatters per locale, made once each (they are costly to build, cheap to use). */
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat>(
  key: string,
  make: (locale: string) => T,
): T {
  const locale = intlLocale();
  const id = `${locale}|${key}`;
  let f = cache.get(id) as T | undefined;
  if (!f) cache.set(id, (f = make(locale)));
  return f;
}

/** A calendar date (meetings, deadlines), e.g. "3 November 2013" / "3 novembre 2013" / "٣ نوفمبر ٢٠١٣". */
export const formatDate = (iso: string) =>
  formatter(
    'date',
    (l) => new Intl.DateTimeFormat(l, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ).format(new Date(iso));

/** A moment in the reader's own time zone, e.g. "3 Nov 2013, 14:05". */
export const formatDateTime = (iso: string) =>
  formatter(
    'datetime',
    (l) =>
      new Intl.DateTimeFormat(l, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      }),
  ).format(new Date(iso));

/** A number with the reader's grouping and decimal signs. */
export const formatNumber = (n: number, options?: Intl.NumberFormatOptions) =>
  options
    ? new Intl.NumberFormat(intlLocale(), options).format(n)
    : formatter('number', (l) => new Intl.NumberFormat(l)).format(n);
