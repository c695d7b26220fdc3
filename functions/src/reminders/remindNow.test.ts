import { describe, expect, it } from 'vitest';
import { remindNowMail, remindNowMailId } from './remindNow.js';

describe('the "herinner nu" mail', () => {
  const input = {
    raterName: 'Pieter <b>van</b> Dijk',
    formTitle: 'ComBel maand 3',
    partLabel: 'Opleider',
    traineeName: 'Anna "A" de Wit',
    instituteName: 'Huisartsopleiding LUMC',
    dueAt: new Date('2026-03-01T22:59:59Z'),
    now: new Date('2026-03-10T08:00:00Z'),
    url: 'https://praktijkvolg.example/formulieren/t1__combel-m3/opleider',
  };

  it('says who asks, what, how late, with the link on a line of its own', () => {
    const mail = remindNowMail(input);
    expect(mail.subject).toBe('Herinnering: ComBel maand 3');
    const lines = mail.text.split('\n');
    expect(lines).toContain(input.url);
    expect(mail.text).toContain(
      'Het secretariaat van Huisartsopleiding LUMC vraagt je het deel "Opleider" van het formulier "ComBel maand 3" (traject van Anna "A" de Wit) zo snel mogelijk in te vullen.',
    );
    expect(mail.text).toContain('De termijn was 1 maart 2026 (9 dagen te laat).');
  });

  it('escapes what people typed in the html', () => {
    const html = remindNowMail(input).html!;
    expect(html).toContain('Beste Pieter &lt;b&gt;van&lt;/b&gt; Dijk,');
    expect(html).toContain('Anna &quot;A&quot; de Wit');
    expect(html).not.toContain('<b>van</b>');
    expect(html).toContain(`<a href="${input.url}">Formulier openen</a>`);
  });

  it('has one id per rater, part and day', () => {
    expect(remindNowMailId('t1__combel-m3', 'opleider', '2026-03-10', 'u1')).toBe(
      'remind-now_t1__combel-m3_opleider_2026-03-10_u1',
    );
  });
});
