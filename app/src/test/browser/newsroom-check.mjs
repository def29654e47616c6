// Loads the newsroom in Debian's headless chromium and checks it live, driven by NewsroomBrowserIT:
// prints READY once the page follows the event stream, STORY <epoch ms> when a story appears without a
// reload (the test ingests in between), then opens the story and prints ARTICLES <n>; back on the list it
// prints AGAIN and STORY <epoch ms> once more for one more ingested article; then adds a rule with the
// form, prints RULE once its topic is followed, and TOPIC <title> when a story fills it. Exit code 0 = passed.
import { chromium } from 'playwright-core';

const [url, screenshot, storyShot] = process.argv.slice(2);
const timeout = 120_000;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
  args: ['--headless', '--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  page.on('pageerror', (error) => console.error('page error: ' + error.message));
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('#live').textContent === 'live', null, { timeout });
  await page.waitForSelector('#topics a[data-topic="disaster"]', { timeout });
  // The list has loaded, and is empty: whatever appears next came live.
  await page.waitForSelector('#empty', { state: 'visible', timeout });
  console.log('READY');

  await page.waitForSelector('[data-story-id]', { timeout });
  console.log('STORY ' + Date.now());
  // Let the rest of the ingested articles arrive, then picture the page as a user sees it.
  await page.waitForFunction(() => document.querySelectorAll('[data-story-id]').length >= 2, null, { timeout });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: screenshot });

  // By id: the list re-renders as events arrive, so "the first card" may be another story a moment later.
  const id = await page.locator('[data-story-id]').first().getAttribute('data-story-id');
  const link = page.locator(`[data-story-id="${id}"] a.title`);
  const title = await link.textContent();
  await link.click();
  await page.waitForSelector('#story-page .article', { timeout });
  const heading = await page.locator('#story-page h1').textContent();
  if (heading !== title) throw new Error(`story page shows "${heading}", the list said "${title}"`);
  const articles = await page.locator('#story-page .article').count();
  console.log('ARTICLES ' + articles);
  if (storyShot) await page.screenshot({ path: storyShot });

  // Warm: back on the list, one more article makes one more story.
  await page.goto(url + '#/');
  await page.waitForFunction(() => document.querySelectorAll('[data-story-id]').length >= 2, null, { timeout });
  const shown = await page.locator('[data-story-id]').count();
  console.log('AGAIN');
  await page.waitForFunction((n) => document.querySelectorAll('[data-story-id]').length > n, shown, { timeout });
  console.log('STORY ' + Date.now());

  // A rule added with the form: the page opens its topic, which fills as the next matching article arrives.
  await page.fill('#rule-slug', 'volcanoes');
  await page.fill('#rule-query', 'keyword:volcano OR keyword:eruption');
  await page.click('#rule-form button');
  await page.waitForSelector('#topics a[data-topic="volcanoes"]', { timeout });
  await page.waitForFunction(() => location.hash === '#/topic/volcanoes' && document.querySelector('#live').textContent === 'live',
    null, { timeout });
  console.log('RULE');
  await page.waitForSelector('[data-story-id]', { timeout });
  console.log('TOPIC ' + (await page.locator('[data-story-id] a.title').first().textContent()));
  // The volcano story names Costa Rica: it has a place on the map, and its dot leads to the story.
  await page.waitForSelector('#map-svg a[data-map-story] circle', { timeout });
} finally {
  await browser.close();
}
