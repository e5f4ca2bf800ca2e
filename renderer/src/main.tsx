import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from './App';
import { createQueryClient } from './api/queryClient';
import { subscribeToDataChanges } from './api/dataChanged';
import { initI18n } from './i18n';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/chips.css';
import './styles/weeks.css';
import './styles/screens.css';
import './styles/table.css';
import './styles/forms.css';

initI18n();
const queryClient = createQueryClient();
subscribeToDataChanges(queryClient);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}
