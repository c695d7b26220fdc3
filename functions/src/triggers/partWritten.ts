// forms/{formId}/parts/{partId} written -> keep the envelope in step (index, completed, revealed),
// audit a submission or decision, and ask the hoofd opleiding to decide when the advice is complete.
import { partDocSchema, partPath, type PartDoc } from '@praktijkvolg/domain';
import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { appUrl } from '../config.js';
import { firestore } from '../firebase.js';
import { onPartWritten } from '../forms/parts.js';
import { log } from '../log.js';

function parse(path: string, data: unknown): PartDoc | null {
  if (data === undefined) return null;
  const parsed = partDocSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  log.error('parts: invalid part document', { path, error: parsed.error.message });
  return null;
}

export const partWritten = onDocumentWritten(
  { document: partPath('{formId}', '{partId}') },
  async (event) => {
    const change = event.data;
    if (!change) return;
    const path = partPath(event.params.formId, event.params.partId);
    await onPartWritten(
      firestore(),
      {
        formId: event.params.formId,
        partId: event.params.partId,
        before: change.before.exists ? parse(path, change.before.data()) : null,
        after: change.after.exists ? parse(path, change.after.data()) : null,
      },
      new Date(),
      appUrl(),
    );
  },
);
