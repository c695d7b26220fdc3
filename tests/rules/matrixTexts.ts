// Access-matrix rows of finding 6 (docs/rules.md, "Accounts, links and texts"): the names the secretariat writes
// straight into a traject (traineeName, workplace, the names map) go into mails, PDFs and screens, so the rules
// refuse control, bidi and invisible characters in them (domain FORBIDDEN_IN_NAMES, generated plainName).
// Concatenated into MATRIX (matrix.ts). Only function declarations here: matrix.ts imports this file and this
// file imports matrix.ts, so nothing may run before matrix.ts has finished.
import { pdgTraject, stamp, type Row } from './matrix.js';

const roles = { deelnemer: ['dln9'], werkplekbegeleider: ['wpb9'], assessor: ['ass9'] };

function traject(extra: Record<string, unknown>) {
  return { ...pdgTraject(roles), ...extra };
}

export function textRows(): Row[] {
  const why = 'plainName (FORBIDDEN_IN_NAMES): no control, bidi or invisible characters in names';
  return [
    {
      doc: 'trajecten',
      what: 'create a PDG traject whose names have accents and a hyphen (Zoë Ağaoğlu-Öztürk)',
      op: 'create',
      path: 'trajecten/tTextOk',
      data: traject({
        traineeName: 'Zoë Ağaoğlu-Öztürk',
        workplace: "Basisschool 't Kofschip",
        names: { dln9: 'Zoë Ağaoğlu-Öztürk', wpb9: 'Jürgen Ñúñez', ass9: 'Ana Łukasiewicz' },
      }),
      allow: ['secretariaat'],
      why: 'ordinary names of any script pass plainName',
    },
    {
      doc: 'trajecten',
      what: 'create a traject whose traineeName holds a right-to-left override (U+202E)',
      op: 'create',
      path: 'trajecten/tTextRlo',
      data: traject({ traineeName: 'Noor \u202Eetiw ed' }),
      allow: [],
      why,
      attack: 'a trainee name that shows reversed text in the reminder mails',
    },
    {
      doc: 'trajecten',
      what: 'create a traject whose traineeName holds a NUL',
      op: 'create',
      path: 'trajecten/tTextNul',
      data: traject({ traineeName: 'Noor\u0000de Vries' }),
      allow: [],
      why,
      attack: 'a control character in a name that goes into mail subjects',
    },
    {
      doc: 'trajecten',
      what: 'create a traject whose workplace holds a bidi isolate (U+2067)',
      op: 'create',
      path: 'trajecten/tTextIso',
      data: traject({ workplace: 'Praktijk \u2067Het Plein\u2069' }),
      allow: [],
      why,
      attack: 'a workplace that reorders the text around it',
    },
    {
      doc: 'trajecten',
      what: 'create a traject whose names map holds a zero-width space in one name',
      op: 'create',
      path: 'trajecten/tTextZw',
      data: traject({ names: { dln9: 'Naam dln9', wpb9: 'Naam\u200Bwpb9', ass9: 'Naam ass9' } }),
      allow: [],
      why,
      attack: 'two names that look the same but are not',
    },
    {
      doc: 'trajecten',
      what: 'update trajecten/tH: traineeName with a right-to-left override (U+202E)',
      op: 'update',
      path: 'trajecten/tH',
      data: { traineeName: 'Noor \u202Eetiw ed', ...stamp },
      allow: [],
      why,
      attack: 'renaming a trainee with a spoofing character',
    },
  ];
}
