// Access-matrix rows of a person's mail preferences (docs/rules.md, "Mails people trust"; docs/data-model.md, "Mail
// preferences"). The world (world.ts) has `preferences/aios1`: digest at 12:00, messages on. Whoever could write
// someone else's preferences could silence their messages or move their daily mail; nobody may switch off an
// obligatory reminder, because no such topic exists. Concatenated into MATRIX (matrix.ts). Only function
// declarations here: matrix.ts imports this file and this file imports matrix.ts.
import type { Row } from './matrix.js';

export function preferencesRows(): Row[] {
  const own = 'the person’s own document only (rules preferencesValid; isMe)';
  return [
    {
      doc: 'preferences',
      what: 'preferences/aios1 (the aios’s own)',
      op: 'get',
      path: 'preferences/aios1',
      allow: ['aios'],
      why: own,
      attack: 'reading when someone else gets their mail, or what they switched off',
    },
    {
      doc: 'preferences',
      what: 'preferences: every document',
      op: 'list',
      path: 'preferences',
      allow: [],
      why: 'nobody lists preferences; the app reads one document by the person’s uid',
    },
    {
      doc: 'preferences',
      what: 'preferences/aios1: digest at 17:00',
      op: 'update',
      path: 'preferences/aios1',
      data: { digestHour: 17, updatedAt: '$now' },
      allow: ['aios'],
      why: own,
      attack: 'moving someone else’s daily mail to another hour',
    },
    {
      doc: 'preferences',
      what: 'preferences/aios1: messages switched off',
      op: 'update',
      path: 'preferences/aios1',
      data: { optOut: { berichten: true }, updatedAt: '$now' },
      allow: ['aios'],
      why: own,
      attack: 'switching someone else’s messages off (the opleider silencing the aios’s news)',
    },
    {
      doc: 'preferences',
      what: 'preferences/aios1: reminders switched off (no such topic)',
      op: 'update',
      path: 'preferences/aios1',
      data: { optOut: { berichten: true, herinneringen: true }, updatedAt: '$now' },
      allow: [],
      why: 'optOut takes only the optional topics (generated mailPreferenceChoices): reminders cannot be switched off',
      attack: 'the aios switching off the reminders of their own forms',
    },
    {
      doc: 'preferences',
      what: 'preferences/aios1: digest at 03:00 (not offered)',
      op: 'update',
      path: 'preferences/aios1',
      data: { digestHour: 3, updatedAt: '$now' },
      allow: [],
      why: 'digestHour is one of domain DIGEST_HOURS (generated mailPreferenceChoices)',
    },
    {
      doc: 'preferences',
      what: 'preferences/aios1: digest at 17:00 with a made-up update time',
      op: 'update',
      path: 'preferences/aios1',
      data: { digestHour: 17 },
      allow: [],
      why: 'updatedAt must be the server’s time of the write',
    },
    {
      doc: 'preferences',
      what: 'preferences/aios1: a field of its own',
      op: 'update',
      path: 'preferences/aios1',
      data: { digestHour: 7, email: 'elders@example.nl', updatedAt: '$now' },
      allow: [],
      why: 'only digestHour, optOut and updatedAt',
      attack: 'redirecting the daily mail to another address through the preferences',
    },
    {
      doc: 'preferences',
      what: 'preferences/opl1: created with messages off',
      op: 'create',
      path: 'preferences/opl1',
      data: { digestHour: 7, optOut: { berichten: true }, updatedAt: '$now' },
      allow: ['opleider'],
      why: own,
      attack: 'the aios creating the opleider’s preferences to switch their messages off',
    },
    {
      doc: 'preferences',
      what: 'preferences/aios1: delete',
      op: 'delete',
      path: 'preferences/aios1',
      allow: [],
      why: 'a choice is changed, never removed (the defaults would silently return)',
    },
  ];
}
