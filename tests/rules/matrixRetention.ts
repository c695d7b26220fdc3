// Access-matrix rows of retention (docs/data-model.md, "Retention"): a traject's legal hold is the admin's,
// set and lifted only through the callable setLegalHold, and the institute's retention term only through
// setRetention. No client, the secretariat included, adds, changes or removes the hold (the rules'
// trajectServerFieldsKept, generated trajectServerFields() from domain TRAJECT_SERVER_FIELDS); the secretariat's
// ordinary edits of a held traject still go through. Concatenated into MATRIX (matrix.ts); the world (world.ts)
// has tHeld, an ended huisarts traject under a hold.
//
// Only function declarations here: matrix.ts imports this file and this file imports matrix.ts.
import { nextRoleHistory } from '@praktijkvolg/domain';
import { INSTITUTE_A, stamp, WORLD_ROLES, type Row } from './matrix.js';

export const HELD_REASON = 'Bezwaarprocedure loopt';

/** tHeld as the secretariat last wrote it (world.ts adds the stamp and the server's legalHold). */
export function heldTrajectFields() {
  const roles = WORLD_ROLES.tH;
  const members = [...new Set(Object.values(roles).flat())].sort();
  return {
    instituteId: INSTITUTE_A,
    programme: 'huisarts_jaar1',
    traineeName: 'Daan Smit',
    workplace: 'Huisartsenpraktijk De Linde',
    startDate: '2024-09-02',
    partTimeFactor: 1,
    pauses: [],
    roles,
    roleHistory: nextRoleHistory(undefined, roles),
    members,
    names: Object.fromEntries(members.map((m) => [m, `Naam ${m}`])),
    status: 'afgerond',
  };
}

export function retentionRows(): Row[] {
  const hold = { reason: 'Mijn eigen reden', setBy: '$uid', setAt: '$now' };
  const { instituteId: _i, programme: _p, ...editable } = heldTrajectFields();
  return [
    {
      doc: 'trajecten',
      what: 'trajecten/tH (active): put it under a legal hold from the client',
      op: 'update',
      path: 'trajecten/tH',
      data: { legalHold: hold, ...stamp },
      allow: [],
      why: 'legalHold is server-owned (trajectServerFieldsKept): only the admin callable setLegalHold sets it, audited',
      attack: 'keeping a traject’s data beyond its retention term by setting a hold without the admin',
    },
    {
      doc: 'trajecten',
      what: 'trajecten/tHeld (legal hold): change the hold’s reason',
      op: 'update',
      path: 'trajecten/tHeld',
      data: { legalHold: { ...hold, reason: 'Geen bezwaar meer' }, ...stamp },
      allow: [],
      why: 'legalHold is server-owned (trajectServerFieldsKept)',
    },
    {
      doc: 'trajecten',
      what: 'trajecten/tHeld (legal hold): lift the hold with a null',
      op: 'update',
      path: 'trajecten/tHeld',
      data: { legalHold: null, ...stamp },
      allow: [],
      why: 'legalHold is server-owned (trajectServerFieldsKept): only setLegalHold lifts it',
      attack: 'lifting a legal hold so that the retention job removes the traject’s forms',
    },
    {
      doc: 'trajecten',
      what: 'trajecten/tHeld (legal hold): the whole traject written again without the hold',
      op: 'create',
      path: 'trajecten/tHeld',
      data: { ...heldTrajectFields(), ...stamp },
      allow: [],
      why: 'a full write (set) that drops legalHold removes it: trajectServerFieldsKept refuses (the editor carries it)',
      attack: 'dropping the hold by overwriting the whole traject',
    },
    {
      doc: 'trajecten',
      what: 'trajecten/tHeld (legal hold): the secretariat corrects the workplace, hold untouched',
      op: 'update',
      path: 'trajecten/tHeld',
      data: { ...editable, workplace: 'Huisartsenpraktijk Het Plein', ...stamp },
      allow: ['secretariaat'],
      why: 'a hold does not stop the secretariat’s own edits; the hold stays exactly as it was',
    },
    {
      doc: 'trajecten',
      what: 'create a traject that carries a legal hold',
      op: 'create',
      path: 'trajecten/tNewHeld',
      data: { ...heldTrajectFields(), status: 'actief', legalHold: hold, ...stamp },
      allow: [],
      why: 'legalHold is server-owned: a create carries none (trajectServerFieldsKept({}, …))',
    },
    {
      doc: 'institutes',
      what: 'institutes/inst-a: set the retention term from the client',
      op: 'update',
      path: 'institutes/inst-a',
      data: { retentionYears: 1 },
      allow: [],
      why: 'institutes are written by the server only (setRetention: admin, audited)',
      attack: 'shortening the retention term without the admin callable and its audit entry',
    },
  ];
}
