/**
 * The search UI in Chinese, on the real content: /zh/search/ (heading, form, status line, pager,
 * suggestions, facets, verdict badges, without JavaScript too) and the header's dialog on a
 * Chinese reading page (its names, help and status). No English UI word is left in the chrome:
 * names, labels, buttons and messages — the content's own names (GPT-3, CoNLL-2003) aside.
 */
import type { Locator, Page } from '@playwright/test';
import { searchWords } from '../../src/i18n/client/search';
import { searchShellWords } from '../../src/i18n/client/search-shell';
import { zh } from '../../src/i18n/zh';
import { expect, test } from './fixtures';
import { builtSite } from './site';

const { nodesOf } = builtSite('site');
const w = searchWords.zh;
const zhPath = (url: string) => url.replace(/^\//, '/zh/');

/** English UI words, as whole words: none may be in the Chinese chrome. */
const ENGLISH_UI =
  /\b(Search|Filters?|Results?|results?|Page|Previous|Next|Show|fewer|Verdict|Type|Task|Model|Dataset|Section|Paper|Loading|Try|instead|Clear|Remove|matching|shown|chosen|unknown|Close|close|move|open|Find|Browse|external)\b/;

/** The text of the UI's own words in `root`: what is shown and every accessible name given in attributes. */
async function chromeText(root: Locator): Promise<string> {
  return root.evaluate((element) => {
    // Results' own text (claims, names, excerpts) is content, not chrome.
    const content =
      'noscript, .result-text, .result-title, .search-chip, .value, .option-title, .option-text, mark, code, kbd';
    const parts: string[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (!node.parentElement?.closest(content)) parts.push(node.textContent ?? '');
    for (const el of [element, ...element.querySelectorAll('*')])
      for (const attr of ['aria-label', 'placeholder', 'title'])
        if (el.hasAttribute(attr)) parts.push(el.getAttribute(attr)!);
    return parts.join(' ');
  });
}

const expectNoEnglish = async (root: Locator) => {
  const text = await chromeText(root);
  expect(text.match(ENGLISH_UI)?.[0], text).toBeUndefined();
};

const status = (page: Page) => page.locator('search-page [data-ref="summary"]');
const results = (page: Page) => page.locator('[data-ref="results"] > li');

test('/zh/search/ has a Chinese heading, label, button and syntax table', async ({ page }) => {
  await page.goto('/zh/search/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('搜索');
  await expect(page.getByRole('combobox', { name: zh.search.label })).toBeVisible();
  await expect(page.getByRole('button', { name: '搜索', exact: true })).toBeVisible();
  await expect(page.locator('.search-form')).toHaveAttribute('action', '/zh/search/');
  await page.locator('details.syntax summary').click();
  await expect(page.locator('details.syntax th')).toHaveText(['输入', '查找的内容']);
  await expect(page.locator('details.syntax td').nth(3)).toHaveText('一字不差的短语。');
  await expect(page).toHaveTitle(/^搜索/);
  await expect(status(page)).toHaveText(/^整个指南共\d+条结果（显示第1至20条）。$/);
  await expectNoEnglish(page.locator('main'));
});

test('a query gives a Chinese status line, facet labels and verdict badges', async ({ page }) => {
  await page.goto(`/zh/search/?q=${encodeURIComponent('实体识别')}&type=claim`);
  await expect(status(page)).toHaveText(/^“实体识别”共\d+条结果（筛选：论断）。$/);
  await expect(page.locator('search-page .facet legend')).toHaveText([
    '类型',
    '结论',
    '任务',
    '模型',
    '数据集',
    '章节',
    '论文章节',
  ]);
  await expect(page.getByRole('button', { name: /^显示全部\d+项任务$/ })).toBeVisible();
  // A verdict badge says the verdict as the rest of the Chinese site does, with a Chinese lead for screen readers.
  const badge = results(page).locator('.search-verdict').first();
  await expect(badge).toBeVisible();
  const verdict = (await badge.getAttribute('data-verdict')) as keyof typeof w.verdict;
  await expect(badge).toContainText(`结论： ${zh.verdict[verdict].label}`);
  await expect(badge).toHaveAttribute('title', zh.verdict[verdict].long);
  // The chosen filter as a chip, with its remove button named in Chinese.
  await expect(page.locator('.filter-chip').first()).toContainText('类型：论断');
  await expect(page.getByRole('button', { name: '移除“类型：论断”' })).toBeVisible();
  await expectNoEnglish(page.locator('main'));
});

test('the verdict facet and badges use the words of the Chinese verdicts', async ({ page }) => {
  await page.goto('/zh/search/?verdict=fine-tuned');
  await expect(status(page)).toHaveText(/^共\d+条结果（筛选：微调更优(；显示第1至20条)?）。$/);
  await expect(page.locator('search-page .facet[data-facet="verdict"] .value')).toHaveText(
    Object.values(zh.verdict).map((v) => v.label),
  );
  await expect(results(page).locator('.search-verdict').first()).toContainText('结论： 微调更优');
});

test('the pager reads 第2页，共N页 and moves back and forth in Chinese', async ({ page }) => {
  const claims = nodesOf('claim').length;
  const pages = Math.ceil(claims / 20);
  await page.goto('/zh/search/?type=claim');
  const pager = page.getByRole('navigation', { name: '结果分页' });
  await expect(pager).toContainText(`第1页，共${pages}页（${claims}条结果）`);
  await pager.getByRole('link', { name: '下一页 →' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(pager).toContainText(`第2页，共${pages}页（${claims}条结果）`);
  await expect(status(page)).toHaveText(`共${claims}条结果（筛选：论断；显示第21至40条）。`);
  await expect(pager.getByRole('link', { name: '← 上一页' })).toBeVisible();
  await expectNoEnglish(page.locator('main'));
});

test('nothing found: a Chinese message and ways out', async ({ page }) => {
  await page.goto('/zh/search/?q=qqqzzzxq&verbatim=1');
  await expect(status(page)).toHaveText('没有找到“qqqzzzxq”的结果。');
  await expect(page.locator('.no-facets')).toHaveText(w.facets.nothing);
  const suggestions = page.locator('search-page [data-ref="suggestions"]');
  await expect(suggestions).toContainText('可以试试这些：');
  await expect(suggestions.getByRole('link', { name: '浏览全部论断' })).toBeVisible();
  await expectNoEnglish(page.locator('main'));
});

test('an unknown filter value and a link’s problems are said in Chinese', async ({ page }) => {
  await page.goto('/zh/search/?task=nerr&page=x');
  await expect(status(page)).toContainText('已忽略page=“x”：页码从1开始，因此显示第一页。');
  await expect(status(page)).toContainText('没有名为“nerr”的任务。');
  await expect(page.locator('.filter-chip[data-unknown]')).toHaveText(/^任务：nerr（未知）/);
  await expectNoEnglish(page.locator('main'));
});

test('without JavaScript /zh/search/ lists Chinese sections and tasks, linked in Chinese', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/zh/search/');
  const text = await page.locator('main').innerText();
  expect(text).toContain(zh.search.noScript);
  expect(text).toContain('章节');
  const section = nodesOf('section')[0]!;
  const link = page.locator('main .browse a').first();
  await expect(link).toHaveText(section.zh?.title ?? section.title);
  await expect(link).toHaveAttribute('href', zhPath(section.url!));
  await context.close();
});

test('the dialog on a Chinese page: names, help, examples and status in Chinese', async ({
  page,
}) => {
  await page.goto(zhPath(nodesOf('section')[0]!.url!));
  await page.locator('site-search').getByRole('link', { name: /^搜索/ }).click();
  const dialog = page.getByRole('dialog', { name: '搜索指南' });
  await expect(dialog).toBeVisible();
  const box = dialog.getByRole('combobox', { name: searchShellWords.zh.input });
  await expect(box).toBeFocused();
  await expect(dialog.getByRole('button', { name: '关闭搜索' })).toBeVisible();
  await expect(dialog.getByRole('link', { name: '带筛选的搜索页' })).toBeVisible();
  await expect(dialog.locator('.search-help')).toContainText('移动');
  await expect(dialog.locator('.search-status')).toHaveText(w.dialog.empty);
  await expect(dialog.getByRole('option').first()).toContainText('试试');
  await expectNoEnglish(dialog);

  await page.keyboard.insertText('gpt');
  await expect(dialog.locator('.search-status')).toHaveText(/^共\d+条结果，显示其中8条。$/);
  await expect(dialog.getByRole('listbox', { name: '搜索结果' })).toBeVisible();
  await expect(dialog.getByRole('option').last()).toHaveText(/^查看全部\d+条结果，并可筛选$/);
  await expectNoEnglish(dialog);

  await box.fill('task:nerr');
  await expect(dialog.locator('.search-status')).toHaveText(
    /^没有名为“nerr”的任务。请从下面的建议中挑选/,
  );
  await expect(
    dialog
      .getByRole('option')
      .filter({ hasText: /换成|按任务筛选/ })
      .first(),
  ).toBeVisible();
  await expectNoEnglish(dialog);

  await box.fill('task:');
  await expect(dialog.getByRole('option').first()).toContainText('按任务筛选');
  await expect(dialog.getByRole('option').first()).toContainText(/\d+条结果/);
  await expectNoEnglish(dialog);

  await dialog.getByRole('button', { name: '关闭搜索' }).click();
  await expect(dialog).toBeHidden();
});
