// trajecten/{trajectId} written (created, dates, roles, part-time factor, pauses, status, deleted)
// -> recompute its form instances from the schedule, and audit a change of roles.
import { trajectPath } from '@praktijkvolg/domain';
import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { firestore } from '../firebase.js';
import { onTrajectWritten } from '../forms/traject.js';

export const trajectWritten = onDocumentWritten({ document: trajectPath('{trajectId}') }, async (event) => {
  const change = event.data;
  if (!change) return;
  await onTrajectWritten(firestore(), {
    trajectId: event.params.trajectId,
    before: change.before.exists ? change.before.data() : undefined,
    after: change.after.exists ? change.after.data() : undefined,
    changeKey: change.after.updateTime?.toMillis().toString() ?? event.id,
    now: new Date(),
  });
});
