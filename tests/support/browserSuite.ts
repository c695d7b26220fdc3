// The frame of every browser suite: the browser world (tests/browser/fixtures.ts) seeded and Chromium launched
// once before the file, Chromium closed after it, and a page signed in as a person by the e-mail link.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, newContext, signInByEmailLink } from '../browser/browser.js';
import { seedWorld, type Person } from '../browser/fixtures.js';

export interface BrowserSuite {
  /** Chromium, once beforeAll has run. */
  readonly browser: Browser;
  /** The moment the world was seeded for (its windows and dates are relative to it). */
  readonly now: Date;
  /** A new context (phone-sized unless `viewport` says otherwise) with a page signed in, at `path`. */
  signedIn(
    person: Pick<Person, 'email'>,
    path?: string,
    viewport?: { width: number; height: number },
  ): Promise<Page>;
}

/** Call once per file. `afterSeed` runs after the world is written, before Chromium starts. */
export function useBrowserSuite(options: { afterSeed?: (now: Date) => Promise<void> } = {}): BrowserSuite {
  let browser: Browser | undefined;
  let now: Date | undefined;
  beforeAll(async () => {
    now = await seedWorld();
    await options.afterSeed?.(now);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is there only once the suite's beforeAll has run`);
    return value;
  };
  return {
    get browser() {
      return started(browser, 'the browser');
    },
    get now() {
      return started(now, 'the seeded moment');
    },
    async signedIn(person, path = '/', viewport) {
      const page = await (await newContext(started(browser, 'the browser'), viewport)).newPage();
      await signInByEmailLink(page, person.email, path);
      return page;
    },
  };
}
