import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from './App';
import { LanguageRoot } from './i18n/LanguageRoot';
import { startI18n } from './i18n';
import { createQueryClient } from './queryClient';
import './styles/base.css';
import './styles/layout.css';
import './styles/header.css';
import './styles/forms.css';
import './styles/cards.css';
import './styles/feedback.css';
import './styles/tables.css';
import './styles/admin.css';
import './styles/directory.css';
import './styles/library.css';
import './styles/document.css';
import './styles/dialog.css';
import './styles/discussions.css';
import './styles/language.css';

const queryClient = createQueryClient();
const container = document.getElementById('root');
if (!container) throw new Error('The #root element is missing from index.html');

// The page's catalogue first (the server's HTML already speaks the language meanwhile), then React.
void startI18n().then(() =>
  createRoot(container).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <LanguageRoot>
          <App />
        </LanguageRoot>
      </QueryClientProvider>
    </StrictMode>,
  ),
);
