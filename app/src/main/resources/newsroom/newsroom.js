// The newsroom page: topics, their stories live over Server-Sent Events, and a page per story.
// Plain DOM and SVG, no framework or build step: the page is served by the stream processors themselves.

const state = { topic: null, storyPage: null, stories: new Map(), topics: [], events: null, fresh: new Set() };
const $ = (selector) => document.querySelector(selector);
const FRESH_MS = 60_000;

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value; else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** The API token the user typed (api.token), kept for this tab only. */
function token() {
  return sessionStorage.getItem('newswire-token') || '';
}

async function api(path, options = {}) {
  const headers = { ...(options.headers || {}) };
  if (token()) headers.Authorization = `Bearer ${token()}`;
  const response = await fetch(path, { ...options, headers });
  if (response.status === 204) return null;
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

function ago(iso) {
  if (!iso) return '';
  const seconds = Math.round((Date.now() - Date.parse(iso)) / 1000);
  if (Math.abs(seconds) > 86400 * 2) return new Date(iso).toISOString().slice(0, 16).replace('T', ' ');
  if (seconds < 60) return 'just now';
  if (seconds < 3600) return Math.round(seconds / 60) + ' min ago';
  return Math.round(seconds / 3600) + ' h ago';
}

/** Articles over the story's life in 24 bins, as small SVG columns (a line misleads for a handful of articles). */
function sparkline(times) {
  const width = 120, height = 32, bins = 24, gap = 1;
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('class', 'spark');
  svg.setAttribute('width', width);
  svg.setAttribute('height', height);
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  if (!times || times.length === 0) return svg;
  const first = Math.min(...times), last = Math.max(...times);
  const span = Math.max(last - first, 1);
  const counts = new Array(bins).fill(0);
  for (const t of times) counts[Math.min(bins - 1, Math.floor(((t - first) / span) * bins))]++;
  const max = Math.max(...counts);
  const barWidth = width / bins - gap;
  counts.forEach((count, i) => {
    const bar = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    const barHeight = count === 0 ? 1 : Math.max(3, (count / max) * (height - 2));
    bar.setAttribute('x', i * (barWidth + gap));
    bar.setAttribute('y', height - barHeight);
    bar.setAttribute('width', barWidth);
    bar.setAttribute('height', barHeight);
    bar.setAttribute('fill', count === 0 ? '#dde2e8' : '#0b63ce');
    svg.append(bar);
  });
  return svg;
}

function storyCard(story) {
  const trending = story.trendingAt !== null && story.trendingAt !== undefined;
  const fresh = state.fresh.has(story.id);
  const sources = story.sources.slice(0, 4).join(', ') + (story.sources.length > 4 ? ` +${story.sources.length - 4}` : '');
  return el('li', { class: `story${trending ? ' trending' : ''}${fresh ? ' fresh' : ''}`, 'data-story-id': story.id },
    el('div', {},
      trending ? el('span', { class: 'badge trending' }, 'TRENDING') : null,
      fresh && story.lastEvent === 'CREATED' ? el('span', { class: 'badge new' }, 'NEW') : null,
      el('span', { class: 'badge status' }, story.status),
      el('a', { class: 'title', href: `#/story/${encodeURIComponent(story.id)}` }, story.title)),
    el('div', { class: 'meta' },
      `${story.articleCount} article${story.articleCount === 1 ? '' : 's'} · ${sources} · `,
      `${story.velocity.toFixed(0)}/h · ${story.topics.join(', ') || 'no topic'} · updated ${ago(story.updatedAt)}`),
    sparkline(story.articleTimes));
}

function renderStories() {
  const list = $('#stories');
  const stories = [...state.stories.values()].sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || a.id.localeCompare(b.id));
  list.replaceChildren(...stories.map(storyCard));
  $('#empty').hidden = stories.length > 0;
  renderMap(stories);
}

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

/** The land outline (equirectangular, x = lon + 180, y = 90 − lat), fetched once. */
let land = null;
async function landPath() {
  if (!land) land = fetch('/world-land.json').then((r) => r.json()).then((j) => j.path).catch(() => '');
  return land;
}

