// Build step for the route an e-mailed link opens (docs/architecture.md, "The form route on a phone"): on
// /formulieren/:formId/:partId the page asks for the form's chunks together with the entry, instead of after
// the entry has arrived and run (a round trip less on a slow connection, docs/benchmarks.md). Other
// routes are untouched: the inline script adds the preload links only when the path is the form route.
import { parse } from 'regexparam';
import type { OutputBundle, OutputChunk } from 'rollup';
import type { Plugin } from 'vite';
import { ROUTES } from '../../domain/src/routes';

/** The chunks `page` imports statically, all the way down, minus those the entry already loads. */
function staticGraph(bundle: OutputBundle, page: OutputChunk, entry: OutputChunk): string[] {
  const chunks = (name: string) => bundle[name] as OutputChunk | undefined;
  const reach = (from: OutputChunk, seen = new Set<string>()) => {
    for (const name of from.imports) {
      if (seen.has(name)) continue;
      seen.add(name);
      const next = chunks(name);
      if (next) reach(next, seen);
    }
    return seen;
  };
  const loaded = reach(entry, new Set([entry.fileName]));
  return [page.fileName, ...reach(page)].filter((f) => !loaded.has(f));
}

/** `modules`: the lazy modules the form route loads at start, the most urgent first. */
export function formRoutePreload(modules: readonly string[]): Plugin {
  return {
    name: 'praktijkvolg-form-route-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const all = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
        const entry = all.find((c) => c.isEntry);
        if (!entry) throw new Error('form route preload: no entry chunk');
        const graphs = modules.map((m) => {
          const page = all.find((c) => c.moduleIds.some((id) => id.endsWith(m)));
          if (!page) throw new Error(`form route preload: no chunk for ${m}`);
          return staticGraph(bundle, page, entry);
        });
        const files = [...new Set(graphs.flat())].map((f) => `/${f}`);
        const pattern = parse(ROUTES.formPart).pattern;
        const script =
          `if(${pattern}.test(location.pathname))for(const f of ${JSON.stringify(files)}){` +
          `const l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=f;` +
          `document.head.appendChild(l)}`;
        return [{ tag: 'script', children: script, injectTo: 'head' }];
      },
    },
  };
}
