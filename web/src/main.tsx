import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadFullFirestoreWhenIdle } from './app/firestore';
import { registerServiceWorker } from './app/serviceWorker';
import './app/styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
// Lite first, full later; installable and offline-openable (docs/architecture.md, "The form route on a phone").
loadFullFirestoreWhenIdle();
registerServiceWorker();
