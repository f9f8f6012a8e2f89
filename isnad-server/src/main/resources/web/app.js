// Isnad desk page. Every piece of article data reaches the DOM through textContent or
// createTextNode; innerHTML is never used, so markup inside an article stays text.
'use strict';

const SVG_NS = 'http://www.w3.org/2000/svg';
const TYPE_AR = { PERSON: 'شخص', ORGANIZATION: 'منظمة', LOCATION: 'مكان', GROUP: 'جماعة', OTHER: 'أخرى' };
const KIND_AR = { COUNT: 'عدد', OUTCOME: 'نتيجة', INTENSITY: 'شدة', NAME: 'اسم', CAUSE: 'سبب', PLACE: 'مكان',
  TIME: 'زمن', ATTRIBUTION: 'نسبة', OTHER: 'أخرى' };
const app = document.getElementById('app');

/** An element with attributes (never event-handler attributes) and children (strings become text nodes). */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined && !k.startsWith('on')) e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return e;
}

function svg(tag, attrs, text) {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

async function getJson(url) {
  const r = await fetch(url, { headers: { 'Accept': 'application/json' } });
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
  return body;
}

function show(...nodes) { app.replaceChildren(...nodes); }
function fail(err) { show(el('p', { class: 'error' }, 'خطأ: ' + err.message)); }

// ---------- story list ----------
async function renderList() {
  const [data, problems] = await Promise.all([getJson('/api/stories'), getJson('/api/errors').catch(() => ({ errors: [] }))]);
  const list = el('ul', { class: 'stories', id: 'stories' });
  for (const s of data.stories) {
    list.appendChild(el('li', { 'data-story': s.id },
      el('a', { class: 'title', href: '#/story/' + encodeURIComponent(s.id) }, s.title || s.id),
      el('div', { class: 'meta' }, s.articles + ' مقالات · ' + s.contradictions + ' تناقضات · ' + (s.outlets || []).join('، '))));
  }
  show(el('h1', {}, 'القصص'),
    data.dirty ? el('p', { class: 'muted' }, 'التحليل قيد التحديث…') : null,
    failedItems(problems.errors || []),
    data.stories.length ? list : el('p', { class: 'muted', id: 'stories' }, 'لا توجد قصص بعد.'));
}

/** What failed in the last analysis: the items are kept, without the failed layer. */
function failedItems(errors) {
  if (!errors.length) return null;
  const items = el('ul', {});
  for (const e of errors) items.appendChild(el('li', {}, el('bdi', {}, e.source), ' — ' + e.stage + ': ', el('bdi', {}, e.reason)));
  return el('details', { class: 'failed', id: 'failed' },
    el('summary', {}, 'تعذّر تحليل ' + errors.length + ' عنصر جزئيًا (حُفظ المقال دون الطبقة التي فشلت)'), items);
}

// ---------- search ----------
/** Text with [start, end) ranges (absolute offsets; the text starts at `base`) wrapped in <mark>. */
function marked(text, base, ranges) {
  const frag = document.createDocumentFragment();
  let pos = 0;
  for (const h of ranges) {
    const s = h.start - base, e = h.end - base;
    if (s < pos || e > text.length) continue;
    frag.appendChild(document.createTextNode(text.slice(pos, s)));
    frag.appendChild(el('mark', {}, text.slice(s, e)));
    pos = e;
  }
  frag.appendChild(document.createTextNode(text.slice(pos)));
  return frag;
}

async function renderSearch(q) {
  document.getElementById('search').value = q;
  const data = await getJson('/api/search?q=' + encodeURIComponent(q));
  const ol = el('ol', { class: 'results', id: 'results' });
  for (const h of data.hits) {
    const link = h.story ? el('a', { href: '#/story/' + encodeURIComponent(h.story) }, h.title || h.article) : el('span', {}, h.title);
    const snip = h.snippet ? el('div', { class: 'snippet' }, marked(h.snippet.text, h.snippet.start,
      h.highlights.filter(x => x.start >= h.snippet.start && x.end <= h.snippet.end))) : null;
    ol.appendChild(el('li', { 'data-article': h.article }, link, snip));
  }
  show(el('h1', {}, 'نتائج البحث: ' + q), data.hits.length ? ol : el('p', { class: 'muted', id: 'results' }, 'لا نتائج.'));
}

// ---------- dossier ----------
function byId(list) { const m = new Map(); for (const x of list) m.set(x.id, x); return m; }
/** The outlet, else the last part of the source (a file path or URL). */
function outletOf(a) {
  if (!a) return '؟';
  if (a.outlet) return a.outlet;
  const parts = String(a.source).split(/[\\/]/).filter(Boolean);
  return parts.length ? parts[parts.length - 1] : a.source;
}

/** Article text with entity mentions underlined (non-overlapping, first wins). */
function articleText(article, entities) {
  const spans = [];
  for (const e of entities) {
    for (const m of e.mentions) if (m.article === article.id) spans.push({ start: m.start, end: m.end, e });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const box = el('div', { class: 'article-text' });
  let pos = 0;
  for (const s of spans) {
    if (s.start < pos) continue;
    box.appendChild(document.createTextNode(article.text.slice(pos, s.start)));
    box.appendChild(el('span', { class: 'm m-' + s.e.type, 'data-entity': s.e.id, title: s.e.name },
      article.text.slice(s.start, s.end)));
    pos = s.end;
  }
  box.appendChild(document.createTextNode(article.text.slice(pos)));
  return box;
}

function entityPanel(entities) {
  const panel = el('aside', { id: 'entities' }, el('h2', {}, 'الكيانات'));
  const sorted = [...entities].sort((a, b) => b.mentions.length - a.mentions.length);
  for (const e of sorted) {
    const aliases = e.aliases.filter(a => a !== e.name);
    const item = el('div', { class: 'entity', 'data-entity': e.id, tabindex: '0' },
      el('span', { class: 'name' }, e.name),
      el('span', { class: 'badge t-' + e.type }, TYPE_AR[e.type] || e.type),
      el('span', { class: 'meta' }, ' ×' + e.mentions.length),
      aliases.length ? el('div', { class: 'aliases' }, 'يُكتب أيضًا: ' + aliases.join('، ')) : null,
      (e.descriptions || []).length ? el('div', { class: 'aliases' }, e.descriptions.join('؛ ')) : null);
    item.addEventListener('click', () => focusEntity(e.id));
    panel.appendChild(item);
  }
  if (!entities.length) panel.appendChild(el('p', { class: 'muted' }, 'لا كيانات.'));
  return panel;
}

function focusEntity(id) {
  for (const n of document.querySelectorAll('.entity.active, .m.focus')) n.classList.remove('active', 'focus');
  let first = null;
  for (const n of document.querySelectorAll('[data-entity]')) {
    if (n.getAttribute('data-entity') !== id) continue;
    n.classList.add(n.classList.contains('entity') ? 'active' : 'focus');
    if (!first && n.classList.contains('m')) first = n;
  }
  if (first) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

function contradictions(story, articles) {
  const sec = el('section', { id: 'contradictions' }, el('h2', {}, 'تناقضات بين المصادر'));
  for (const c of story.contradictions) {
    const sides = el('div', { class: 'sides' });
    for (const s of c.sides) {
      sides.appendChild(el('div', { class: 'side' },
        el('div', { class: 'outlet', dir: 'auto' }, outletOf(articles.get(s.article))),
        el('blockquote', {}, s.text)));
    }
    sec.appendChild(el('div', { class: 'contradiction' }, el('h3', {}, (KIND_AR[c.kind] || c.kind) + ': ' + c.topic), sides));
  }
  if (!story.contradictions.length) sec.appendChild(el('p', { class: 'muted' }, 'لم يُعثر على تناقضات.'));
  return sec;
}

function claimsTable(claims, entities, articles) {
  const sec = el('section', { id: 'claims' }, el('h2', {}, 'الأقوال: المتحدث × المصدر'));
  if (!claims.length) { sec.appendChild(el('p', { class: 'muted' }, 'لا أقوال منسوبة.')); return sec; }
  const speakerOf = c => c.speakerText || (c.speaker && entities.get(c.speaker) ? entities.get(c.speaker).name : '؟');
  const speakers = [...new Set(claims.map(speakerOf))];
  const outlets = [...new Set(claims.map(c => outletOf(articles.get(c.span.article))))];
  const head = el('tr', {}, el('th', {}, 'المتحدث'), ...outlets.map(o => el('th', {}, o)));
  const table = el('table', { class: 'claims' }, el('thead', {}, head));
  const body = el('tbody');
  for (const sp of speakers) {
    const row = el('tr', {}, el('th', {}, sp));
    for (const o of outlets) {
      const cell = el('td');
      for (const c of claims) {
        if (speakerOf(c) === sp && outletOf(articles.get(c.span.article)) === o) {
          cell.appendChild(el('div', {}, el('span', { class: 'stance' }, (c.cue || c.stance) + ': '), c.span.text));
        }
      }
      row.appendChild(cell);
    }
    body.appendChild(row);
  }
  table.appendChild(body);
  sec.appendChild(table);
  return sec;
}

function timelineChart(story) {
  const sec = el('section', { id: 'timeline' }, el('h2', {}, 'الخط الزمني'));
  const entries = story.timeline.filter(t => t.date && t.date.value)
    .map((t, i) => ({ t, i, key: t.date.value.split('/')[0] }))
    .sort((a, b) => a.key.localeCompare(b.key) || a.i - b.i);
  if (!entries.length) { sec.appendChild(el('p', { class: 'muted' }, 'لا أحداث مؤرخة.')); return sec; }
  // a vertical axis on the right (the reading start in Arabic), one row per entry, earliest on top;
  // a new date gets a larger dot and its label, the same date repeated only a small dot
  const W = 860, row = 28, H = 24 + row * entries.length, axis = W - 130;
  const s = svg('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img', 'aria-label': 'الخط الزمني', direction: 'ltr' });
  s.appendChild(svg('line', { x1: axis, x2: axis, y1: 12, y2: H - 12, stroke: '#94a3b8', 'stroke-width': 2 }));
  let last = null;
  entries.forEach((e, k) => {
    const y = 24 + row * k, fresh = e.key !== last;
    last = e.key;
    const g = svg('g', { class: 'tl-entry' });
    g.appendChild(svg('circle', { cx: axis, cy: y - 4, r: fresh ? 6 : 3, fill: '#0b5d7a' }));
    if (fresh) g.appendChild(svg('text', { x: W - 10, y, 'text-anchor': 'end', 'font-weight': 'bold' }, e.t.date.value));
    const text = e.t.text.length > 95 ? e.t.text.slice(0, 95) + '…' : e.t.text;
    g.appendChild(svg('text', { x: axis - 14, y, 'text-anchor': 'end' }, text));
    g.appendChild(svg('title', {}, e.t.date.value + ' — ' + e.t.text));
    s.appendChild(g);
  });
  sec.appendChild(s);
  return sec;
}

/** A small force layout (Fruchterman-Reingold from a circle), enough for a story's few dozen entities. */
function layout(nodes, edges, W, H) {
  const n = nodes.length, pos = nodes.map((_, i) => ({
    x: W / 2 + (W / 3) * Math.cos(2 * Math.PI * i / Math.max(n, 1)),
    y: H / 2 + (H / 3) * Math.sin(2 * Math.PI * i / Math.max(n, 1)) }));
  const idx = new Map(nodes.map((d, i) => [d.id, i]));
  const k = Math.sqrt(W * H / Math.max(n, 1)) * 0.6;
  for (let it = 0; it < 150; it++) {
    const disp = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      const dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y, d = Math.max(Math.hypot(dx, dy), 0.01), f = k * k / d;
      disp[i].x += dx / d * f; disp[i].y += dy / d * f; disp[j].x -= dx / d * f; disp[j].y -= dy / d * f;
    }
    for (const e of edges) {
      const a = idx.get(e.source), b = idx.get(e.target);
      if (a === undefined || b === undefined) continue;
      const dx = pos[a].x - pos[b].x, dy = pos[a].y - pos[b].y, d = Math.max(Math.hypot(dx, dy), 0.01), f = d * d / k;
      disp[a].x -= dx / d * f; disp[a].y -= dy / d * f; disp[b].x += dx / d * f; disp[b].y += dy / d * f;
    }
    const t = 20 * (1 - it / 150) + 1;
    pos.forEach((p, i) => {
      const d = Math.max(Math.hypot(disp[i].x, disp[i].y), 0.01);
      p.x = Math.min(W - 60, Math.max(60, p.x + disp[i].x / d * Math.min(d, t)));
      p.y = Math.min(H - 30, Math.max(30, p.y + disp[i].y / d * Math.min(d, t)));
    });
  }
  return pos;
}

function graphChart(graph) {
  const sec = el('section', { id: 'graph' }, el('h2', {}, 'شبكة الكيانات'));
  if (!graph.nodes.length) { sec.appendChild(el('p', { class: 'muted' }, 'لا كيانات.')); return sec; }
  const W = 860, H = 480;
  const pos = layout(graph.nodes, graph.edges, W, H);
  const idx = new Map(graph.nodes.map((d, i) => [d.id, i]));
  const s = svg('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img', 'aria-label': 'شبكة الكيانات' });
  const defs = svg('defs');
  const marker = svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 16, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto' });
  marker.appendChild(svg('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#64748b' }));
  defs.appendChild(marker);
  s.appendChild(defs);
  const colors = { 'co-mention': '#cbd5e1', claim: '#0b5d7a', action: '#b91c1c' };
  for (const e of graph.edges) {
    const a = pos[idx.get(e.source)], b = pos[idx.get(e.target)];
    if (!a || !b) continue;
    const line = svg('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: colors[e.kind] || '#999',
      'stroke-width': Math.min(1 + e.weight, 6), class: 'edge edge-' + e.kind });
    if (e.directed) line.setAttribute('marker-end', 'url(#arrow)');
    s.appendChild(line);
  }
  const fill = { PERSON: '#c2410c', ORGANIZATION: '#6d28d9', LOCATION: '#047857', GROUP: '#b45309', OTHER: '#475569' };
  graph.nodes.forEach((d, i) => {
    const g = svg('g', { class: 'node', 'data-entity': d.id });
    g.appendChild(svg('circle', { cx: pos[i].x, cy: pos[i].y, r: 5 + Math.min(d.mentions, 10), fill: fill[d.type] || '#475569' }));
    g.appendChild(svg('text', { x: pos[i].x, y: pos[i].y - 12 - Math.min(d.mentions, 10), 'text-anchor': 'middle' }, d.label));
    g.appendChild(svg('title', {}, d.label + ' (' + (TYPE_AR[d.type] || d.type) + ')'));
    g.addEventListener('click', () => focusEntity(d.id));
    s.appendChild(g);
  });
  sec.appendChild(s);
  return sec;
}

