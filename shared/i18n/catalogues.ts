import type { Language } from './languages';
import type { Catalogue } from './namespaces';
import ar from '../locales/ar';
import zh from '../locales/zh';
import en from '../locales/en';
import fr from '../locales/fr';
import ru from '../locales/ru';
import es from '../locales/es';

/** Every catalogue at once: for the server and the tests (the client loads only its reader's language). */
export const CATALOGUES: Record<Language, Catalogue> = { ar, zh, en, fr, ru, es };
