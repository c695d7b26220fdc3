import { describe, expect, it } from 'vitest';
import { FORM_EXAMPLES } from '../forms/examples';
import { FORM_DEFINITIONS } from '../forms/registry';
import { answerPathLabel, checkSubmission, RETURNED_MAX_ISSUES, RETURNED_PREFIX } from './returnedSubmission';

const beoordeling = FORM_DEFINITIONS.beoordeling_summatief;
const example = FORM_EXAMPLES.beoordeling_summatief.assessor!;

describe('returned submissions', () => {
  it('accepts what the form accepts', () => {
    expect(checkSubmission(beoordeling, 'assessor', example)).toEqual({ ok: true });
  });

  it("'behaald' with BT3 onvoldoende (a cross check the rules cannot express) goes back with a Dutch reason", () => {
    const bt = example.beroepstaken as Record<string, Record<string, unknown>>;
    const answers = { ...example, beroepstaken: { ...bt, bt3: { ...bt.bt3, oordeel: 'onvoldoende' } } };
    expect(checkSubmission(beoordeling, 'assessor', answers)).toEqual({
      ok: false,
      reason:
        'Je inzending is teruggezet naar concept: Eindoordeel: Behaald kan alleen als beroepstaak 3 en 5 allebei minstens voldoende zijn. Pas je antwoorden aan en dien opnieuw in.',
      issues: [
        {
          path: 'eindoordeel',
          message: 'Behaald kan alleen als beroepstaak 3 en 5 allebei minstens voldoende zijn',
        },
      ],
    });
  });

  it('names group items and list entries in Dutch, counts the other issues, keeps at most the first 20', () => {
    expect(answerPathLabel(beoordeling, ['beroepstaken', 'bt5', 'oordeel'])).toBe(
      'Beroepstaken › BT5 Je zorgt voor een veilig leerklimaat in de groep › Oordeel',
    );
    expect(answerPathLabel(FORM_DEFINITIONS.aanvraag_summatief, ['feedbackCitaten', 1, 'datum'])).toBe(
      'Feedbackcitaten › Citaat 2 › Datum',
    );
    const r = checkSubmission(beoordeling, 'assessor', { beroepstaken: {} });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason.startsWith(`${RETURNED_PREFIX}: Datum lesbezoek: Dit veld is verplicht (en nog `)).toBe(
      true,
    );
    const many = checkSubmission(FORM_DEFINITIONS.learner_report, 'deelnemer', {
      inventarisatie: 'x',
      activiteiten: Array.from({ length: 5 }, () => ({})),
    });
    expect(!many.ok && many.issues.length).toBe(RETURNED_MAX_ISSUES);
    expect(!many.ok && many.reason).toContain('(en nog 24 punten)');
  });

  it('refuses a part the form does not have', () => {
    expect(checkSubmission(beoordeling, 'opleider', example)).toMatchObject({ ok: false });
  });
});
