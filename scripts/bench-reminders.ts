// Benchmark of the reminder job on the Firestore emulator: seeds 1k, 10k and 100k form envelopes of which
// 2 % are due (half of those overdue beyond the escalation delay), runs the job once and then again on the
// same day, and writes document reads, mails written and wall time to docs/benchmarks.md ("Reminder job").
// Reads are counted by the job's own data access (ReadCounter), not estimated.
//
//   npm run bench                       (starts a Firestore-only emulator on the test ports)
//   npm run bench -- --sizes 1000,10000 (inside the emulator: npx tsx scripts/bench-reminders.ts --sizes ...)
import { initializeApp } from 'firebase-admin/app';
import { Timestamp, getFirestore, type Firestore } from 'firebase-admin/firestore';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { runReminders } from '../functions/src/reminders/job.js';
import { ReadCounter } from '../functions/src/reminders/reads.js';

const host = process.env.FIRESTORE_EMULATOR_HOST;
if (!host)
  throw new Error(
    'Run inside the emulator: EMULATORS_ONLY=firestore node scripts/emulators.mjs --test exec "npx tsx scripts/bench-reminders.ts"',
  );
const projectId = process.env.GCLOUD_PROJECT ?? 'demo-praktijkvolg-test';
const sizesArg = process.argv.indexOf('--sizes');
const SIZES = sizesArg > 0 ? process.argv[sizesArg + 1]!.split(',').map(Number) : [1_000, 10_000, 100_000];
const DUE_EVERY = 50; // 2 %
const FORMS_PER_TRAJECT = 13;
const NOW = new Date('2026-03-11T06:00:00Z'); // a Wednesday, 07:00 in Amsterdam
const DAY = 86_400_000;

const db: Firestore = getFirestore(initializeApp({ projectId }, 'bench'));

async function reset(): Promise<void> {
  const res = await fetch(`http://${host}/emulator/v1/projects/${projectId}/databases/(default)/documents`, {
    method: 'DELETE',
  });
  if (!res.ok) throw new Error(`reset failed: ${res.status}`);
}

/** N forms over N/13 trajecten in 2 institutes; raters from a pool of people; 2 % due, half of them overdue. */
async function seed(n: number): Promise<{ seconds: number; due: number }> {
  const started = Date.now();
  const trajecten = Math.ceil(n / FORMS_PER_TRAJECT);
  const peoplePool = Math.max(20, Math.ceil(trajecten / 2));
  const writer = db.bulkWriter({ throttling: false }); // the emulator needs no 500/50/5 ramp-up
  const institutes = ['inst-a', 'inst-b'];
  for (const id of institutes) {
    writer.set(db.doc(`institutes/${id}`), { name: id, escalateAfterDays: 7 });
    writer.set(db.doc(`people/sec-${id}`), {
      instituteId: id,
      displayName: `Secretariaat ${id}`,
      email: `sec-${id}@example.nl`,
      staffRoles: ['secretariaat'],
    });
  }
  for (let p = 0; p < peoplePool; p++) {
    writer.set(db.doc(`people/p${p}`), {
      instituteId: institutes[p % 2]!,
      displayName: `Persoon ${p}`,
      email: `p${p}@example.nl`,
      staffRoles: [],
    });
  }
  for (let t = 0; t < trajecten; t++) {
    const inst = institutes[t % 2]!;
    const aios = `p${(2 * t) % peoplePool}`;
    const opleider = `p${(2 * t + 1) % peoplePool}`;
    writer.set(db.doc(`trajecten/bt${t}`), {
      instituteId: inst,
      roles: { aios: [aios], opleider: [opleider], groepsdocent: [`p${(t + 7) % peoplePool}`] },
    });
  }
  let due = 0;
  for (let i = 0; i < n; i++) {
    const t = Math.floor(i / FORMS_PER_TRAJECT);
    const inst = institutes[t % 2]!;
    const aios = `p${(2 * t) % peoplePool}`;
    const opleider = `p${(2 * t + 1) % peoplePool}`;
    const isDue = i % DUE_EVERY === 0;
    const overdue = isDue && (i / DUE_EVERY) % 2 === 0;
    // Not due: half finished (nextReminderAt null), half waiting for their reminder window.
    const completed = !isDue && i % 2 === 0;
    const dueAt = new Date(NOW.getTime() + (isDue ? (overdue ? -10 : 3) : completed ? -30 : 60) * DAY);
    if (isDue) due++;
    writer.set(db.doc(`forms/bt${t}__f${i}`), {
      instituteId: inst,
      trajectId: `bt${t}`,
      programme: 'huisarts_jaar1',
      formType: 'combel',
      occurrenceKey: `f${i}`,
      title: `ComBel ${i}`,
      traineeName: `Aios ${t}`,
      opensAt: Timestamp.fromMillis(dueAt.getTime() - 28 * DAY),
      dueAt: Timestamp.fromDate(dueAt),
      remindFrom: Timestamp.fromMillis(dueAt.getTime() - 7 * DAY),
      closesAt: Timestamp.fromMillis(dueAt.getTime() + 42 * DAY),
      status: completed ? 'completed' : 'open',
      parts: {
        aios: { role: 'aios', raterUids: [aios], status: completed ? 'submitted' : 'open' },
        opleider: { role: 'opleider', raterUids: [opleider], status: completed ? 'submitted' : 'open' },
      },
      raterUids: [aios, opleider].sort(),
      readerUids: [aios, opleider].sort(),
      staffVisible: true,
      revealed: completed,
      nextReminderAt: completed
        ? null
        : Timestamp.fromMillis(isDue ? NOW.getTime() - DAY : dueAt.getTime() - 7 * DAY),
      origin: 'schedule',
    });
  }
  await writer.close();
  return { seconds: (Date.now() - started) / 1000, due };
}

