// Settings of an institute (institutes/{instituteId}): reminders and the retention term; absent fields take the defaults
// (the contract: domain documents/institutes.ts).
import { institutePath, parseInstituteSettings, type InstituteSettings } from '@praktijkvolg/domain';
import type { Firestore } from 'firebase-admin/firestore';

export async function readInstituteSettings(db: Firestore, id: string): Promise<InstituteSettings> {
  const snap = await db.doc(institutePath(id)).get();
  return parseInstituteSettings(id, snap.data());
}
