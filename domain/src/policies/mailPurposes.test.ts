import { describe, expect, it } from 'vitest';
import {
  MAIL_PURPOSE_IDS,
  MAIL_PURPOSES,
  MAIL_TOPICS,
  mailFooterLines,
  mailPurposeInfo,
  optionalTopicOf,
  signInLinkValidityText,
  SIGN_IN_LINK_VALID_HOURS,
} from './mailPurposes';

const contact = { name: 'Secretariaat Huisartsopleiding', email: 'secretariaat@lumc-huisarts.example' };

describe('mail purposes', () => {
  it('gives every purpose a reason that completes "Je krijgt deze mail omdat …"', () => {
    for (const id of MAIL_PURPOSE_IDS) {
      const { reason } = MAIL_PURPOSES[id];
      expect(reason.length, id).toBeGreaterThan(20);
      expect(reason, id).not.toMatch(/[.!?]$/);
      expect(reason[0], id).toBe(reason[0]!.toLowerCase());
    }
  });

  it('keeps reminders, links and requests about one’s own part obligatory', () => {
    for (const id of [
      'reminder_digest',
      'part.remind_now',
      'part.reopened',
      'decision_request',
      'link.signin',
      'link.invitation',
      'link.designation_notice',
      'part.fill_request',
      'link.renewal',
      'link.renewal_secretariaat',
      'leoh.dossier',
    ])
      expect(optionalTopicOf(id), id).toBeNull();
    expect(optionalTopicOf('event_digest')).toBe('berichten');
    // An unknown purpose is never optional: nothing is switched off by accident.
    expect(optionalTopicOf('iets_nieuws')).toBeNull();
    expect(optionalTopicOf(undefined)).toBeNull();
    expect(mailPurposeInfo('__proto__').topic).toBeNull();
    for (const id of MAIL_PURPOSE_IDS) {
      const topic = MAIL_PURPOSES[id].topic;
      if (topic) expect(MAIL_TOPICS).toContain(topic);
    }
  });
});

describe('mail footer', () => {
  it('says why and whom to ask, with the secretariat’s name and address', () => {
    const lines = mailFooterLines({
      purpose: 'part.reopened',
      contact,
      preferencesUrl: 'https://app.example/voorkeuren',
      unsubscribeUrl: null,
    });
    expect(lines[0]!.text).toBe(
      'Je krijgt deze mail omdat het secretariaat een deel heeft heropend dat jij invult; het moet opnieuw worden ingediend.',
    );
    expect(lines[1]!.text).toBe(
      'Vragen? Neem contact op met Secretariaat Huisartsopleiding (secretariaat@lumc-huisarts.example).',
    );
    expect(lines).toHaveLength(2);
  });

  it('without a contact, points to the secretariat in general', () => {
    const [, ask] = mailFooterLines({
      purpose: 'link.signin',
      contact: null,
      preferencesUrl: null,
      unsubscribeUrl: null,
    });
    expect(ask!.text).toBe('Vragen? Neem contact op met het secretariaat van je opleiding.');
  });

  it('offers the unsubscribe link on an optional mail only', () => {
    const optional = mailFooterLines({
      purpose: 'event_digest',
      contact,
      preferencesUrl: 'https://app.example/voorkeuren',
      unsubscribeUrl: 'https://app.example/afmelden/x',
    });
    expect(optional.map((l) => l.url)).toContain('https://app.example/afmelden/x');
    const digest = mailFooterLines({
      purpose: 'reminder_digest',
      contact,
      preferencesUrl: 'https://app.example/voorkeuren',
      unsubscribeUrl: 'https://app.example/afmelden/x',
    });
    expect(digest.map((l) => l.url)).not.toContain('https://app.example/afmelden/x');
    expect(digest.at(-1)!.text).toContain('kun je niet uitzetten');
  });
});

describe('sign-in link validity', () => {
  it('is one sentence for the mail and the page', () => {
    expect(SIGN_IN_LINK_VALID_HOURS).toBe(1);
    expect(signInLinkValidityText()).toBe('De link is een uur geldig en werkt één keer.');
  });
});
