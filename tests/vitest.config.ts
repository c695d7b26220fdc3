// Suites that need the emulators: run by `npm test` inside `emulators:exec` on the test stack, in three groups
// at once (scripts/emulator-suites.mjs): SUITE_GROUP=rules (rules-unit-testing), SUITE_GROUP=isolated (suites
// that call isolateProject(): in-process, a project each, no triggers) and the stack suites (no SUITE_GROUP).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const group = process.env.SUITE_GROUP;

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/**/*.test.ts'],
    // The stack suites need a mail inbox, the web app's test build served like APP_URL says (browser suites)
    // and the triggers on; the rules and isolated suites need none of it.
    globalSetup: group
      ? []
      : [
          'tests/support/mailInbox.globalSetup.ts',
          'tests/browser/webPreview.globalSetup.ts',
          'tests/support/triggers.globalSetup.ts',
        ],
    // The stack suites share one project and its triggers: files one after another, each resets what it uses.
    // Isolated suites have a project per worker, so they may run side by side.
    fileParallelism: group === 'isolated',
    ...(group === 'isolated' ? { maxWorkers: 2 } : {}),
    testTimeout: 30_000,
    // A hook that switches triggers on may need the switch's whole retry budget (tests/support/stack.ts: three
    // reloads of the functions emulator, each waited for up to 15 s); once seen in CI to take over 60 s.
    hookTimeout: 120_000,
  },
});
