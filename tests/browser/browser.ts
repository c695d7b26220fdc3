/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Chromium for the browser suites: Debian's /usr/bin/chromium driven by playwright-core (no downloaded
// browser), with flags that work as root and without network. playwright gives every launch a fresh
// temporary profile (its own --user-data-dir), and every context its own storage, so people never share
// a session. Helpers: sign in through a real e-mail link, screenshots for docs/screenshots, axe-core.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { adminAuth } from '../support/stack.js';
import { APP_URL } from '../support/ports.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');
export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1280, height: 900 } as const;

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newContext(
  browser: Browser,
  viewport: { width: number; height: number } = PHONE,
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    deviceScaleFactor: 1,
  });
  context.setDefaultTimeout(15_000);
  return context;
}

export const url = (path: string) => `${APP_URL}${path}`;

/**
 * Signs in through an e-mailed sign-in link, as someone opening it on another device would: the admin SDK
 * makes the same link sendSignInLink mails, the Auth emulator redirects to /aanmelden/voltooien, the app
 * asks for the address (not in this browser's storage) and then goes on to `next`.
 */
export async function signInByEmailLink(page: Page, email: string, next: string): Promise<void> {
  const link = await adminAuth().generateSignInWithEmailLink(email, {
    url: `${APP_URL}/aanmelden/voltooien?next=${encodeURIComponent(next)}`,
    handleCodeInApp: true,
  });
  await page.goto(link);
  await page.getByRole('heading', { name: 'Bevestig je e-mailadres' }).waitFor();
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.waitForURL((u) => u.pathname + u.search === next);
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // Let fonts and late snapshots settle: wait for no pending "Laden…" status messages.
  await page.waitForFunction(
    () =>
      ![...document.querySelectorAll('[role="status"]')].some((e) =>
        /laden|controleren/i.test(e.textContent ?? ''),
      ),
  );
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core (WCAG 2.1 A/AA rules) on the page; returns the serious and critical violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

// ---- filling forms ------------------------------------------------------------------------------------

/** The renderer's input ids (web/src/features/forms/fields.tsx fieldId): `f-` + the answer path. */
const fieldId = (path: string) => `f-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;

type Leaf = {
  key: string;
  kind: string;
  options?: readonly { value: string }[];
  mustBeTrue?: boolean;
  multiple?: boolean;
};
type Field = Leaf & { items?: readonly { key: string }[]; fields?: readonly Leaf[]; itemLabel?: string };

async function fillLeaf(page: Page, f: Leaf, path: string, value: unknown): Promise<void> {
  if (value === undefined) return;
  const id = fieldId(path);
  switch (f.kind) {
    case 'text':
    case 'longtext':
    case 'date':
      await page.locator(`#${id}`).fill(String(value));
      return;
    case 'boolean':
      if (f.mustBeTrue) await page.locator(`#${id}`).setChecked(value === true);
      else await page.locator(`#${id}-${value === true ? 0 : 1}`).check();
      return;
    default: {
      const values = Array.isArray(value) ? value : [value];
      for (const v of values)
        await page.locator(`#${id}-${f.options!.findIndex((o) => o.value === v)}`).check();
    }
  }
}

/** Fills a form part through its inputs with the given answers (domain shape), like a person would. */
export async function fillAnswers(
  page: Page,
  fields: readonly Field[],
  answers: Record<string, unknown>,
): Promise<void> {
  for (const f of fields) {
    const v = answers[f.key];
    if (v === undefined) continue;
    if (f.kind === 'group') {
      for (const [item, sub] of Object.entries(v as Record<string, Record<string, unknown>>)) {
        for (const sf of f.fields!) await fillLeaf(page, sf, `${f.key}.${item}.${sf.key}`, sub[sf.key]);
      }
    } else if (f.kind === 'list') {
      const entries = v as Record<string, unknown>[];
      for (let i = 0; i < entries.length; i++) {
        if ((await page.getByRole('group', { name: `${f.itemLabel} ${i + 1}`, exact: true }).count()) === 0) {
          await page.getByRole('button', { name: `${f.itemLabel} toevoegen` }).click();
        }
        for (const sf of f.fields!) await fillLeaf(page, sf, `${f.key}.${i}.${sf.key}`, entries[i]![sf.key]);
      }
    } else {
      await fillLeaf(page, f, f.key, v);
    }
  }
}

/** Submits the form: the submit button, then the confirmation dialog. */
export async function submitForm(page: Page): Promise<void> {
  await page.locator('form[data-ready] button[type="submit"]').click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Ja, definitief indienen' }).click();
}
