import { describe, expect, it } from 'vitest';
import type { FormEnvelope } from '../forms/model';
import type { TrajectDoc } from '../trajecten/model';
import { ledOverviews } from './ledOverview';

const d = (iso: string) => new Date(iso);
type Status = 'open' | 'submitted';
const part = (role: 'deelnemer' | 'collega_docent', uid: string, status: Status) => ({
  [role]: { role, raterUids: [uid], status },
});
const form = (
  occurrenceKey: string,
  formType: FormEnvelope['formType'],
  parts: FormEnvelope['parts'],
  due: string,
): FormEnvelope => ({
  formId: `l1__${occurrenceKey}`,
  instituteId: 'lumc',
  trajectId: 'l1',
  programme: 'led_basis',
  formType,
  occurrenceKey,
  title: occurrenceKey,
  opensAt: d('2026-01-01T00:00:00Z'),
  dueAt: d(due),
  remindFrom: d('2026-01-01T00:00:00Z'),
  closesAt: null,
  nextReminderAt: null,
  status: Object.values(parts).every((p) => p?.status === 'submitted') ? 'completed' : 'open',
  parts,
  raterUids: [],
  readerUids: ['karin', 'wim', 'els'],
  staffVisible: true,
  revealed: false,
});
const traject = {
  trajectId: 'l1',
  programme: 'led_basis',
  traineeName: 'Karin',
  roles: { deelnemer: ['karin'], collega_docent: ['wim'], led_trainer: ['els'] },
} as unknown as TrajectDoc;
const forms = [
  form('observatie-led-1', 'observatie_led', part('collega_docent', 'wim', 'open'), '2026-06-01T21:59:59Z'),
  form(
    'leerdoelen',
    'leerdoelen',
    { ...part('deelnemer', 'karin', 'submitted'), ...part('collega_docent', 'wim', 'open') },
    '2026-02-01T21:59:59Z',
  ),
  form(
    'praktijkopdracht-1',
    'praktijkopdracht',
    { ...part('deelnemer', 'karin', 'open'), ...part('collega_docent', 'wim', 'open') },
    '2026-04-01T21:59:59Z',
  ),
];

describe('the LED home overview', () => {
  it('shows the docent where her leerdoelen, observations and assignments stand, linking to her own open part', () => {
    const [o] = ledOverviews(forms, [traject], 'karin');
    expect(o!.as).toBe('docent');
    expect(o!.leerdoelen[0]).toMatchObject({
      state: 'wacht op de reactie van de collega-docent',
      to: '/formulieren/l1__leerdoelen',
    });
    expect(o!.observaties[0]!.state).toBe('nog niet geobserveerd');
    expect(o!.praktijkopdrachten[0]!.to).toBe('/formulieren/l1__praktijkopdracht-1/deelnemer');
  });
  it('links the collega-docent to his own part; the LED-trainer reads the overview', () => {
    const [o] = ledOverviews(forms, [traject], 'wim');
    expect(o!.as).toBe('collega-docent');
    expect(o!.leerdoelen[0]!.to).toBe('/formulieren/l1__leerdoelen/collega_docent');
    expect(ledOverviews(forms, [traject], 'els')[0]!.as).toBe('LED-trainer');
    expect(ledOverviews(forms, [traject], 'someone')).toEqual([]);
  });
});
