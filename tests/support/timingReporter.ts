// A vitest reporter that writes, per test file, where its time went: its tests, its hooks (setup worlds,
// triggers switched on, browsers launched) and its import. The JSON reporter counts only the tests, which hid
// most of the stack suites' time. Written to .cache/suite-timing-<name>.json; see docs/benchmarks.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

interface FileTiming {
  file: string;
  tests: number;
  totalMs: number;
  testsMs: number;
  hooksMs: number;
  importMs: number;
}

export default class TimingReporter implements Reporter {
  private readonly files: FileTiming[] = [];
  private readonly name = process.env.SUITE_TIMING_NAME ?? 'emulators';

  onTestModuleEnd(module: TestModule): void {
    const d = module.diagnostic();
    let testsMs = 0;
    let tests = 0;
    for (const test of module.children.allTests()) {
      tests++;
      testsMs += test.diagnostic()?.duration ?? 0;
    }
    this.files.push({
      file: module.relativeModuleId,
      tests,
      totalMs: Math.round(d.duration + d.collectDuration),
      testsMs: Math.round(testsMs),
      hooksMs: Math.round(d.duration - testsMs),
      importMs: Math.round(d.collectDuration),
    });
  }

  onTestRunEnd(): void {
    const dir = join(process.cwd(), '.cache');
    mkdirSync(dir, { recursive: true });
    this.files.sort((a, b) => b.totalMs - a.totalMs);
    writeFileSync(join(dir, `suite-timing-${this.name}.json`), JSON.stringify(this.files, null, 2));
  }
}