/** A dot per story with a located place; the map hides when no story has one. */
async function renderMap(stories) {
  const located = stories.filter((s) => s.location);
  $('#map').hidden = located.length === 0;
  if (located.length === 0) return;
  const outline = await landPath();
  const dots = located.map((s) => {
    const link = svg('a', { href: `#/story/${encodeURIComponent(s.id)}`, 'data-map-story': s.id },
      svg('circle', { cx: (s.location.longitude + 180).toFixed(2), cy: (90 - s.location.latitude).toFixed(2),
        r: Math.min(6, 1.5 + Math.sqrt(s.articleCount)).toFixed(1), class: 'dot' }),
      svg('title', {}, `${s.title} — ${s.location.name}`));
    return link;
  });
  $('#map-svg').replaceChildren(svg('path', { d: outline, class: 'land' }), ...dots);
}

function renderTopics() {
  const items = [{ slug: null, stories: null, articlesLastHour: null }, ...state.topics].map((topic) => {
    const selected = (topic.slug || null) === state.topic;
    const count = topic.slug === null ? '' : `${topic.stories} · ${topic.articlesLastHour}/h`;
    return el('li', {}, el('a', { href: topic.slug ? `#/topic/${topic.slug}` : '#/', class: selected ? 'selected' : null,
      'data-topic': topic.slug || '', title: topic.query || 'built-in category' },
    el('span', {}, topic.slug || 'All stories', topic.kind === 'rule' ? el('span', { class: 'rule' }, 'rule') : null),
    el('span', { class: 'count' }, count)));
  });
  $('#topics').replaceChildren(...items);
}

async function loadTopics() {
  try {
    state.topics = await api('/api/topics');
    renderTopics();
  } catch (e) {
    setTimeout(loadTopics, 2000); // the processors are still starting (503)
  }
}

let topicsTimer = null;
function refreshTopicsSoon() {
  clearTimeout(topicsTimer);
  topicsTimer = setTimeout(loadTopics, 1000);
}

/** Subscribes first, then loads the list, so no change between the two is missed (an event for a listed story only updates it). */
async function showTopic(slug) {
  state.topic = slug;
  state.storyPage = null;
  $('#list-page').hidden = false;
  $('#story-page').hidden = true;
  $('#list-title').textContent = slug ? `News topic: ${slug}` : 'All stories';
  renderTopics();
  follow(slug);
  state.stories = new Map();
  try {
    const stories = await api(`/api/stories?limit=200${slug ? `&topic=${encodeURIComponent(slug)}` : ''}`);
    for (const story of stories) if (!state.stories.has(story.id)) state.stories.set(story.id, story);
  } catch (e) {
    setTimeout(() => showTopic(slug), 2000);
  }
  renderStories();
}

function follow(slug) {
  if (state.events && state.events.slug === slug) return;
  if (state.events) state.events.source.close();
  // EventSource sends no headers: the token goes as RFC 6750's access_token parameter.
  const query = new URLSearchParams();
  if (slug) query.set('topic', slug);
  if (token()) query.set('access_token', token());
  const source = new EventSource(`/api/events${query.toString() ? `?${query}` : ''}`);
  state.events = { slug, source };
  $('#live').textContent = 'connecting…';
  $('#live').classList.add('off');
  source.onopen = () => { $('#live').textContent = 'live'; $('#live').classList.remove('off'); };
  source.onerror = () => { $('#live').textContent = 'reconnecting…'; $('#live').classList.add('off'); };
  source.addEventListener('story', (message) => onStoryEvent(JSON.parse(message.data)));
}

function onStoryEvent(event) {
  $('#last-event').textContent = `${event.type.toLowerCase().replace('_', ' ')}: ${event.story.title}`;
  const known = state.stories.get(event.storyId);
  const story = { ...event.story, articleTimes: known ? known.articleTimes.slice() : [] };
  if (event.articleId && (event.type === 'CREATED' || event.type === 'ARTICLE_ADDED')) story.articleTimes.push(Date.parse(event.at));
  if (known && known.trendingAt && !story.trendingAt) story.trendingAt = known.trendingAt;
  if (story.mergedInto) {
    state.stories.delete(event.storyId);
  } else {
    state.stories.set(event.storyId, story);
    state.fresh.add(event.storyId);
    setTimeout(() => { state.fresh.delete(event.storyId); if (!$('#list-page').hidden) renderStories(); }, FRESH_MS);
  }
  if (!$('#list-page').hidden) renderStories();
  if (state.storyPage === event.storyId) showStory(event.storyId, 1);
  refreshTopicsSoon();
}

