/**
 * `npm run bench`: runs every `bench/*.bench.ts` (each prints one Markdown section) and writes
 * BENCHMARKS.md with the machine and the date, so numbers are always read with their context.
 * Benchmarks measure; they never fail the build (hard limits belong in tests, and only for sizes).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { findChromium } from '../scripts/chromium.mjs';

const only = process.argv.slice(2);
const benches = readdirSync(new URL('.', import.meta.url))
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((o) => name.includes(o)))
  .sort();

const chromium = findChromium();
const chromiumVersion = chromium
  ? execFileSync(chromium, ['--version'], { encoding: 'utf8' }).trim()
  : 'not installed';
const machine = [
  `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  `- CPU: ${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length} cores; memory ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`,
  `- OS: ${os.type()} ${os.release()} (${os.arch()}); Node ${process.version}; ${chromiumVersion}`,
  // Timings mean little without the load they were taken under: another job on 2 cores doubles them.
  `- Load average when the run started: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')} (1, 5, 15 min)`,
].join('\n');

const sections = benches.map((name) => {
  console.error(`Running bench/${name}…`);
  return execFileSync(process.execPath, ['--import', 'tsx', `bench/${name}`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 2 ** 20,
  }).trim();
});

const report = `# Benchmarks

Written by \`npm run bench\`; numbers are from the run below, on this machine. Targets are goals to read the numbers
against, not test assertions (timings on shared machines vary; byte budgets are enforced by the tests instead).

${machine}

${sections.join('\n\n')}
`;
if (only.length > 0) {
  // A partial run (`npm run bench -- search`) prints its sections instead of replacing the full report.
  console.log(report);
} else {
  writeFileSync(new URL('../BENCHMARKS.md', import.meta.url), report);
  console.error('Wrote BENCHMARKS.md');
}
