import { useEffect, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { LANGUAGES, LANGUAGE_NAMES, type Language } from '@shared/i18n/languages';
import type { UserDto } from '@shared/schemas/auth';
import { currentLanguage, switchLanguage } from '../i18n';
import { queryKeys } from '../api/queryKeys';
import { useSession } from '../hooks/useSession';

/**
 * The UN language bar (عربي · 中文 · English · Français · Русский · Español), each name in its own
 * language. The same markup as the server's first paint (server/i18n/pageShell.ts); the links work
 * without scripts too (`?lang=`), and with them the choice is kept and the page switches in place.
 */
export function LanguageBar() {
  const { t } = useTranslation();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const current = currentLanguage();

  // An account's choice follows the person to every browser they sign in from.
  const accountLanguage = user?.language ?? null;
  useEffect(() => {
    if (accountLanguage && accountLanguage !== currentLanguage()) void switchLanguage(accountLanguage);
  }, [accountLanguage]);

  const choose = (language: Language) => async (event: MouseEvent) => {
    event.preventDefault();
    if (language === current) return;
    const chosen = await import('../api/auth').then((api) => api.chooseLanguage(language));
    queryClient.setQueryData<UserDto | null>(queryKeys.session, (u) => (u ? { ...u, language: chosen } : u));
    await switchLanguage(chosen);
  };

  return (
    <nav className="language-bar" aria-label={t('languageBar.label')}>
      <ul className="language-bar__list container">
        {LANGUAGES.map((l) => (
          <li key={l}>
            <a
              className="language-bar__link"
              href={`?lang=${l}`}
              lang={l}
              hrefLang={l}
              aria-current={l === current ? 'true' : undefined}
              onClick={choose(l)}
            >
              {LANGUAGE_NAMES[l]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
