import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const cli = (contentDir: string) =>
  run(process.execPath, ['--import', 'tsx', 'scripts/build-graph.ts', contentDir]);

describe('the graph CLI on a copy of the real content', () => {
  let copy: string;
  beforeAll(async () => {
    copy = await mkdtemp(join(tmpdir(), 'content-'));
    await cp('content', copy, { recursive: true });
  });
  afterAll(() => rm(copy, { recursive: true, force: true }));

  it('accepts the content as it is', async () => {
    const { stdout } = await cli(copy);
    expect(stdout).toMatch(/^Graph OK: \d+ sections, \d+ claims/);
  });

  it('stops on a broken task id, naming the file, the claim and a suggestion', async () => {
    const file = join(copy, 'guide', 'nlu.mdx');
    const original = await readFile(file, 'utf8');
    await writeFile(file, original.replace('tasks: [ner, ', 'tasks: [nerr, '));
    const failure = await cli(copy).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    await writeFile(file, original);
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(
      /guide\/nlu\.mdx:\d+:\d+: claims\[\d+\]\.tasks\[0\]: unknown task "nerr" in claim "nlu-[a-z0-9-]+" — did you mean "ner"\?/,
    );
    expect(failure?.stderr).toContain('The build stopped');
  });
});
