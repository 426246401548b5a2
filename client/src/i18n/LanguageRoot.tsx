import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { i18n } from './index';

/**
 * Provides the catalogues and remounts the whole interface when the language changes, so no text
 * rendered before the switch (a date, a label outside `t`) survives in the old language; queries
 * refetch, since the server answers some texts in the reader's language too.
 */
export function LanguageRoot({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState(i18n.language);
  const queryClient = useQueryClient();
  useEffect(() => {
    const onChange = (next: string) => {
      setLanguage(next);
      void queryClient.invalidateQueries();
    };
    i18n.on('languageChanged', onChange);
    return () => i18n.off('languageChanged', onChange);
  }, [queryClient]);
  return (
    <I18nextProvider i18n={i18n} key={language}>
      {children}
    </I18nextProvider>
  );
}
