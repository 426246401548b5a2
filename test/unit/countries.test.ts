/** Stored English country names are shown in the reader's language (client/src/components/countries.ts). */
import { countryName } from '../../client/src/components/countries';

describe('countryName', () => {
  it('names a country Intl knows in the reader’s language', () => {
    expect(countryName('Egypt', 'ar')).toBe('مصر');
    expect(countryName('United Kingdom', 'fr')).toBe('Royaume-Uni');
    expect(countryName('Germany', 'ru')).toBe('Германия');
    expect(countryName('Thailand', 'zh')).toBe('泰国');
    expect(countryName('Netherlands', 'es')).toBe('Países Bajos');
    expect(countryName('Australia', 'en')).toBe('Australia');
  });

  it('knows common other spellings, in any case and with spaces', () => {
    expect(countryName('United States of America', 'fr')).toBe('États-Unis');
    expect(countryName(' usa ', 'fr')).toBe('États-Unis');
    expect(countryName('UNITED ARAB EMIRATES', 'es')).toBe('Emiratos Árabes Unidos');
  });

  it('shows anything else as stored', () => {
    expect(countryName('Global', 'ar')).toBe('Global');
    expect(countryName('Kurdistan Region', 'fr')).toBe('Kurdistan Region');
  });
});
