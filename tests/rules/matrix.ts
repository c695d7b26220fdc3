// The access matrix: one table that drives the rules tests (tests/rules/accessMatrix.test.ts, on the Firestore
// emulator) and the generated page docs/access-matrix.md (scripts/generate-access-matrix.ts), so the two cannot
// drift. Each row names a document in a known state (seeded by tests/rules/world.ts), an operation and the actors
// who may do it; every other actor in ACTORS is tested too and must be refused.
//
// The rows live one file per collection in tests/rules/matrix/ (actors and row shape in model.ts, payloads in
// payloads.ts) and one file per later finding beside this one (matrixRoleHistory.ts, ...); this file only
// concatenates them, in the order of the generated page. Pure data: imported by the docs generator, so nothing
// here talks to Firebase.
import type { Row } from './matrix/model.js';
import { institutesRows } from './matrix/institutes.js';
import { peopleRows } from './matrix/people.js';
import { trajectenReadingRows } from './matrix/trajecten.js';
import { trajectenWritingRows } from './matrix/trajectenWriting.js';
import { formsRows } from './matrix/forms.js';
import { partsReadingRows } from './matrix/parts.js';
import { partsWritingRows } from './matrix/partsWriting.js';
import { versionsRows } from './matrix/versions.js';
import { auditRows } from './matrix/audit.js';
import { serverOnlyRows } from './matrix/serverOnly.js';
import { roleHistoryRows } from './matrixRoleHistory.js';
import { textRows } from './matrixTexts.js';
import { designationRows } from './matrixDesignation.js';
import { calendarRows } from './matrixCalendar.js';
import { retentionRows } from './matrixRetention.js';
import { mboLedRows } from './matrixMboLed.js';
import { correctionRows } from './matrixCorrections.js';
import { pdgRows } from './pdgRows.js';
import { kpbRows } from './matrixKpb.js';
import { lateFormsRows } from './matrixLateForms.js';
import { preferencesRows } from './matrixPreferences.js';
import { voorwaardenRows } from './matrixVoorwaarden.js';
import { feedbackRows } from './matrixFeedback.js';

export * from './matrix/model.js';
export * from './matrix/payloads.js';

export const MATRIX: readonly Row[] = [
  ...institutesRows,
  ...peopleRows,
  ...trajectenReadingRows,
  ...trajectenWritingRows,
  ...formsRows,
  ...partsReadingRows,
  ...partsWritingRows,
  ...versionsRows,
  ...auditRows,
  ...serverOnlyRows,
  // Rule 8: role history (matrixRoleHistory.ts)
  ...roleHistoryRows(),
  ...textRows(),
  ...designationRows(),
  ...calendarRows(),
  ...retentionRows(),
  ...mboLedRows(),
  ...correctionRows(),
  ...pdgRows(),
  ...kpbRows(),
  ...lateFormsRows(),
  ...preferencesRows(),
  ...voorwaardenRows(),
  ...feedbackRows(),
];
