import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { allPages, onePageOfEachKind } from './site';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function violations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

test.describe('axe, light theme, every page', () => {
  for (const path of allPages()) {
    test(`${path} has no violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      expect(await violations(page)).toEqual([]);
    });
  }
});

// Colours come from the page templates, not the content, so one page of each kind covers the dark theme.
test.describe('axe, dark theme, one page of each kind', () => {
  for (const path of onePageOfEachKind()) {
    test(`${path} has no violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(path);
      expect(await violations(page)).toEqual([]);
    });
  }
});
