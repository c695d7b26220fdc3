// Firestore 12 bundles re2js (≈150 kB minified) for regular expressions in its Pipeline queries. This app
// never uses pipelines, so the bundle gets this stub instead (see vite.config.ts); if a pipeline regex were
// ever evaluated it fails loudly rather than silently.
export const RE2JS = {
  compile(): never {
    throw new Error(
      'Firestore pipeline regular expressions are not available in this build (re2js is stubbed in web/vite.config.ts).',
    );
  },
};
