/** The paper's BibTeX is written once in src/views/citation.ts; the README and the bibliography must agree with it. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { realSite } from './site';
import { PAPER_BIBTEX, PAPER_REFERENCE } from '../../src/views/citation';

describe('citing the paper', () => {
  it('the README shows the same BibTeX as the site', async () => {
    const readme = await readFile('README.md', 'utf8');
    expect(readme).toContain(`\`\`\`bibtex\n${PAPER_BIBTEX}\n\`\`\``);
  });

  it('its title, year and arXiv id are the bibliography entry of the survey', async () => {
    const paper = (await realSite()).graph.nodeOf('reference', PAPER_REFERENCE)!;
    expect(PAPER_BIBTEX).toContain(`title  = {${paper.title}}`);
    expect(PAPER_BIBTEX).toContain(`year   = {${paper.year}}`);
    expect(paper.link).toBe(
      `https://arxiv.org/abs/${/eprint = \{([^}]+)\}/.exec(PAPER_BIBTEX)![1]}`,
    );
  });
});
