/** The "Cite the paper" block: the BibTeX on the home page and every section page (of the fixture site), and its copy button. */
import { expect, test } from './fixtures';
import { builtSite } from './site';
import { PAPER_BIBTEX } from '../../src/views/citation';

const { nodesOf } = builtSite('features');

test("the home page and every section page show the paper's BibTeX", async ({ page }) => {
  for (const path of ['/', ...nodesOf('section').map((s) => s.url!)]) {
    await page.goto(path);
    const cite = page.getByRole('region', { name: 'Cite the paper' });
    await expect(cite.locator('pre'), path).toHaveText(PAPER_BIBTEX);
  }
});

test('the copy button puts the BibTeX on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(nodesOf('section')[0]!.url!);
  const cite = page.getByRole('region', { name: 'Cite the paper' });
  await cite.getByRole('button', { name: 'Copy BibTeX' }).click();
  await expect(cite.getByRole('status')).toHaveText('Copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(PAPER_BIBTEX);
});

test('without JavaScript the BibTeX is there to select, and no dead button shows', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  const cite = page.getByRole('region', { name: 'Cite the paper' });
  await expect(cite.locator('pre')).toHaveText(PAPER_BIBTEX);
  await expect(cite.getByRole('button')).toBeHidden();
  await context.close();
});
