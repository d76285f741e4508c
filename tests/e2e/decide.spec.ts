/**
 * The advisor at /decide/: every outcome reachable by answering, with its claims; shared links
 * restore the state; invalid links fall back with a message; back, start over, change and the
 * browser's history; a keyboard-only walk; and the outline that is all a reader without
 * JavaScript needs. Runs on the fixture site; expectations come from its built
 * /api/decision-flow.json and graph.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { builtSite } from './site';
import { encodeAnswers, type Answer } from '../../src/decide/answers';
import { endings, follow, longestPath, shortestAnswers } from '../../src/decide/walk';
import { en } from '../../src/i18n/en';

const { builtFlow, builtGraph } = builtSite('features');
const flow = builtFlow();
const claims = new Map(
  builtGraph()
    .nodes.filter((n) => n.type === 'claim')
    .map((n) => [n.id, n as import('../../src/graph/types').ClaimNode]),
);
const shortest = shortestAnswers(flow);
const WORD = { yes: 'Yes', no: 'No' } as const;

const advisor = (page: Page) => page.locator('decision-advisor');
const questionHeading = (page: Page) => advisor(page).locator('#advisor-question');
const outcomeHeading = (page: Page) => advisor(page).locator('#advisor-outcome');
const answer = (page: Page, a: Answer) =>
  advisor(page).getByRole('button', { name: WORD[a], exact: true });
const questionAt = (answers: Answer[]) => follow(flow, answers)!.question!;

for (const ending of endings(flow)) {
  test(`every outcome can be reached by answering, and shows the claims behind it: ${ending.id}`, async ({
    page,
  }) => {
    const answers = shortest.get(ending.id)!;
    await page.goto('/decide/');
    for (const a of answers) await answer(page, a).click();
    await expect(page).toHaveURL(new RegExp(`/decide/\\?answers=${encodeAnswers(answers)}$`));
    await expect(outcomeHeading(page)).toHaveText(new RegExp(en.outcome[ending.outcome].title));
    await expect(outcomeHeading(page)).toBeFocused();
    const reasons = advisor(page).locator('.reasons > li');
    await expect(reasons).toHaveCount(ending.because.length);
    for (const [i, id] of ending.because.entries()) {
      const claim = claims.get(id)!;
      await expect(reasons.nth(i).locator('p')).toHaveText(claim.text);
      await expect(reasons.nth(i).locator('.verdict')).toContainText(
        en.verdict[claim.verdict].label,
      );
      await expect(reasons.nth(i).getByRole('link')).toHaveAttribute('href', claim.url!);
    }
    await expect(page).toHaveTitle(new RegExp(`^${en.outcome[ending.outcome].title} · `));
  });
}

test('a supporting claim links to its anchor in the guide', async ({ page }) => {
  const ending = endings(flow)[0]!;
  await page.goto(`/decide/?answers=${encodeAnswers(shortest.get(ending.id)!)}`);
  await advisor(page).locator('.reasons > li').first().getByRole('link').click();
  const claim = claims.get(ending.because[0]!)!;
  await expect(page).toHaveURL(new RegExp(`${claim.url!.replace(/[.?]/g, '\\$&')}$`));
  await expect(page.locator(`[id="claim-${claim.slug}"]`)).toBeInViewport();
});

test('a shared ?answers= link restores the question, the path and the outcome', async ({
  page,
}) => {
  const midway: Answer[] = ['no', 'no'];
  await page.goto(`/decide/?answers=${encodeAnswers(midway)}`);
  await expect(questionHeading(page)).toHaveText(questionAt(midway).question);
  await expect(
    advisor(page).getByText(`Question ${midway.length + 1} of at most ${longestPath(flow)}`),
  ).toBeVisible();
  const path = advisor(page)
    .getByRole('region', { name: 'Your answers' })
    .or(advisor(page).locator('[data-ref="path"]'));
  await expect(path.getByRole('listitem')).toHaveCount(2);
  await expect(path.getByRole('listitem').first()).toContainText(
    `${flow.questions[0]!.question} No`,
  );
  // The outline marks where the reader stands.
  await expect(page.locator(`[id="q-${questionAt(midway).id}"]`)).toHaveAttribute(
    'aria-current',
    'step',
  );

  const ending = endings(flow).at(-1)!;
  const answers = shortest.get(ending.id)!;
  await page.goto(`/decide/?answers=${encodeAnswers(answers).toUpperCase()}`);
  await expect(outcomeHeading(page)).toContainText(en.outcome[ending.outcome].title);
  await expect(page).toHaveURL(new RegExp(`answers=${encodeAnswers(answers)}$`));
  await expect(advisor(page).locator('[data-ref="steps"] > li')).toHaveCount(answers.length);
  await expect(advisor(page).getByRole('alert')).toBeHidden();
});

test('a shared link with answers past its outcome keeps the outcome and names the ignored answers', async ({
  page,
}) => {
  const ending = endings(flow).find((e) => shortest.get(e.id)!.length >= 2)!;
  const settled = shortest.get(ending.id)!;
  const extra: Answer[] = ['no', 'no', 'yes'];
  await page.goto('/decide/');
  await page.goto(`/decide/?answers=${encodeAnswers([...settled, ...extra])}`);
  await expect(outcomeHeading(page)).toContainText(en.outcome[ending.outcome].title);
  await expect(advisor(page).locator('[data-ref="steps"] > li')).toHaveCount(settled.length);
  await expect(advisor(page).getByRole('alert')).toHaveText(
    `The first ${settled.length} answers in this link already lead to a recommendation, so the 3 answers after them (no, no, yes) were ignored.`,
  );
  // The address now holds the answers that count, in place of the shared one.
  await expect(page).toHaveURL(new RegExp(`/decide/\\?answers=${encodeAnswers(settled)}$`));
  await page.goBack();
  await expect(page).toHaveURL(/\/decide\/$/);
  await expect(questionHeading(page)).toHaveText(flow.questions[0]!.question);

  // The site's own example, ?answers=ynny style: when the first answer settles it, the rest are named.
  const first = (['yes', 'no'] as const).find((a) => 'outcome' in flow.questions[0]![a]);
  expect(first, 'an answer to the first question leads straight to an outcome').toBeDefined();
  await page.goto(`/decide/?answers=${encodeAnswers([first!, 'no', 'no', 'yes'])}`);
  await expect(outcomeHeading(page)).toBeVisible();
  await expect(advisor(page).getByRole('alert')).toHaveText(
    'The first answer in this link already leads to a recommendation, so the 3 answers after it (no, no, yes) were ignored.',
  );
  await expect(page).toHaveURL(new RegExp(`answers=${encodeAnswers([first!])}$`));
});

test('unreadable ?answers= falls back to the first question with a message', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  for (const raw of ['maybe', '<img src=x onerror=alert(1)>', `${'y'.repeat(200)}!`]) {
    await page.goto(`/decide/?answers=${encodeURIComponent(raw)}`);
    const alert = advisor(page).getByRole('alert');
    await expect(alert, raw).toBeVisible();
    await expect(alert, raw).toContainText('Starting from the first question.');
    await expect(questionHeading(page)).toHaveText(flow.questions[0]!.question);
    await expect(page).toHaveURL(/\/decide\/$/);
    await expect(page.locator('decision-advisor img')).toHaveCount(0);
  }
  await expect(advisor(page).getByRole('alert')).toContainText(
    '(“yyyyyyyyyyyyyyyyyyyyyyyy…”) could not be read',
  );
  // The message goes once the reader answers.
  await answer(page, 'no').click();
  await expect(advisor(page).getByRole('alert')).toBeHidden();
  expect(dialogs).toBe(0);
});

test("back, start over, change an answer, and the browser's back and forward buttons", async ({
  page,
}) => {
  await page.goto('/decide/');
  await expect(advisor(page).getByRole('button', { name: 'Back' })).toBeHidden();
  await answer(page, 'no').click();
  await answer(page, 'no').click();
  await expect(questionHeading(page)).toHaveText(questionAt(['no', 'no']).question);

  await advisor(page).getByRole('button', { name: 'Back' }).click();
  await expect(page).toHaveURL(/\?answers=n$/);
  await expect(questionHeading(page)).toHaveText(questionAt(['no']).question);
  await expect(questionHeading(page)).toBeFocused();

  await page.goBack();
  await expect(page).toHaveURL(/\?answers=nn$/);
  await expect(questionHeading(page)).toHaveText(questionAt(['no', 'no']).question);
  await page.goBack();
  await expect(page).toHaveURL(/\?answers=n$/);
  await page.goForward();
  await expect(page).toHaveURL(/\?answers=nn$/);

  // Jumping within the outline and back leaves the advisor where it was.
  await page.locator(`[id="q-${flow.questions[0]!.id}"] li[data-answer="no"] a`).click();
  await page.goBack();
  await expect(page).toHaveURL(/\?answers=nn$/);
  await expect(questionHeading(page)).not.toBeFocused();
  await expect(questionHeading(page)).toHaveText(questionAt(['no', 'no']).question);

  await advisor(page).getByRole('link', { name: 'Change your answer to question 1' }).click();
  await expect(page).toHaveURL(/\/decide\/$/);
  await expect(questionHeading(page)).toHaveText(flow.questions[0]!.question);

  await answer(page, 'no').click();
  await advisor(page).getByRole('button', { name: 'Start over' }).click();
  await expect(page).toHaveURL(/\/decide\/$/);
  await expect(questionHeading(page)).toHaveText(flow.questions[0]!.question);
  await expect(advisor(page).locator('[data-ref="path"]')).toBeHidden();
});

test('keyboard only: from the first question to an outcome and back to the start', async ({
  page,
}) => {
  const ending = endings(flow).find((e) => shortest.get(e.id)!.length >= 3)!;
  const answers = shortest.get(ending.id)!;
  await page.goto('/decide/');
  const tabTo = async (name: string) => {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((n) => document.activeElement?.textContent?.trim() === n, name))
        return;
    }
    throw new Error(`Tab never reached "${name}"`);
  };
  for (const [i, a] of answers.entries()) {
    await tabTo(WORD[a]);
    await page.keyboard.press(i % 2 === 0 ? 'Enter' : ' ');
    if (i < answers.length - 1) await expect(questionHeading(page)).toBeFocused();
  }
  await expect(outcomeHeading(page)).toBeFocused();
  await expect(outcomeHeading(page)).toContainText(en.outcome[ending.outcome].title);
  await tabTo('Start over');
  await page.keyboard.press('Enter');
  await expect(questionHeading(page)).toBeFocused();
  await expect(questionHeading(page)).toHaveText(flow.questions[0]!.question);
});

test('copy link to this result puts the shared URL on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const answers = shortest.get(endings(flow)[0]!.id)!;
  await page.goto(`/decide/?answers=${encodeAnswers(answers)}`);
  await advisor(page).getByRole('button', { name: 'Copy link to this result' }).click();
  await expect(advisor(page).getByRole('status')).toHaveText('Link copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test('without JavaScript the whole flow is an outline that leads to every outcome and its claims', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/decide/');
  await expect(advisor(page)).toBeHidden();
  await expect(
    page.getByText('Start at question 1 and follow the link for your answer'),
  ).toBeVisible();
  for (const [i, question] of flow.questions.entries()) {
    const item = page.locator(`[id="q-${question.id}"]`);
    await expect(item.getByRole('heading', { level: 3 })).toHaveText(
      `Question ${i + 1} ${question.question}`,
    );
    await expect(item).toContainText(question.explanation);
    await expect(item).toContainText(question.example);
    for (const a of ['yes', 'no'] as const) {
      const branch = question[a];
      const link = item.locator(`li[data-answer="${a}"] a`);
      await expect(link).toHaveAttribute(
        'href',
        'next' in branch ? `#q-${branch.next}` : `#end-${question.id}-${a}`,
      );
      if ('outcome' in branch) await expect(link).toContainText(en.outcome[branch.outcome].title);
    }
  }
  for (const ending of endings(flow)) {
    const section = page.locator(`[id="end-${ending.id}"]`);
    await expect(section.getByRole('heading')).toContainText(en.outcome[ending.outcome].title);
    const links = section.locator('.reasons > li a');
    await expect(links).toHaveCount(ending.because.length);
    for (const [i, id] of ending.because.entries())
      await expect(links.nth(i)).toHaveAttribute('href', claims.get(id)!.url!);
  }
  // Following the links walks the flow: "no" to the first question, then an outcome of the second.
  await page.locator(`[id="q-${flow.questions[0]!.id}"] li[data-answer="no"] a`).click();
  await expect(page).toHaveURL(new RegExp(`#q-${questionAt(['no']).id}$`));
  await context.close();
});
