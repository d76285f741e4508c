/**
 * The two editions: every page in both languages, the switch that lands on the same spot, the
 * one-line offer for a reader whose browser prefers the other language, the metadata search
 * engines read, and Chinese typography.
 */
import { expect, test } from './fixtures';
import { builtSite } from './site';

const { sitemapPaths, builtHtml, nodesOf } = builtSite('site');
const english = sitemapPaths().filter((p) => !p.startsWith('/zh/'));
const chinese = sitemapPaths().filter((p) => p.startsWith('/zh/'));

test('every English page has its Chinese twin at /zh/ and the other way round', () => {
  expect(chinese.map((p) => p.slice(3)).sort()).toEqual([...english].sort());
});

test('hreflang alternates are complete, absolute and reciprocal on every page', () => {
  const alternatesOf = (path: string) => {
    const html = builtHtml(path);
    return Object.fromEntries(
      [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [
        m[1],
        new URL(m[2]!),
      ]),
    );
  };
  for (const path of sitemapPaths()) {
    const links = alternatesOf(path);
    expect(Object.keys(links).sort(), path).toEqual(['en', 'x-default', 'zh-CN']);
    expect(links['x-default']!.pathname, path).toBe(links.en!.pathname);
    // Each alternate names this page back: en ↔ zh-CN.
    for (const lang of ['en', 'zh-CN'])
      expect(alternatesOf(links[lang]!.pathname)[lang]!.href, `${path} → ${lang}`).toBe(
        links[lang]!.href,
      );
    expect(links[path.startsWith('/zh/') ? 'zh-CN' : 'en']!.pathname, path).toBe(path);
  }
});

test('a Chinese page says so: html lang, og:locale and its title in Chinese', async ({ page }) => {
  await page.goto('/zh/guide/nlu/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'zh_CN');
  await expect(page.locator('h1')).toHaveText(
    nodesOf('section').find((n) => n.slug === 'nlu')!.zh!.title,
  );
  await page.goto('/guide/nlu/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('every claim is on its page in both languages, with the same anchor, verdict and chips', async ({
  page,
}) => {
  const section = nodesOf('section').find((s) => s.slug === 'nlu')!;
  const card = (id: string) => page.locator(`[id="claim-${id}"]`);
  const read = async (path: string) => {
    await page.goto(path);
    return page.locator('article.claim').evaluateAll((cards) =>
      cards.map((c) => ({
        id: c.id,
        verdict: c.getAttribute('data-verdict'),
        chips: c.querySelectorAll('.chip').length,
        paper: c.querySelector('.provenance')?.getAttribute('href'),
      })),
    );
  };
  const en = await read(section.url!);
  const zh = await read(`/zh${section.url!}`);
  expect(zh).toEqual(en);
  const claim = nodesOf('claim').find((c) => c.slug === 'nlu-ner-conll03') ?? nodesOf('claim')[0]!;
  await page.goto(`/zh${claim.url!}`);
  await expect(card(claim.slug).locator('.text')).toHaveText(claim.zh!.text);
});

test('the switch goes to the same place: page, anchor, query and state, and is remembered', async ({
  page,
}) => {
  const claim = nodesOf('claim')[3]!;
  await page.goto(claim.url!);
  await page
    .getByRole('navigation', { name: 'Language' })
    .getByRole('link', { name: '简体中文' })
    .click();
  await expect(page).toHaveURL(new RegExp(`/zh${claim.url!.replace(/[?#]/g, '\\$&')}$`));
  expect(await page.evaluate(() => localStorage.getItem('llm-guide-language'))).toBe('zh-CN');

  for (const view of [
    '/search/?q=ner&verdict=fine-tuned',
    '/tree/?model=gpt-3',
    '/decide/?answers=nn',
  ]) {
    await page.goto(`/zh${view}`);
    await page
      .getByRole('navigation', { name: '语言' })
      .getByRole('link', { name: 'English' })
      .click();
    await expect(page).toHaveURL(new RegExp(`${view.replace(/[?.]/g, '\\$&')}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }
});

test('a first visit from a browser that prefers Chinese is offered the Chinese page, once', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('/guide/data/?x=1#takeaways');
  const offer = page.locator('language-offer aside');
  await expect(offer).toBeVisible();
  await expect(offer).toHaveAttribute('lang', 'zh-CN');
  await expect(offer.getByRole('link')).toHaveAttribute(
    'href',
    /\/zh\/guide\/data\/\?x=1#takeaways$/,
  );
  await offer.getByRole('button', { name: '不用了' }).click();
  await expect(offer).toBeHidden();
  await page.reload();
  await expect(offer).toBeHidden();
  await context.close();

  // An English reader on an English page is never asked; on a Chinese page, English is offered.
  const english = await browser.newContext({ locale: 'en-GB' });
  const other = await english.newPage();
  await other.goto('/guide/data/');
  await expect(other.locator('language-offer aside')).toBeHidden();
  await other.goto('/zh/guide/data/');
  await expect(other.locator('language-offer aside')).toBeVisible();
  await expect(other.locator('language-offer aside').getByRole('link')).toHaveText(
    'Read it in English',
  );
  await english.close();
});

test('Chinese text uses the system CJK fonts, Chinese line height and no faux italics', async ({
  page,
}) => {
  await page.goto('/zh/guide/data/');
  const style = await page.evaluate(() => {
    const body = getComputedStyle(document.body);
    const em = document.querySelector('.prose em');
    return {
      font: body.fontFamily,
      lineHeight: parseFloat(body.lineHeight) / parseFloat(body.fontSize),
      emStyle: em ? getComputedStyle(em).fontStyle : 'normal',
    };
  });
  expect(style.font).toContain('PingFang SC');
  expect(style.font).toContain('Noto Sans CJK SC');
  expect(style.lineHeight).toBeGreaterThanOrEqual(1.75);
  expect(style.emStyle).toBe('normal');
  // No web font is downloaded for it.
  const fonts = await page.evaluate(() =>
    performance.getEntriesByType('resource').filter((r) => /\.(woff2?|ttf|otf)$/.test(r.name)),
  );
  expect(fonts).toEqual([]);
});

test('the advisor asks in Chinese on /zh/decide/, and explains a shared link in Chinese', async ({
  page,
}) => {
  const flow = builtSite('site').builtFlow();
  const first = flow.questions.find((q) => q.id === flow.start)!;
  await page.goto('/zh/decide/');
  await expect(page.locator('#advisor-question')).toHaveText(first.zh!.question);
  await expect(page.getByRole('button', { name: '是', exact: true })).toBeVisible();
  await page.getByRole('button', { name: '是', exact: true }).click();
  const ending = first.yes as { outcome: keyof typeof flow.zh.outcomes };
  await expect(page.locator('#advisor-outcome')).toContainText(flow.zh.outcomes[ending.outcome]);

  await page.goto('/zh/decide/?answers=yn');
  await expect(page.locator('decision-advisor [data-ref="notice"]')).toContainText('被忽略');
  await page.goto('/zh/decide/?answers=maybe');
  await expect(page.locator('decision-advisor [data-ref="notice"]')).toContainText('无法识别');
});
