// trajecten/{trajectId} (docs/data-model.md): one trainee in one programme, written by the secretariat. The
// document's schema is `trajectSchema` in domain traject.ts (with the role policies it is checked against);
// this module names the collection and its paths.
export const TRAJECTEN_COLLECTION = 'trajecten';
/** Typed as a template, so the trigger's pattern (`trajectPath('{trajectId}')`) keeps its typed params. */
export const trajectPath = <T extends string>(trajectId: T) =>
  `${TRAJECTEN_COLLECTION}/${trajectId}` as const;
