import { adminDb, closeAdmin } from '/work/main/tests/support/stack.ts';
const db = adminDb();
const snap = await db.collection('mail').get();
for (const d of snap.docs) console.log(d.id, d.get('purpose'), JSON.stringify(d.get('delivery'))?.slice(0, 300));
await closeAdmin();
