// The foundation's promise: the emulated chain is real. The web SDK's requests pass through
// firestore.rules, a Firestore trigger in functions/ fires, and its mail arrives over SMTP.
import { initializeApp, deleteApp, type FirebaseApp } from 'firebase/app';
import { connectAuthEmulator, getAuth, signInWithCustomToken } from 'firebase/auth';
import { connectFirestoreEmulator, doc, getDoc, getFirestore, terminate } from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearMail, mailTo } from '../support/mailbox.js';
import { TEST_HOSTS, TEST_PROJECT_ID } from '../support/ports.js';
import { adminAuth, adminDb, closeAdmin, eventually, resetAuth, resetFirestore } from '../support/stack.js';

let web: FirebaseApp;

beforeAll(async () => {
  await Promise.all([resetFirestore(), resetAuth(), clearMail()]);
  web = initializeApp({ projectId: TEST_PROJECT_ID, apiKey: 'demo-key' }, `smoke-${Date.now()}`);
  connectAuthEmulator(getAuth(web), `http://${TEST_HOSTS.auth}`, { disableWarnings: true });
  const [host, port] = TEST_HOSTS.firestore.split(':');
  connectFirestoreEmulator(getFirestore(web), host!, Number(port));
});

afterAll(async () => {
  await terminate(getFirestore(web));
  await deleteApp(web);
  await closeAdmin();
});

describe('the local Firebase chain', () => {
  it('the web SDK is refused and allowed by firestore.rules', async () => {
    await adminDb().doc('people/ann').set({ displayName: 'Ann' });
    await adminDb().doc('people/bob').set({ displayName: 'Bob' });
    await adminAuth().createUser({ uid: 'ann', email: 'ann@example.nl' });
    const token = await adminAuth().createCustomToken('ann');
    await signInWithCustomToken(getAuth(web), token);

    const own = await getDoc(doc(getFirestore(web), 'people/ann'));
    expect(own.get('displayName')).toBe('Ann');
    await expect(getDoc(doc(getFirestore(web), 'people/bob'))).rejects.toMatchObject({
      code: 'permission-denied',
    });
  });

  it('a mail written to the outbox is delivered over SMTP by the functions trigger', async () => {
    const ref = await adminDb()
      .collection('mail')
      .add({
        to: 'smoke@example.nl',
        message: { subject: 'Rooktest', text: 'Het werkt.' },
      });
    const [received] = await eventually('the mail in the inbox', async () => {
      const mails = await mailTo('smoke@example.nl');
      return mails.length > 0 ? mails : undefined;
    });
    expect(received?.subject).toBe('Rooktest');
    const delivery = await eventually('the delivery to be recorded', async () => {
      const state = (await ref.get()).get('delivery.state') as string | undefined;
      return state === 'SUCCESS' ? state : undefined;
    });
    expect(delivery).toBe('SUCCESS');
  });
});
