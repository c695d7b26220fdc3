// What `npm start` runs inside `firebase emulators:exec` on the dev stack: the local mail inbox, the demo
// data, one run of the reminder job (so the inbox has digests to click), and the web app's dev server.
// Runs until Ctrl-C; emulators:exec then stops the emulators.
import { writeFileSync } from 'node:fs';
import MailDev from 'maildev';
import { createServer } from 'vite';
import { seedDemo } from './seed/seed.js';
import { seedPdgDemo } from './seed/pdgDemo.js';
import { seedLedMboDemo } from './seed/ledMboDemo.js';
import { seedCorrectionDemo } from './seed/correctionDemo.js';
import { seedFeedbackDemo } from './seed/feedbackDemo.js';
import { seedKpbDemo } from './seed/kpbDemo.js';
import { seedDecisionDemo } from './seed/decisionDemo.js';
import { DEMO_PASSWORD, DEMO_PEOPLE, DEMO_TRAJECTEN } from '../demo/demoData.js';

const PROJECT_ID = 'demo-praktijkvolg';
const MAIL_WEB = 1080;
const AUTH = process.env.FIREBASE_AUTH_EMULATOR_HOST ?? '127.0.0.1:9099';
const FUNCTIONS = '127.0.0.1:5001';

async function startInbox(): Promise<MailDev> {
  const maildev = new MailDev({ smtp: 1025, web: MAIL_WEB, ip: '127.0.0.1', silent: true });
  await new Promise<void>((resolve, reject) => maildev.listen((err) => (err ? reject(err) : resolve())));
  return maildev;
}

/** Signs in as the demo admin on the Auth emulator and runs the reminder job once, if it is deployed. */
async function runReminderJobOnce(): Promise<string> {
  const admin = DEMO_PEOPLE.find((p) => p.staff.includes('admin'));
  if (!admin) return 'herinneringen overgeslagen: geen beheerder in de demo-gegevens';
  const signIn = await fetch(
    `http://${AUTH}/identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=demo-api-key`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: admin.email, password: DEMO_PASSWORD, returnSecureToken: true }),
    },
  );
  const { idToken } = (await signIn.json()) as { idToken?: string };
  try {
    const res = await fetch(`http://${FUNCTIONS}/${PROJECT_ID}/europe-west1/runReminderJob`, {
      method: 'POST',
      headers: { authorization: `Bearer ${idToken}`, 'content-type': 'application/json' },
      body: '{}',
      signal: AbortSignal.timeout(60_000),
    });
    return res.ok
      ? `herinneringen verstuurd: ${await res.text()}`
      : `herinneringen niet verstuurd (HTTP ${res.status})`;
  } catch (err) {
    return `herinneringen: geen antwoord van runReminderJob (${String(err)})`;
  }
}

/** Waits until the schedule trigger has computed form instances for every demo traject (at most ~30 s). */
async function waitForForms(): Promise<number> {
  const { getFirestore } = await import('firebase-admin/firestore');
  const db = getFirestore();
  for (let i = 0; i < 60; i++) {
    const counts = await Promise.all(
      DEMO_TRAJECTEN.map(
        async (t) => (await db.collection('forms').where('trajectId', '==', t.id).count().get()).data().count,
      ),
    );
    if (counts.every((c) => c > 0)) return counts.reduce((a, b) => a + b, 0);
    await new Promise((r) => setTimeout(r, 500));
  }
  return 0;
}

const inbox = await startInbox();
await seedDemo(PROJECT_ID);
const forms = await waitForForms();
// The PDG demo is played through by its users' writes (triggers do the rest): docs/data-model.md, PDG.
if (forms > 0) await seedPdgDemo(PROJECT_ID);
// LED and mbo likewise (scripts/seed/ledMboDemo.ts): leerdoelen, observations, learner reports and a team.
if (forms > 0) await seedLedMboDemo(PROJECT_ID);
// One reopened part (scripts/seed/correctionDemo.ts): Pieter's part of Anna's ComBel maand 3.
if (forms > 0) await seedCorrectionDemo(PROJECT_ID, 'http://127.0.0.1:5173');
// Feedback givers by link (scripts/seed/feedbackDemo.ts): Pieter's practice staff, Lotte's peers.
if (forms > 0) await seedFeedbackDemo(PROJECT_ID, 'http://127.0.0.1:5173');
// KPBs done and one open, the pace and Youssef's duties counted (scripts/seed/kpbDemo.ts).
if (forms > 0) await seedKpbDemo(PROJECT_ID);
// Thijs's decision "door onder voorwaarden" and its open follow-up for Hendrik (scripts/seed/decisionDemo.ts).
if (forms > 0) await seedDecisionDemo(PROJECT_ID);
const reminders =
  forms > 0 ? await runReminderJobOnce() : 'herinneringen overgeslagen: er zijn geen formulieren berekend';
const vite = await createServer({ root: 'web', configFile: 'web/vite.config.ts', mode: 'development' });
await vite.listen();

const pad = (s: string, n: number) => s.padEnd(n);
const banner = `
────────────────────────────────────────────────────────────────────────────
 Praktijkvolg draait lokaal (Firebase-emulators, demo-gegevens)

   Web-app        http://127.0.0.1:5173
   Mail-inbox     http://127.0.0.1:${MAIL_WEB}   (herinneringen en inloglinks komen hier aan)
   Emulators      Firestore 127.0.0.1:8080 · Auth 127.0.0.1:9099 · Functions 127.0.0.1:5001

 Inloggen: kies op de inlogpagina een demo-account, of vul een adres in en
 open de inloglink in de mail-inbox. Wachtwoord van elk demo-account: ${DEMO_PASSWORD}

${DEMO_PEOPLE.map((p) => `   ${pad(p.email, 34)} ${p.demoRole}`).join('\n')}

 ${forms} formulieren berekend voor ${DEMO_TRAJECTEN.length} trajecten; ${reminders}.
 Stoppen: Ctrl-C
────────────────────────────────────────────────────────────────────────────`;
console.log(banner);
// npm start (scripts/start.mjs) sends this process's output to its log and prints the banner from this file.
if (process.env.PRAKTIJKVOLG_BANNER_FILE) writeFileSync(process.env.PRAKTIJKVOLG_BANNER_FILE, banner);

await new Promise<void>((resolve) => {
  process.once('SIGINT', resolve);
  process.once('SIGTERM', resolve);
});
await vite.close();
await new Promise<void>((resolve) => inbox.close(() => resolve()));
