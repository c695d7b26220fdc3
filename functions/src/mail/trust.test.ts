// The send-time step of every mail (mail/trust.ts): footer, Reply-To and, for optional mails only, the RFC 8058
// headers. A small in-memory stand-in for the two documents it reads (institute, preferences).
import type { Firestore } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { withTrust } from './trust.js';

function fakeDb(docs: Record<string, unknown>): Firestore {
  return {
    collection: (c: string) => ({
      doc: (id: string) => ({ get: async () => ({ data: () => docs[`${c}/${id}`] }) }),
    }),
  } as unknown as Firestore;
}
const deps = {
  appUrl: () => 'https://praktijkvolg.example.nl/',
  unsubscribeKey: () => 'unit-test-key-0123456789abcdef',
};
const contact = { name: 'Secretariaat PDG', email: 'pdg@hr.example' };
const message = {
  subject: 'Onderwerp',
  text: 'Beste Lotte,\n\nTekst.',
  html: '<!doctype html><html lang="nl"><body><p>Tekst.</p></body></html>',
};
const mail = (purpose: string) => ({
  to: 'lotte@hr.example',
  message,
  purpose,
  instituteId: 'hr',
  recipientUid: 'lotte',
});

describe('withTrust', () => {
  const db = fakeDb({ 'institutes/hr': { name: 'HR', secretariaat: contact } });

  it('an obligatory mail: footer and Reply-To, never List-Unsubscribe (even if a template set one)', async () => {
    const withHeader = { ...message, headers: { 'List-Unsubscribe': '<https://elders.example/x>' } };
    const out = await withTrust(db, mail('reminder_digest'), { message: withHeader }, deps);
    expect(out!.message.replyTo).toEqual({ name: contact.name, address: contact.email });
    expect(out!.message.headers).toBeUndefined();
    expect(out!.message.text).toContain('\n-- \nJe krijgt deze mail omdat er in Praktijkvolg formulieren');
    expect(out!.message.text).toContain('Vragen? Neem contact op met Secretariaat PDG (pdg@hr.example).');
    expect(out!.message.text).toContain('https://praktijkvolg.example.nl/voorkeuren');
    expect(out!.message.html).toContain('Vragen? Neem contact op met Secretariaat PDG (pdg@hr.example).</p>');
    expect(out!.message.html!.endsWith('</p></body></html>')).toBe(true);
  });

  it('an optional mail: List-Unsubscribe with List-Unsubscribe-Post, the link in the text too', async () => {
    const out = await withTrust(db, mail('event_digest'), { message }, deps);
    const header = out!.message.headers!['List-Unsubscribe']!;
    expect(header).toMatch(/^<https:\/\/praktijkvolg\.example\.nl\/afmelden\/berichten\.[A-Za-z0-9_.-]+>$/);
    expect(out!.message.headers!['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(out!.message.text).toContain(header.slice(1, -1));
  });

  it('an optional mail to someone who switched it off is not sent; without an institute contact the footer is general', async () => {
    const off = fakeDb({ 'preferences/lotte': { optOut: { berichten: true } } });
    expect(await withTrust(off, mail('event_digest'), { message }, deps)).toBeNull();
    const still = await withTrust(off, mail('part.remind_now'), { message }, deps);
    expect(still!.message.replyTo).toBeUndefined();
    expect(still!.message.text).toContain('Vragen? Neem contact op met het secretariaat van je opleiding.');
  });

  it('a purpose changed at send time counts (a digest left with only messages)', async () => {
    const out = await withTrust(db, mail('reminder_digest'), { message, purpose: 'event_digest' }, deps);
    expect(out!.message.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
  });
});
