// mail/{mailId} written -> move it through the delivery state machine.
import { mailPath } from '@praktijkvolg/domain';
import { getAuth } from 'firebase-admin/auth';
import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { appUrl, SMTP_PASSWORD, UNSUBSCRIBE_SECRET, unsubscribeKey } from '../config.js';
import { firestore } from '../firebase.js';
import { processMailWrite } from '../mail/outbox.js';
import { mailerFromParams } from '../mail/transport.js';
import { prepareMail } from '../mail/prepare.js';

export const mailWritten = onDocumentWritten(
  { document: mailPath('{mailId}'), secrets: [SMTP_PASSWORD, UNSUBSCRIBE_SECRET] },
  async (event) => {
    const after = event.data?.after;
    if (!after?.exists) return;
    const db = firestore();
    await processMailWrite(
      db,
      after.ref,
      mailerFromParams(),
      prepareMail(db, { auth: () => getAuth(), appUrl, unsubscribeKey }),
    );
  },
);
