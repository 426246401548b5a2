/**
 * Countries are stored as the English names people typed ("Egypt", "United States"). They are
 * shown in the reader's language when the name is a country Intl knows (its English region
 * names, and a few common other spellings); any other text is shown as stored.
 */
const ALIASES: Record<string, string> = {
  'united states of america': 'US',
  usa: 'US',
  'u.s.a.': 'US',
  uk: 'GB',
  'great britain': 'GB',
  'russian federation': 'RU',
  'republic of korea': 'KR',
  'korea, republic of': 'KR',
  'viet nam': 'VN',
  "cote d'ivoire": 'CI',
  'czech republic': 'CZ',
  turkey: 'TR',
  'the netherlands': 'NL',
  holland: 'NL',
  'iran, islamic republic of': 'IR',
  'tanzania, united republic of': 'TZ',
};

let byEnglishName: Map<string, string> | null = null;

/** Region codes by lower-case English name, built once from Intl's own list. */
function regionCodes(): Map<string, string> {
  if (byEnglishName) return byEnglishName;
  const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const map = new Map(Object.entries(ALIASES));
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of letters)
    for (const b of letters) {
      const name = english.of(a + b);
      if (name && !map.has(name.toLowerCase())) map.set(name.toLowerCase(), a + b);
    }
  byEnglishName = map;
  return map;
}

const namers = new Map<string, Intl.DisplayNames>();

/** The stored country in `language`, or as stored when it is not a country Intl knows. */
export function countryName(stored: string, language: string): string {
  const code = regionCodes().get(stored.trim().toLowerCase());
  if (!code) return stored;
  let namer = namers.get(language);
  if (!namer) {
    namer = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    namers.set(language, namer);
  }
  return namer.of(code) ?? stored;
}
