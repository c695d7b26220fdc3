// The rules world's forms for the progress decision rows (matrixVoorwaarden.ts): a decision of tH still waiting for
// the advice (no `adviceComplete`), one put on hold again while an advice is corrected (`adviceComplete: false`,
// functions/src/corrections/reopen.ts), and the follow-up of a decision "door onder voorwaarden" with its conditions.
import { ENDLESS, formDocs } from './world/formDocs.js';

const tHReaders = ['aios1', 'gd1', 'opl1', 'opl2'];

export function voorwaardenWorldDocs(): [string, Record<string, unknown>][] {
  return [
    ...formDocs('tH__voortgangsbeslissing-wacht', {
      trajectId: 'tH',
      programme: 'huisarts_jaar1',
      formType: 'voortgangsbeslissing',
      title: 'Voortgangsbeslissing (advies nog niet binnen)',
      window: ENDLESS(),
      readerUids: tHReaders,
      staffVisible: true,
      parts: { hoofd_opleiding: { raterUids: [], status: 'open' } },
    }),
    ...formDocs('tH__voortgangsbeslissing-herzien', {
      trajectId: 'tH',
      programme: 'huisarts_jaar1',
      formType: 'voortgangsbeslissing',
      title: 'Voortgangsbeslissing (advies heropend)',
      window: ENDLESS(),
      readerUids: tHReaders,
      staffVisible: true,
      parts: { hoofd_opleiding: { raterUids: [], status: 'open' } },
      serverFields: { adviceComplete: false },
    }),
    ...formDocs('tH__voorwaarden-vervolg-1', {
      trajectId: 'tH',
      programme: 'huisarts_jaar1',
      formType: 'voorwaarden_vervolg',
      title: 'Vervolg voorwaarden voortgangsbeslissing',
      window: ENDLESS(),
      readerUids: tHReaders,
      staffVisible: true,
      parts: { hoofd_opleiding: { raterUids: [], status: 'open' } },
      envelopeFields: {
        voorwaarden: {
          tekst: 'Vier KPBs spoedzorg op niveau.',
          uiterlijk: '2026-10-01',
          beslissing: 'tH__voortgangsbeslissing',
        },
      },
    }),
  ];
}