async function showStory(id, attempt = 0) {
  state.storyPage = id;
  $('#list-page').hidden = true;
  const page = $('#story-page');
  page.hidden = false;
  if (attempt === 0) page.replaceChildren(el('p', {}, 'Loading…'));
  let detail;
  try {
    detail = await api(`/api/stories/${encodeURIComponent(id)}`);
  } catch (e) {
    // A story seen live on the event stream reaches the queryable view a commit later; a rebalance answers 503.
    page.replaceChildren(el('p', {}, `Story ${id}: ${e.message}${attempt < 30 ? ' (trying again…)' : ''}`));
    if (attempt < 30) setTimeout(() => { if (state.storyPage === id) showStory(id, attempt + 1); }, 1000);
    return;
  }
  const s = detail.story;
  // Articles reach the view one hop after the story event that announced them: look again while some are missing.
  if (detail.articles.length < Math.min(s.articleCount, 50)) {
    setTimeout(() => { if (state.storyPage === id) showStory(id, attempt + 1); }, Math.min(500 * (attempt + 1), 3000));
  }
  const timeline = el('ol', { class: 'timeline', id: 'timeline' }, detail.articles.map((a) => el('li', { class: 'article', 'data-article-id': a.id },
    el('time', { datetime: a.time }, new Date(a.time).toISOString().slice(0, 16).replace('T', ' ') + ' UTC · ' + a.source), el('br'),
    a.url ? el('a', { href: a.url, rel: 'noopener' }, a.title) : a.title)));
  const languages = s.linkedStories.length === 0 ? el('p', { class: 'meta' }, 'Not linked to a story in another language yet.')
    : el('ul', { class: 'linked', id: 'linked-stories' }, s.linkedStories.map((l) => el('li', {},
      el('span', { class: 'type' }, l.language), ' ', el('a', { href: `#/story/${encodeURIComponent(l.id)}` }, l.title))));
  // The other stories of its storyline: the same actors over weeks, in every language.
  const storyline = el('div', { id: 'storyline' }, el('p', { class: 'meta' }, s.storylineId ? 'Looking for its other stories…' : 'No other story with the same actors yet.'));
  if (s.storylineId) {
    api(`/api/stories?storyline=${encodeURIComponent(s.storylineId)}&limit=20`).then((stories) => {
      const others = stories.filter((o) => o.id !== s.id);
      storyline.replaceChildren(others.length === 0 ? el('p', { class: 'meta' }, 'The only story of its storyline so far.')
        : el('ul', { class: 'linked' }, others.map((o) => el('li', {}, el('span', { class: 'type' }, o.firstSeen.slice(0, 10)), ' ',
          el('a', { href: `#/story/${encodeURIComponent(o.id)}` }, o.title)))));
    }).catch(() => storyline.replaceChildren(el('p', { class: 'meta' }, 'The storyline could not be read.')));
  }
  const entities = el('ul', { class: 'entities' }, s.entities.slice(0, 12).map((e) => el('li', {},
    el('a', { href: `#/entity/${encodeURIComponent(e.id)}` }, e.name), el('span', { class: 'type' }, e.type))));
  // The same words from the same speaker, carried by several outlets, are one quotation.
  const quotes = new Map();
  for (const a of detail.articles) {
    for (const q of a.quotations.filter((q) => q.speaker)) {
      const key = `${q.speaker}\u0000${q.text}`;
      if (!quotes.has(key)) quotes.set(key, { ...q, sources: [] });
      if (!quotes.get(key).sources.includes(a.source)) quotes.get(key).sources.push(a.source);
    }
  }
  const said = quotes.size === 0 ? el('p', { class: 'meta' }, 'No attributed quotations.')
    : el('div', {}, [...quotes.values()].slice(0, 20).map((q) => el('figure', { class: 'quote' },
      el('blockquote', {}, `“${q.text}”`), el('figcaption', { class: 'who' }, `— ${q.speaker} (${q.sources.join(', ')})`))));
  page.replaceChildren(
    el('a', { href: state.topic ? `#/topic/${state.topic}` : '#/' }, '← back'),
    el('h1', {}, s.title),
    el('p', { class: 'meta' }, `${s.status} · ${s.articleCount} articles from ${s.sourceCount} outlets · first seen ${ago(s.firstSeen)} · `
      + `last ${ago(s.lastSeen)} · topics: ${s.topics.join(', ') || 'none'}`),
    sparkline(s.articleTimes),
    el('div', { class: 'columns' },
      el('section', {}, el('h2', {}, 'Timeline'), timeline),
      el('aside', {}, el('div', { class: 'panel' }, el('h2', {}, 'Top entities'), entities),
        el('div', { class: 'panel' }, el('h2', {}, 'In other languages'), languages),
        el('div', { class: 'panel' }, el('h2', {}, 'Storyline'), storyline),
        el('div', { class: 'panel' }, el('h2', {}, 'Who said what'), said))));
}

