// First: starts Auth and, on the form route, the form's first reads (features/forms/firstReads.ts).
import './features/forms/firstReads';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, firstRouteReady } from './app/App';
import { loadFullFirestoreWhenIdle } from './app/firestore';
import { registerServiceWorker } from './app/serviceWorker';
import './app/styles.css';

void firstRouteReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
// Lite first, full later; installable and offline-openable (docs/architecture.md, "The form route on a phone").
loadFullFirestoreWhenIdle();
registerServiceWorker();
