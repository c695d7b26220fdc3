// The rules world's part for the KPB/duties rows (matrixKpb.ts): an open diensten report of tH.
import { formDocs, OPEN } from './world/formDocs.js';

/** The world's open diensten report of tH, the opleider part in draft. */
export function kpbWorldDocs(): [string, Record<string, unknown>][] {
  return formDocs('tH__diensten-m6', {
    trajectId: 'tH',
    programme: 'huisarts_jaar1',
    formType: 'diensten',
    title: 'Voortgangsrapportage diensten maand 6',
    window: OPEN(),
    readerUids: ['aios1', 'gd1', 'opl1', 'opl2'],
    staffVisible: true,
    parts: { opleider: { raterUids: ['opl1', 'opl2'], status: 'draft', answers: { aantalDiensten: 9 } } },
  });
}