async function renderStory(id) {
  const enc = encodeURIComponent(id);
  const [d, graph] = await Promise.all([getJson('/api/stories/' + enc), getJson('/api/stories/' + enc + '/graph')]);
  const story = d.stories[0];
  const articles = byId(d.articles), entities = byId(d.entities);
  const exports = el('div', { class: 'exports' }, 'تصدير: ',
    ...['json', 'csv', 'gexf', 'md'].map(f => el('a', { href: '/api/stories/' + enc + '/export?format=' + f, download: '' }, f.toUpperCase())));
  const kp = el('section', { id: 'keypoints' }, el('h2', {}, 'النقاط الرئيسية'));
  const kpl = el('ul');
  for (const k of story.keyPoints) {
    kpl.appendChild(el('li', {}, k.text, el('span', { class: 'meta' }, ' (' + [...new Set(k.sources.map(s => outletOf(articles.get(s))))].join('، ') + ')')));
  }
  kp.appendChild(story.keyPoints.length ? kpl : el('p', { class: 'muted' }, 'لا نقاط.'));
  const arts = el('section', { id: 'articles' }, el('h2', {}, 'المقالات (' + d.articles.length + ')'));
  for (const a of d.articles) {
    arts.appendChild(el('article', { class: 'article', 'data-article': a.id, lang: a.language || 'ar' },
      el('h3', {}, a.title),
      el('div', { class: 'meta' }, outletOf(a) + (a.published ? ' · ' + a.published.value : '') + ' · ' + a.id),
      articleText(a, d.entities)));
  }
  const main = el('div', { class: 'main' }, el('h1', { id: 'story-title' }, story.title), exports, kp,
    timelineChart(story), contradictions(story, articles), claimsTable(d.claims, entities, articles), graphChart(graph), arts);
  show(el('div', { class: 'dossier', 'data-story': story.id }, main, entityPanel(d.entities)));
  document.title = story.title + ' — إسناد';
}

// ---------- routing ----------
async function route() {
  const h = location.hash || '#/';
  try {
    if (h.startsWith('#/story/')) await renderStory(decodeURIComponent(h.slice(8)));
    else if (h.startsWith('#/search/')) await renderSearch(decodeURIComponent(h.slice(9)));
    else await renderList();
  } catch (e) { fail(e); }
  app.setAttribute('data-ready', decodeURIComponent(h));
}

document.getElementById('search-form').addEventListener('submit', ev => {
  ev.preventDefault();
  const q = document.getElementById('search').value.trim();
  if (q) location.hash = '#/search/' + encodeURIComponent(q);
});
window.addEventListener('hashchange', route);
route();