interface Row {
  forms: number;
  due: number;
  seedSeconds: number;
  reads: number;
  dueParts: number;
  digests: number;
  escalations: number;
  seconds: number;
  rerunReads: number;
  rerunDigests: number;
  rerunSeconds: number;
  ms: { query: number; resolve: number; queue: number; advance: number };
}

async function measure(n: number): Promise<Row> {
  await reset();
  const seeded = await seed(n);
  const reads = new ReadCounter();
  let t = performance.now();
  const report = await runReminders(db, NOW, { appUrl: 'https://app.example.nl', reads });
  const seconds = (performance.now() - t) / 1000;
  const rerunReads = new ReadCounter();
  t = performance.now();
  const rerun = await runReminders(db, NOW, { appUrl: 'https://app.example.nl', reads: rerunReads });
  const rerunSeconds = (performance.now() - t) / 1000;
  const mails = (await db.collection('mail').count().get()).data().count;
  if (mails !== report.digestsQueued)
    throw new Error(`mail count ${mails} != digests ${report.digestsQueued}`);
  if (report.dueForms !== seeded.due)
    throw new Error(`job found ${report.dueForms} due forms, seeded ${seeded.due}`);
  return {
    forms: n,
    due: seeded.due,
    seedSeconds: seeded.seconds,
    reads: reads.total,
    dueParts: report.dueParts,
    digests: report.digestsQueued,
    escalations: report.escalationItems,
    seconds,
    rerunReads: rerunReads.total,
    rerunDigests: rerun.digestsQueued,
    rerunSeconds,
    ms: report.ms,
  };
}

const fmt = (n: number) => n.toLocaleString('en-US');
const secs = (s: number) => s.toFixed(s < 10 ? 2 : 1);

function section(rows: Row[]): string {
  return [
    '## Reminder job',
    '',
    `Measured by \`npm run bench\` (\`scripts/bench-reminders.ts\`) on ${new Date().toISOString().slice(0, 10)} against the local`,
    'Firestore emulator (Firestore only, no triggers), Node ' +
      process.version +
      '. Each size is seeded fresh: form envelopes',
    `over trajecten of ${FORMS_PER_TRAJECT} forms in 2 institutes; 1 in ${DUE_EVERY} forms (2 %) is due`,
    '(`nextReminderAt <= now`), half of those 10 days overdue (escalated to the secretariat), half due in 3 days; of the',
    'rest half are finished (`nextReminderAt: null`) and half wait for their reminder window. The job runs at a',
    'Wednesday 07:00 (Amsterdam), then a second time on the same day. **Reads** are the documents the job itself read',
    '(query results, gets and transaction reads, counted in its data access); **mails** are outbox documents written.',
    '',
    '| forms | due | reads | reads / due form | open parts | mails (digests) | escalation items | wall time (query + resolve + queue + advance) | 2nd run: reads / mails / time | seeding |',
    '|---:|---:|---:|---:|---:|---:|---:|---|---|---:|',
    ...rows.map(
      (r) =>
        `| ${fmt(r.forms)} | ${fmt(r.due)} | ${fmt(r.reads)} | ${(r.reads / r.due).toFixed(2)} | ${fmt(r.dueParts)} | ${fmt(r.digests)} | ${fmt(r.escalations)} | ${secs(r.seconds)} s (${[r.ms.query, r.ms.resolve, r.ms.queue, r.ms.advance].map((m) => (m / 1000).toFixed(2)).join(' + ')}) | ${fmt(r.rerunReads)} / ${fmt(r.rerunDigests)} / ${secs(r.rerunSeconds)} s | ${secs(r.seedSeconds)} s |`,
    ),
    '',
    'Reads grow with the due forms, not with the collection: the only query is the range `nextReminderAt <= now`',
    '(a single-field index), and every other read follows a due form (its institute, its raters, the traject of an',
    'escalated form, the staff to escalate to, one digest key per recipient). Reads per due form stay flat while the',
    'collection grows a hundredfold. The second run on the same day reads nothing and writes no mail: the first run',
    "moved every due form's `nextReminderAt` to the next midnight, and the digest keys would refuse a duplicate anyway.",
    'Wall time is an emulator figure and grows faster than the reads: the emulator has no real indexes and answers the',
    'range query by scanning (the second run, which matches nothing, still takes longer as the collection grows), and it',
    'runs the per-digest transactions (digest document + mail, 16 at a time) under pessimistic locks. On Firestore the',
    'query is served from the index; the per-phase split in the table shows where the emulator spends the time.',
    '',
  ].join('\n');
}

function writeSection(text: string): void {
  const file = join(import.meta.dirname, '..', 'docs', 'benchmarks.md');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\n';
  const start = current.indexOf('## Reminder job');
  let next: string;
  if (start === -1) next = `${current.trimEnd()}\n\n${text}`;
  else {
    const after = current.indexOf('\n## ', start + 1);
    next = current.slice(0, start) + text + (after === -1 ? '' : current.slice(after + 1));
  }
  writeFileSync(file, next.endsWith('\n') ? next : `${next}\n`);
}

const rows: Row[] = [];
for (const n of SIZES) {
  const row = await measure(n);
  console.log(JSON.stringify({ bench: 'reminders', ...row }));
  rows.push(row);
}
await reset();
writeSection(section(rows));
console.log('docs/benchmarks.md: "Reminder job" written');
