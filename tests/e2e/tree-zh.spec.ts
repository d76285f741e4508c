/**
 * The tree on the real content, in both languages: the Chinese page loads the Chinese data and
 * claims, and the lineage questions of issue 14 come out right on the paper's own models.
 */
import { expect, test } from './fixtures';
import { builtSite } from './site';

const { builtTree } = builtSite('site');
const tree = builtTree();
const ready = (page: import('@playwright/test').Page) =>
  page.evaluate(
    () => (document.querySelector('model-tree') as unknown as { ready: Promise<void> }).ready,
  );
const panel = (page: import('@playwright/test').Page) => page.getByRole('complementary');

test('the Chinese tree loads its own data and claims, in Chinese', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/zh/tree/?model=flan-t5');
  await ready(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('模型演化树');
  expect(requests).toContain('/api/zh/tree.json');
  expect(requests).not.toContain('/api/tree.json');
  const details = panel(page);
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Flan-T5');
  await expect(details.locator('.summary')).toHaveText(/[\u4e00-\u9fff]/);
  await expect(details.locator('dl.facts')).toContainText('谷歌');
  const claim = details.locator('.claim-list li').first();
  await expect(claim.locator('a')).toHaveText(/[\u4e00-\u9fff]/);
  await expect(claim.locator('a')).toHaveAttribute('href', /^\/zh\/guide\/[^/]+\/#claim-/);
  expect(requests).toContain('/api/zh/tree/flan-t5.json');
  // The list and the first frame speak Chinese too.
  await expect(page.locator('.tree-list')).toContainText('仅解码器');
  await expect(page.locator('svg.frame [data-ref="heads"]')).toContainText('仅解码器');
});

test('how ChatGPT came from GPT-1, in English and in Chinese', async ({ page }) => {
  const path = 'GPT-1 → GPT-2 → GPT-3 → InstructGPT → ChatGPT';
  await page.goto('/tree/?model=gpt-1&with=chatgpt');
  await ready(page);
  await expect(panel(page).locator('[data-compare-text]')).toHaveText(
    'GPT-1 is an ancestor of ChatGPT, 4 generations back:',
  );
  await expect(panel(page).locator('[data-compare-path]')).toHaveText(path);
  await page.goto('/zh/tree/?model=chatgpt&with=gpt-1');
  await ready(page);
  await expect(panel(page).locator('[data-compare-text]')).toHaveText(
    'ChatGPT由GPT-1演化而来，相隔4代：',
  );
  await expect(panel(page).locator('[data-compare-path]')).toHaveText(path);
});

test('ChatGPT and BERT share no ancestor; the drawing keeps only the two bright', async ({
  page,
}) => {
  await page.goto('/tree/?model=chatgpt&with=bert');
  await ready(page);
  await expect(panel(page).locator('[data-compare-text]')).toHaveText(
    'ChatGPT and BERT share no ancestor in the tree: they grew from separate roots.',
  );
  await page.goto('/zh/tree/?model=chatgpt&with=bert');
  await ready(page);
  await expect(panel(page).locator('[data-compare-text]')).toHaveText(
    'ChatGPT和BERT在演化树中没有共同祖先：它们源自不同的根。',
  );
});

test('what appeared in 2022: time travel on the paper’s models', async ({ page }) => {
  const upTo = tree.models.filter((m) => m.year <= 2022);
  const fresh = upTo.filter((m) => m.year === 2022);
  await page.goto('/tree/?year=2022');
  await ready(page);
  await expect(page.getByRole('slider', { name: 'Year' })).toHaveAttribute(
    'aria-valuetext',
    `2022: ${upTo.length} models so far, ${fresh.length} new`,
  );
  await expect(page.locator('.tree-list .fresh')).toHaveCount(fresh.length);
  await page.goto('/zh/tree/?year=2022');
  await ready(page);
  await expect(page.getByRole('slider', { name: '年份' })).toHaveAttribute(
    'aria-valuetext',
    `2022年：累计${upTo.length}个模型，其中${fresh.length}个是当年新出现的`,
  );
  await expect(page.locator('.tree-list .fresh').first()).toHaveText(' · 2022年新出现');
});
