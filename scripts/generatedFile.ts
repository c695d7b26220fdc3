// Writes a generated file, or with --check fails when the file on disk differs, so generated docs cannot drift.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';

export async function formatMarkdown(target: string, md: string): Promise<string> {
  // Format like the rest of the repo, so `prettier --write .` leaves the file alone.
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(target)) ?? {};
  return prettier.format(md, { ...options, parser: 'markdown' });
}

export function writeOrCheck(target: string, content: string, regenerate: string): void {
  const name = relative(process.cwd(), target);
  if (process.argv.includes('--check')) {
    const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
    if (current !== content) {
      console.error(`${name} is out of date: run \`${regenerate}\``);
      process.exit(1);
    }
    console.log(`${name} is up to date`);
  } else {
    writeFileSync(target, content);
    console.log(`wrote ${name}`);
  }
}
