import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bridge } from './api';
import { AppShell } from './components/app-shell';
import { hashLocation } from './router/route-location';
import { createAppStore } from './store/app-store';
import { AppStoreProvider } from './store/app-store-context';
import './styles/base.css';
import './styles/layout.css';
import './styles/status.css';
import './styles/send-to-phone.css';
import './styles/charts.css';
import './styles/forms.css';
import './styles/settings-sections.css';
import './styles/composer.css';
import './styles/guide.css';
import './styles/print.css';

const store = createAppStore(bridge, navigator.language, hashLocation(window));
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AppStoreProvider store={store}>
        <AppShell />
      </AppStoreProvider>
    </StrictMode>,
  );
}