/** An entity: its names and type from the catalogue, and the stories it leads. */
async function showEntity(id) {
  state.storyPage = null;
  $('#list-page').hidden = true;
  const page = $('#story-page');
  page.hidden = false;
  page.replaceChildren(el('p', {}, 'Loading…'));
  let entity;
  try {
    entity = await api(`/api/entities/${encodeURIComponent(id)}`);
  } catch (e) {
    page.replaceChildren(el('p', {}, `Entity ${id}: ${e.message}`));
    return;
  }
  const fresh = state.fresh;
  state.fresh = new Set();
  const stories = el('ol', { id: 'entity-stories' }, entity.stories.map(storyCard));
  state.fresh = fresh;
  page.replaceChildren(
    el('a', { href: state.topic ? `#/topic/${state.topic}` : '#/' }, '← back'),
    el('h1', {}, entity.name),
    el('p', { class: 'meta' }, `${entity.type} · in ${entity.articles} article${entity.articles === 1 ? '' : 's'}`
      + (entity.aliases.length ? ` · also written ${entity.aliases.join(', ')}` : ''),
      ...(entity.aliasOf ? [' · a name of ', el('a', { href: `#/entity/${encodeURIComponent(entity.aliasOf)}` }, entity.aliasOf)] : [])),
    el('ul', { id: 'entity-languages' }, Object.entries(entity.languages || {}).map(([language, named]) =>
      el('li', { lang: language }, `${language}: ${named.name}`
        + (named.aliases.length ? ` (${named.aliases.join(', ')})` : '') + ` · ${named.articles} article${named.articles === 1 ? '' : 's'}`))),
    el('h2', {}, 'Stories'), stories);
}

function route() {
  const hash = decodeURIComponent(location.hash.replace(/^#\/?/, ''));
  if (hash.startsWith('story/')) {
    showStory(hash.slice('story/'.length));
  } else if (hash.startsWith('entity/')) {
    showEntity(hash.slice('entity/'.length));
  } else {
    showTopic(hash.startsWith('topic/') ? hash.slice('topic/'.length) : null);
  }
}

$('#rule-form').addEventListener('submit', async (submit) => {
  submit.preventDefault();
  if ($('#api-token').value) sessionStorage.setItem('newswire-token', $('#api-token').value);
  const slug = $('#rule-slug').value.trim();
  const message = $('#rule-message');
  try {
    await api(`/api/rules/${encodeURIComponent(slug)}`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: $('#rule-query').value }) });
    message.className = '';
    message.textContent = `Added ${slug}: new stories matching it will appear there.`;
    await loadTopics();
    location.hash = `#/topic/${slug}`;
  } catch (e) {
    message.className = 'error';
    message.textContent = e.message;
  }
});

window.addEventListener('hashchange', route);
setInterval(loadTopics, 15_000); // counts of the last hour also fall as time passes
loadTopics();
route();
