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

/**
 * A JavaScript condition on the path in `variable`: true on the form route only. As the domain's formPartOfPath
 * (tested against it): the print route, a static segment, is not the form route.
 */
export function formRouteCondition(variable: string): string {
  const form = parse(ROUTES.formPart).pattern;
  const print = parse(ROUTES.formPrint).pattern;
  return `${form}.test(${variable})&&!${print}.test(${variable})`;
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
        const script =
          `{const p=location.pathname;if(${formRouteCondition('p')})for(const f of ${JSON.stringify(files)}){` +
          `const l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=f;` +
          `document.head.appendChild(l)}}`;
        return [{ tag: 'script', children: script, injectTo: 'head' }];
      },
    },
  };
}
