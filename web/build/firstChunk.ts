// The page's first chunk (docs/architecture.md, "The form route on a phone"): Firebase Auth and the form
// route's first reads (web/src/features/forms/firstReads.ts), with the pure domain code they use. Restoring the
// session takes a round trip to the Auth server, and Auth starts it only once its code has run: inside the
// entry chunk that is after all of React has arrived. In a chunk of its own, loaded by a tiny script ahead of
// the entry, it runs as soon as its own bytes are there, and so do the first reads (with Firestore Lite's
// chunk, fetched alongside). The entry imports the same file, so it is fetched and evaluated once.
import type { GetManualChunk, OutputBundle, OutputChunk } from 'rollup';
import type { Plugin } from 'vite';

const FIRST = 'first';

/** manualChunks: these modules (and the code only they need) in the first chunk. */
export const firstChunk =
  (modules: readonly string[]): GetManualChunk =>
  (id) =>
    modules.some((m) => id.endsWith(m)) ? FIRST : undefined;

/** Every chunk `chunk` imports statically, all the way down. */
function staticImports(bundle: OutputBundle, chunk: OutputChunk, seen = new Set<string>()): Set<string> {
  for (const name of chunk.imports) {
    if (seen.has(name)) continue;
    seen.add(name);
    const next = bundle[name];
    if (next?.type === 'chunk') staticImports(bundle, next, seen);
  }
  return seen;
}

/**
 * The script ahead of the entry: imports the first chunk and `alongside` (modules the first chunk imports
 * dynamically at once). Fails the build if any of them would wait for the entry chunk after all.
 */
export function loadFirstChunkEarly(alongside: readonly string[]): Plugin {
  return {
    name: 'praktijkvolg-first-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle ?? {};
        const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
        const entry = chunks.find((c) => c.isEntry);
        const first = chunks.find((c) => c.name === FIRST);
        const others = alongside.map((m) => chunks.find((c) => c.facadeModuleId?.endsWith(m)));
        if (!entry || !first || others.some((c) => !c))
          throw new Error(`first chunk: no entry, first chunk or chunk of ${alongside.join(', ')}`);
        const early = [first, ...(others as OutputChunk[])];
        for (const c of early) {
          if (c.isEntry || staticImports(bundle, c).has(entry.fileName))
            throw new Error(`first chunk: ${c.fileName} would wait for the entry chunk`);
        }
        return [
          {
            tag: 'script',
            attrs: { type: 'module' },
            children: early.map((c) => `import(${JSON.stringify(`/${c.fileName}`)});`).join(''),
            injectTo: 'head-prepend',
          },
        ];
      },
    },
  };
}
