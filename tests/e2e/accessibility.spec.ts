import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { builtSite } from './site';
import { encodeAnswers } from '../../src/decide/answers';
import { endings, shortestAnswers } from '../../src/decide/walk';

const { allPages, onePageOfEachKind, builtFlow, nodesOf } = builtSite('site');
const guidePage = nodesOf('section')[0]!.url!;
const PHONE = { width: 390, height: 844 };
const flow = builtFlow();
const shortest = shortestAnswers(flow);
/** Answers that stop mid-way (the first two "no"s) and answers that reach the flow's last outcome. */
const midway = encodeAnswers(['no', 'no']);
const toAnOutcome = encodeAnswers(shortest.get(endings(flow).at(-1)!.id)!);

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function violations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
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

// States that only exist after interaction or from a URL's parameters, in both themes.
const STATES: Array<{
  name: string;
  path: string;
  viewport?: { width: number; height: number };
  act?: (page: import('@playwright/test').Page) => Promise<void>;
}> = [
  {
    name: 'the header menu open on a phone',
    path: guidePage,
    viewport: PHONE,
    act: async (page) => {
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link').first().waitFor();
    },
  },
  {
    name: '"On this page" open on a phone, a section marked',
    path: guidePage,
    viewport: PHONE,
    act: async (page) => {
      await page.locator('table-of-contents summary').click();
      await page.locator('table-of-contents a').nth(1).click();
      await page.locator('table-of-contents a[aria-current]').waitFor({ state: 'attached' });
    },
  },
  {
    name: 'a guide page scrolled, a section marked beside it',
    path: guidePage,
    act: async (page) => {
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.locator('table-of-contents a').nth(1).click();
      await page.locator('table-of-contents a[aria-current]').waitFor();
    },
  },
  {
    name: 'the advisor after a link with more answers than it needs',
    path: `/decide/?answers=${toAnOutcome}nny`,
  },
  { name: 'the advisor mid-way', path: `/decide/?answers=${midway}` },
  { name: 'the advisor at an outcome', path: `/decide/?answers=${toAnOutcome}` },
  { name: 'the advisor after an unreadable link', path: '/decide/?answers=maybe' },
  {
    name: 'the advisor after answering from the keyboard',
    path: '/decide/',
    act: async (page) => {
      await page.locator('decision-advisor button[data-answer="no"]').focus();
      await page.keyboard.press('Enter');
    },
  },
  {
    name: 'a sorted index table',
    path: '/models/',
    act: (page) => page.getByRole('button', { name: 'Parameters' }).click(),
  },
  { name: 'an index table after an unknown sort', path: '/tasks/?sort=nope' },
  {
    name: 'a copied BibTeX',
    path: '/',
    act: async (page) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.getByRole('button', { name: 'Copy BibTeX' }).click();
    },
  },
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} theme, interactive states`, () => {
    for (const state of STATES) {
      test(`${state.name} has no violations`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        if (state.viewport) await page.setViewportSize(state.viewport);
        await page.goto(state.path);
        await page
          .locator(
            'decision-advisor:not([hidden]), sortable-table button, copy-button:not([hidden])',
          )
          .first()
          .waitFor();
        await state.act?.(page);
        expect(await violations(page)).toEqual([]);
      });
    }
  });
}
