// Unit tests: pure code, no emulators (domain, function logic with fakes, web components).
// The emulator-backed suites have their own config in tests/vitest.config.ts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'domain/src/**/*.test.ts',
      'demo/**/*.test.ts',
      'functions/src/**/*.test.ts',
      'web/src/**/*.test.{ts,tsx}',
      'web/build/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
  },
});
