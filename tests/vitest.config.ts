// Suites that need the emulators: run by `npm test` inside `emulators:exec` on the test stack.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/**/*.test.ts'],
    // The browser suites drive Chromium against the web app's test build, served like APP_URL says.
    // The rules suites need neither (scripts/emulator-suites.mjs runs them alongside, as RULES_ONLY=1).
    globalSetup: process.env.RULES_ONLY
      ? []
      : ['tests/support/mailInbox.globalSetup.ts', 'tests/browser/webPreview.globalSetup.ts'],
    // One emulator, shared state: files run one after another, each resets what it uses.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
