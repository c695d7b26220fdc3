// Work that must not compete with the first render of a route (docs/architecture.md, "The form route on a
// phone"): the full Firestore SDK and the service worker start once the form is interactive (the performance
// mark the form sets), or after a few seconds on any other route, and then only when the main thread is idle.

const FORM_INTERACTIVE = 'pv:form-interactive';
/** Other routes set no mark: they are interactive well within this. */
const FALLBACK_MS = 4000;

function whenIdle(start: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(start, { timeout: 1000 });
  else setTimeout(start, 0);
}

/** Runs `start` once, when the main thread is idle after the form became interactive (or the fallback). */
export function afterInteractive(start: () => void): void {
  let started = false;
  const now = () => {
    if (started) return;
    started = true;
    clearTimeout(fallback);
    whenIdle(start);
  };
  const fallback = setTimeout(now, FALLBACK_MS);
  if (performance.getEntriesByName(FORM_INTERACTIVE).length > 0) return now();
  if (typeof PerformanceObserver === 'undefined') return;
  const observer = new PerformanceObserver((list) => {
    if (!list.getEntriesByName(FORM_INTERACTIVE).length) return;
    observer.disconnect();
    now();
  });
  observer.observe({ type: 'mark' });
}

/** Runs `start` when the main thread is idle after the page's load event (at once if it has fired). */
export function afterLoad(start: () => void): void {
  if (document.readyState === 'complete') whenIdle(start);
  else window.addEventListener('load', () => whenIdle(start), { once: true });
}
