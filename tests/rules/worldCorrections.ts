// The world's reopened ComBel (matrixCorrections.ts): tH__combel-reopened as reopenPart leaves it.
// world/forms.ts builds the form with formDocs (world/formDocs.ts); this turns its aios part into version 2
// reopened by the secretariat (draft, with the server's `reopened` and `correctionReason`) and adds the kept
// version 1 under versions/.
import type { Timestamp } from 'firebase/firestore';

type Doc = [string, Record<string, unknown>];

export function reopenedWorldDocs(docs: Doc[], at: (days: number) => Timestamp): Doc[] {
  const path = 'forms/tH__combel-reopened/parts/aios';
  const aios = docs.find(([p]) => p === path)?.[1];
  if (!aios) throw new Error(`${path} is missing from the world`);
  const reason = 'Verkeerd niveau aangeklikt bij communicatie.';
  const submitted = { ...aios, status: 'submitted', version: 1, submittedAt: at(-4), updatedBy: 'aios1' };
  return [
    ...docs.map(([p, d]): Doc =>
      p === path
        ? [
            p,
            {
              ...d,
              status: 'draft',
              version: 2,
              correctionReason: reason,
              reopened: { by: 'secA', byName: 'Naam secA', at: at(-1), reason, fromVersion: 1 },
            },
          ]
        : [p, d],
    ),
    [`${path}/versions/1`, { ...submitted, reopenedAt: at(-1), reopenedBy: 'secA' }],
    // An event waiting for aios1's next digest (docs/data-model.md, "Event mails").
    [
      'digestEvents/traject-new_tH_aios1',
      {
        eventId: 'traject-new_tH_aios1',
        kind: 'traject_new',
        title: 'Nieuw traject',
        why: 'Je krijgt dit bericht omdat het secretariaat jouw traject heeft aangemaakt.',
        path: '/',
        lines: [],
        uid: 'aios1',
        instituteId: 'inst-a',
        createdAt: at(-1),
        digestedOn: null,
      },
    ],
  ];
}
