import { Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import type { FormEnvelope } from '@praktijkvolg/domain';
import { dossierNietVanToepassing } from './dossierLate.js';

const env = (extra: Partial<FormEnvelope>) =>
  ({
    title: 'ComBel maand 3',
    dueAt: Timestamp.fromDate(new Date('2025-12-01T22:59:59Z')),
    ...extra,
  }) as FormEnvelope;

describe('dossierNietVanToepassing', () => {
  it('lists a form marked "niet van toepassing" with the secretariat’s reason, and nothing else', () => {
    expect(
      dossierNietVanToepassing([
        {
          formId: 't1__combel-m3',
          env: env({ status: 'vervallen', notApplicable: { reason: 'Elders gedaan.' } }),
        },
        { formId: 't1__combel-m6', env: env({ status: 'open', lateRegistration: true }) },
      ]),
    ).toEqual([
      {
        formId: 't1__combel-m3',
        title: 'ComBel maand 3',
        dueAt: '2025-12-01T22:59:59.000Z',
        reason: 'Elders gedaan.',
      },
    ]);
  });
});
