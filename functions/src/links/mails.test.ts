import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../mail/render.js';
import { invitationMail, signInLinkMail } from './mails.js';

describe('link mails', () => {
  const url = 'http://127.0.0.1:14173/link/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ';

  const who = {
    inviterRole: 'opleider',
    instituteName: 'Huisartsopleiding LUMC',
    reason: 'waarnemer',
  } as const;

  it('an invitation names the form, the part and the trainee, with the link on its own line', () => {
    const mail = invitationMail({
      ...who,
      raterName: 'Piet',
      inviterName: 'Pieter',
      formTitle: 'ComBel maand 3',
      partLabel: 'Opleider',
      traineeName: 'Anna de Wit',
      url,
      expiresAt: new Date('2026-03-15T10:00:00Z'),
    });
    expect(mail.subject).toBe('Uitnodiging: ComBel maand 3');
    expect(mail.text.split('\n')).toContain(url);
    expect(mail.text).toContain('geldig tot 15 maart 2026 om 11:00');
    expect(mail.text).toContain('Het openen van de link verbruikt niets');
    expect(mail.html).toContain(`href="${url}"`);
  });

  it('says plainly who asks, for which institute, and why the recipient gets it', () => {
    const base = {
      raterName: 'Els',
      formTitle: 'Observatie',
      partLabel: 'Collega-docent',
      traineeName: 'Daan',
      url,
      expiresAt: null,
    };
    const feedback = invitationMail({
      ...base,
      inviterName: 'Daan Vos',
      inviterRole: 'deelnemer',
      instituteName: 'ROC LED',
      reason: 'feedback',
    });
    expect(feedback.text).toContain(
      'Daan Vos (deelnemer) vraagt je via Praktijkvolg van ROC LED om het deel "Collega-docent"',
    );
    expect(feedback.text).toContain('Je krijgt deze e-mail omdat Daan Vos jouw feedback vraagt.');
    expect(feedback.text).toContain('neem contact op met het secretariaat van ROC LED');
    const named = invitationMail({ ...base, ...who, inviterName: 'Pieter' });
    expect(named.text).toContain('omdat Pieter je heeft aangewezen als waarnemer voor dit deel');
  });

  it('escapes what people typed in the html part', () => {
    const mail = invitationMail({
      ...who,
      raterName: '<b>Piet</b>',
      inviterName: 'Anna',
      formTitle: 'ComBel',
      partLabel: 'Opleider',
      traineeName: 'Anna',
      message: 'Zie <script>alert(1)</script> & "dank"',
      url,
      expiresAt: null,
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<b>Piet');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;dank&quot;');
    expect(mail.text).toContain('> Zie <script>alert(1)</script> & "dank"');
    expect(escapeHtml(`'`)).toBe('&#39;');
  });

  it('a sign-in link mail carries the link', () => {
    const link = 'http://127.0.0.1:19099/emulator/action?mode=signIn&oobCode=x&continueUrl=y';
    const mail = signInLinkMail({ name: 'Anna', link });
    expect(mail.text.split('\n')).toContain(link);
    expect(mail.html).toContain(escapeHtml(link));
  });
});
