/**
 * A Chinese page whose content is not translated yet shows the English, marked and in
 * lang="en" — never a blank. The fixture site has no Chinese files, so every piece of it is such a
 * case.
 */
import { expect, test } from './fixtures';
import { builtSite } from './site';

const { nodesOf } = builtSite('features');

test('an untranslated section and its claims show the English, marked as not yet translated', async ({
  page,
}) => {
  const section = nodesOf('section')[0]!;
  await page.goto(`/zh${section.url!}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('h1')).toHaveText(section.title);
  await expect(page.locator('.untranslated').first()).toHaveText(
    '本节尚未翻译，以下显示英文原文。',
  );
  await expect(page.locator('.prose')).toHaveAttribute('lang', 'en');
  const cards = page.locator('article.claim');
  const count = await cards.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    await expect(cards.nth(i).locator('.text')).toHaveAttribute('lang', 'en');
    await expect(cards.nth(i).locator('.text')).not.toBeEmpty();
    await expect(cards.nth(i).locator('.untranslated')).toHaveText('尚未翻译：以下显示英文原文。');
  }
  // The page's own words are Chinese all the same.
  await expect(page.getByRole('heading', { name: '引用论文' })).toBeVisible();
});
