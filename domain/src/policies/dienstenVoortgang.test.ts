import { describe, expect, it } from 'vitest';
import { dienstenVoortgang, storedCount } from './dienstenVoortgang';

const at = (iso: string) => new Date(`${iso}T10:00:00Z`);

describe('duties counted (dienstenVoortgang)', () => {
  it('before any report: no count, against 20', () => {
    expect(dienstenVoortgang('huisarts_jaar1', [])).toMatchObject({
      aantal: null,
      target: 20,
      status: 'geen_rapportage',
      label: 'Diensten: nog geen rapportage (minimaal 20 per jaar)',
      opAfstand: null,
    });
  });

  it('the latest submitted report counts, whatever the order; 20 is reached', () => {
    const v = dienstenVoortgang('huisarts_jaar1', [
      { submittedAt: at('2026-06-01'), answers: { aantalDiensten: 21 } },
      { submittedAt: at('2026-03-01'), answers: { aantalDiensten: 9 } },
    ]);
    expect(v).toMatchObject({
      aantal: 21,
      status: 'gehaald',
      label: 'Diensten: 21 van minimaal 20, gehaald',
    });
    const early = dienstenVoortgang('huisarts_jaar1', [
      { submittedAt: at('2026-03-01'), answers: { aantalDiensten: 9 } },
    ]);
    expect(early).toMatchObject({ status: 'onder_minimum', label: 'Diensten: 9 van minimaal 20' });
  });

  it('year 3: 5–8 at a distance, only after a bekwaamheidsverklaring', () => {
    const report = (opAfstand: number | undefined, verklaring: boolean) => ({
      submittedAt: at('2026-03-01'),
      answers: { aantalDiensten: 24, aantalOpAfstand: opAfstand, bekwaamheidsverklaring: verklaring },
    });
    const status = (op: number | undefined, v = true) =>
      dienstenVoortgang('huisarts_jaar3', [report(op, v)])!.opAfstand!.status;
    expect(status(undefined, false)).toBe('niet_bekwaam');
    expect(status(0)).toBe('bezig');
    expect(status(4)).toBe('bezig');
    expect(status(5)).toBe('gehaald');
    expect(status(8)).toBe('gehaald');
    expect(status(9)).toBe('boven_maximum');
    expect(dienstenVoortgang('huisarts_jaar3', [report(3, true)])!.opAfstand!.label).toBe(
      'Op afstand: 3 van 5–8',
    );
    expect(dienstenVoortgang('huisarts_jaar1', [report(3, true)])!.opAfstand).toBeNull();
  });

  it('reads counts stored as text by the first form version; nothing outside the huisartsopleiding', () => {
    expect(storedCount('14')).toBe(14);
    expect(storedCount(' 7 ')).toBe(7);
    expect(storedCount('veel')).toBeNull();
    expect(storedCount(-1)).toBeNull();
    expect(storedCount(2.5)).toBeNull();
    expect(dienstenVoortgang('pdg', [])).toBeNull();
  });
});
