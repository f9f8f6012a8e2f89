// Isnad desk page. Every piece of article data reaches the DOM through textContent or
// createTextNode; innerHTML is never used, so markup inside an article stays text.
//
// Routes (the hash is the whole state, so any view can be shared and reopened):
//   #/?sort=size&outlet=X&page=2              the story list (sorted, filtered and paged by the server)
//   #/search/WORDS                            search results, grouped by story
//   #/story/ID                                a story's dossier
//   #/story/ID/article/ARTICLE/span/S-E       the dossier with [S, E) of ARTICLE's text highlighted
//   ...?q=WORDS                               (after a story address) the search's hits marked in the dossier
//   #/events?type=ATTACK&country=SY           the desk's events: table and map
//   #/entity/ID                               one referent across every story of the desk
'use strict';

const SVG_NS = 'http://www.w3.org/2000/svg';

// ---------- Arabic labels for the API's enum names ----------
// The API speaks English enum names; the page never shows them. A value without a label (a newer
// server) is shown as its name, isolated, rather than dropped.
const TYPE_AR = { PERSON: 'شخص', ORGANIZATION: 'منظمة', LOCATION: 'مكان', GROUP: 'جماعة', OTHER: 'أخرى' };
const KIND_AR = { COUNT: 'عدد', OUTCOME: 'نتيجة', INTENSITY: 'شدة', NAME: 'اسم', CAUSE: 'سبب', PLACE: 'مكان',
  TIME: 'زمن', ATTRIBUTION: 'نسبة', OTHER: 'أخرى' };
const EVENT_AR = { ARMED_CLASH: 'اشتباك مسلح', ATTACK: 'هجوم', RAID_OR_SIEGE: 'مداهمة أو حصار', ARREST: 'اعتقال',
  ABDUCTION: 'اختطاف', KILLING: 'قتل', AGREEMENT: 'اتفاق', MOBILIZATION: 'حشد', STATEMENT: 'تصريح',
  ACCUSATION: 'اتهام', DENIAL: 'نفي', HANDOVER: 'تسليم', NEGOTIATION: 'تفاوض', PROTEST: 'احتجاج', OTHER: 'أخرى' };
const STANCE_AR = { ASSERTS: 'يؤكد', ALLEGES: 'يزعم', DENIES: 'ينفي', REPORTS: 'ينقل', DEMANDS: 'يطالب',
  THREATENS: 'يهدد' };
const PRECISION_AR = { DAY: 'باليوم', MONTH: 'بالشهر', YEAR: 'بالسنة', INTERVAL: 'فترة', APPROXIMATE: 'تقريبي' };
const COUNT_AR = { KILLED: 'قتلى', INJURED: 'جرحى', ARRESTED: 'معتقلون', ABDUCTED: 'مختطفون', DISPLACED: 'نازحون',
  FIGHTERS: 'مقاتلون', OTHER: 'أخرى' };
// read by the browser test, which checks that every enum constant of the server has a label here
window.isnadLabels = Object.freeze({ type: TYPE_AR, kind: KIND_AR, event: EVENT_AR, stance: STANCE_AR, count: COUNT_AR,
  precision: PRECISION_AR });

function labelOf(map, name) { return map[name] || map[String(name).toUpperCase()] || name; }

const app = document.getElementById('app');

// ---------- bidi ----------
// A left-to-right run (a Latin name, an id, a file name, a date or a range like 2025-10-21) set
// in right-to-left text reorders its neutral neighbours: "(a-b)" can read "(b-a" and an id's
// hyphen jumps sides. Each such run goes into its own <bdi>. Plain digit runs ("24") need none.
const LTR_RUN = /[A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F](?:[A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F_.,:\/\\@#%&+=~'\-\u2010-\u2015 ]*[A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F])?/g;
// (Latin letters with accents, without × and ÷ which sit among them)
const NEEDS_ISOLATION = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]|\d[^\d\s]/;

/** `s` as text nodes, with every left-to-right run that needs it wrapped in <bdi>. */
function bidiText(s) {
  const frag = document.createDocumentFragment();
  let pos = 0;
  for (const m of s.matchAll(LTR_RUN)) {
    if (!NEEDS_ISOLATION.test(m[0])) continue;
    if (m.index > pos) frag.appendChild(document.createTextNode(s.slice(pos, m.index)));
    const b = document.createElement('bdi');
    b.textContent = m[0];
    frag.appendChild(b);
    pos = m.index + m[0].length;
  }
  if (pos < s.length) frag.appendChild(document.createTextNode(s.slice(pos)));
  return frag;
}

// ---------- DOM helpers ----------
/**
 * An element with attributes (never event-handler attributes) and children. String children go
 * through bidiText; article text that must stay byte-exact is appended as plain text nodes instead.
 */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined && !k.startsWith('on')) e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (typeof c === 'string' || typeof c === 'number') {
      e.appendChild(tag === 'bdi' ? document.createTextNode(String(c)) : bidiText(String(c)));
    } else {
      e.appendChild(c);
    }
  }
  return e;
}

function svg(tag, attrs, text) {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

const ARABIC = /[\u0600-\u06FF]/;
const STATUS_AR = { 400: 'طلب غير صالح', 401: 'يلزم تسجيل الدخول', 403: 'غير مسموح', 404: 'غير موجود',
  413: 'الطلب أكبر من المسموح', 429: 'طلبات كثيرة، حاول بعد قليل', 500: 'خطأ في الخادم', 503: 'الخادم مشغول' };

/** The JSON of `url`; a failure is an Error with an Arabic message (the server's own when it is Arabic). */
async function getJson(url) {
  let r;
  try {
    r = await fetch(url, { headers: { 'Accept': 'application/json' } });
  } catch (e) {
    throw new Error('تعذّر الاتصال بالخادم');
  }
  const body = await r.json().catch(() => ({}));
  if (!r.ok) {
    const own = typeof body.error === 'string' && ARABIC.test(body.error) ? body.error : null;
    throw new Error(own || STATUS_AR[r.status] || ('خطأ ' + r.status));
  }
  return body;
}

/** `#/path?a=b` parameters as an object, and back. */
function paramsOf(query) { return Object.fromEntries(new URLSearchParams(query || '')); }
function queryOf(params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') p.set(k, v);
  const q = p.toString();
  return q ? '?' + q : '';
}

// replaceChildren would print a null (an optional part left out) as the text "null"
function show(...nodes) { app.replaceChildren(...nodes.filter(n => n !== null && n !== undefined)); }
function fail(err) {
  // messages from the server are Arabic (getJson); anything else is the page's own fault, not the reader's
  if (!ARABIC.test(err.message)) console.error(err);
  show(el('p', { class: 'error' }, 'خطأ: ' + (ARABIC.test(err.message) ? err.message : 'تعذّر عرض هذه الصفحة')));
}

/** "a، b، c" with each part its own isolated element, so one part's direction cannot leak into the next. */
function joined(parts, sep) {
  const frag = document.createDocumentFragment();
  parts.forEach((p, i) => {
    if (i) frag.appendChild(document.createTextNode(sep || '، '));
    frag.appendChild(el('bdi', {}, p));
  });
  return frag;
}

// ---------- story list ----------
const SORT_AR = { recent: 'الأحدث تحديثًا', size: 'الأكثر مقالات', outlets: 'الأكثر مصادر' };
const PAGE_SIZE = 20;

/** "2018-07-06 – 2018-07-08" (one date when both are the same), each date isolated. */
function dateRange(first, last) {
  if (!first) return el('span', { class: 'muted' }, 'بلا تاريخ');
  if (!last || first === last) return el('bdi', { class: 'date' }, first);
  return el('span', { class: 'dates' }, el('bdi', {}, first), ' – ', el('bdi', {}, last));
}

function entityHref(id) { return '#/entity/' + encodeURIComponent(id); }

/** An entity's name as a link to its page across the desk, with its type as a badge. */
function entityChip(r) {
  return el('span', { class: 'chip' }, el('a', { href: entityHref(r.id), class: 'entity-link', 'data-entity': r.id }, r.name),
    r.type ? el('span', { class: 'badge t-' + r.type }, labelOf(TYPE_AR, r.type)) : null);
}

function select(name, label, options, value) {
  const s = el('select', { name, 'aria-label': label }, el('option', { value: '' }, label));
  for (const o of options) {
    const opt = el('option', { value: o.value }, o.label);
    if (String(o.value) === String(value || '')) opt.selected = true;
    s.appendChild(opt);
  }
  return s;
}

/** The list's filters; submitting writes them into the address, so a filtered list can be shared. */
function listFilters(p, facets) {
  const form = el('form', { class: 'filters', id: 'filters' },
    select('sort', 'الترتيب', Object.entries(SORT_AR).map(([v, l]) => ({ value: v, label: l })), p.sort || 'recent'),
    el('label', {}, 'من ', el('input', { type: 'date', name: 'from', value: p.from || '' })),
    el('label', {}, 'إلى ', el('input', { type: 'date', name: 'to', value: p.to || '' })),
    select('outlet', 'كل المصادر', facets.outlets.map(o => ({ value: o.value, label: o.value + ' (' + o.count + ')' })), p.outlet),
    select('type', 'كل أنواع الأحداث', facets.eventTypes.map(o => ({ value: o.value, label: labelOf(EVENT_AR, o.value) + ' (' + o.count + ')' })), p.type),
    select('country', 'كل البلدان', facets.countries.map(o => ({ value: o.code, label: o.name + ' (' + o.count + ')' })), p.country),
    el('input', { type: 'search', name: 'entity', value: p.entity || '', placeholder: 'اسم كيان', 'aria-label': 'كيان' }),
    el('button', { type: 'submit' }, 'تصفية'),
    el('a', { href: '#/', class: 'reset' }, 'مسح'));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const q = Object.fromEntries(new FormData(form));
    if (q.sort === 'recent') delete q.sort;
    location.hash = '#/' + queryOf(q);
  });
  form.querySelector('select[name=sort]').addEventListener('change', () => form.requestSubmit());
  return form;
}

function pager(base, p, total, size) {
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Number(p.page || 1);
  if (pages === 1) return null;
  const at = n => base + queryOf({ ...p, page: n === 1 ? null : n });
  return el('nav', { class: 'pager', 'aria-label': 'الصفحات' },
    page > 1 ? el('a', { href: at(page - 1), rel: 'prev' }, 'السابق') : null,
    el('span', {}, 'صفحة ' + page + ' من ' + pages),
    page < pages ? el('a', { href: at(page + 1), rel: 'next' }, 'التالي') : null);
}

async function renderList(query) {
  const p = paramsOf(query);
  const api = '/api/desk/stories' + queryOf({ ...p, size: PAGE_SIZE });
  const [data, problems] = await Promise.all([getJson(api), getJson('/api/errors').catch(() => ({ errors: [] }))]);
  const list = el('ul', { class: 'stories', id: 'stories' });
  for (const s of data.stories) {
    list.appendChild(el('li', { 'data-story': s.id },
      el('a', { class: 'title', href: storyHref(s.id) }, s.title || 'قصة بلا عنوان'),
      el('div', { class: 'meta' }, dateRange(s.first, s.last), ' · ', s.articles + ' مقالات · ' + s.outlets.length + ' مصادر',
        s.contradictions ? ' · ' + s.contradictions + ' تناقضات' : '', s.events ? ' · ' + s.events + ' أحداث' : ''),
      el('div', { class: 'meta outlets' }, joined(s.outlets)),
      s.top.length ? el('div', { class: 'top-entities' }, ...s.top.map(entityChip)) : null,
      s.countries.length ? el('div', { class: 'meta' }, 'البلدان: ', joined(s.countries.map(c => c.name))) : null));
  }
  const filtered = Object.keys(p).some(k => k !== 'sort' && k !== 'page');
  show(el('div', { class: 'list-head' }, el('h1', {}, 'القصص'), el('a', { href: '#/events', class: 'to-events' }, 'الأحداث والخريطة')),
    listFilters(p, data.facets),
    el('p', { class: 'muted', id: 'count' }, data.total + (filtered ? ' قصة تطابق التصفية' : ' قصة') + ' · ' + labelOf(SORT_AR, data.sort)),
    data.dirty ? el('p', { class: 'muted' }, 'التحليل قيد التحديث…') : null,
    failedItems(problems.errors || []),
    data.stories.length ? list : el('p', { class: 'muted', id: 'stories' }, filtered ? 'لا قصص تطابق التصفية.' : 'لا توجد قصص بعد.'),
    pager('#/', p, data.total, data.size));
}

/** What failed in the last analysis: the items are kept, without the failed layer. */
function failedItems(errors) {
  if (!errors.length) return null;
  const items = el('ul', {});
  for (const e of errors) items.appendChild(el('li', {}, el('bdi', {}, e.source), ' — ', el('bdi', {}, e.stage), ': ', el('bdi', {}, e.reason)));
  return el('details', { class: 'failed', id: 'failed' },
    el('summary', {}, 'تعذّر تحليل ' + errors.length + ' عنصر جزئيًا (حُفظ المقال دون الطبقة التي فشلت)'), items);
}

// ---------- links to evidence ----------
function storyHref(storyId) { return '#/story/' + encodeURIComponent(storyId); }

/** The shareable address of a span: the dossier of `storyId` with [start, end) of the article marked. */
function spanHref(storyId, span, params) {
  return storyHref(storyId) + '/article/' + encodeURIComponent(span.article) + '/span/' + span.start + '-' + span.end
    + queryOf(params || (current && current.story.id === storyId ? current.params : {}));
}

function spanKey(span) { return span.article + '/' + span.start + '-' + span.end; }

/**
 * A link from a finding to the place in its article that supports it. Clicking it again after
 * scrolling away re-selects (the hash does not change, so no hashchange would fire).
 */
function evidenceLink(storyId, span, ...children) {
  // an optional plain object after the span: address parameters to carry (the search query)
  const params = children.length && children[0] && children[0].constructor === Object ? children.shift() : null;
  const a = el('a', { class: 'evidence-link', href: spanHref(storyId, span, params), 'data-span': spanKey(span) }, ...children);
  a.addEventListener('click', () => {
    if (location.hash === a.getAttribute('href')) selectEvidence(span);
  });
  return a;
}

/**
 * Where `text` (a key point or timeline entry: the API gives these as text with article ids, not
 * offsets) occurs in one of `articleIds`; null when no article contains it as written.
 */
function locate(text, articleIds, articles) {
  const needle = text.replace(/…$/, '').trim();
  if (!needle) return null;
  for (const id of articleIds) {
    const a = articles.get(id);
    const at = a ? a.text.indexOf(needle) : -1;
    if (at >= 0) return { article: id, start: at, end: at + needle.length, text: needle };
  }
  return null;
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
    const m = document.createElement('mark');
    m.textContent = text.slice(s, e);
    frag.appendChild(m);
    pos = e;
  }
  frag.appendChild(document.createTextNode(text.slice(pos)));
  return frag;
}

/** A hit's link: to the first match shown in its snippet, inside the story's dossier, with the query carried along. */
function hitLink(storyId, h, q) {
  const title = h.title || 'مقال بلا عنوان';
  const inSnippet = h.snippet ? h.highlights.filter(x => x.start >= h.snippet.start && x.end <= h.snippet.end) : [];
  const best = inSnippet[0] || h.highlights[0];
  if (!best) return el('a', { href: storyHref(storyId) + queryOf({ q }) }, title);
  return evidenceLink(storyId, { article: h.article, start: best.start, end: best.end, text: best.text }, { q }, title);
}

async function renderSearch(q) {
  document.getElementById('search').value = q;
  const data = await getJson('/api/desk/search?q=' + encodeURIComponent(q));
  const ol = el('ol', { class: 'results', id: 'results' });
  for (const g of data.stories) {
    const hits = el('ul', { class: 'hits' });
    for (const h of g.hits) {
      const snip = h.snippet ? el('div', { class: 'snippet raw', dir: 'auto' }, marked(h.snippet.text, h.snippet.start,
        h.highlights.filter(x => x.start >= h.snippet.start && x.end <= h.snippet.end))) : null;
      hits.appendChild(el('li', { 'data-article': h.article }, hitLink(g.id, h, q), snip));
    }
    ol.appendChild(el('li', { class: 'result-story', 'data-story': g.id },
      el('h2', {}, el('a', { href: storyHref(g.id) + queryOf({ q }) }, g.title || 'قصة بلا عنوان')),
      el('div', { class: 'meta' }, dateRange(g.first, g.last), ' · ' + g.hits.length + ' مقالات فيها نتائج'), hits));
  }
  show(el('h1', {}, 'نتائج البحث: ', el('bdi', {}, q)),
    data.expanded.length ? el('p', { class: 'muted', id: 'expanded' }, 'بحثنا أيضًا عن أسمائه الأخرى: ', joined(data.expanded)) : null,
    data.stories.length ? ol : el('p', { class: 'muted', id: 'results' }, 'لا نتائج.'));
}

// ---------- dossier ----------
/** The dossier on screen: kept so that selecting another span of it does not fetch and redraw it. */
let current = null;

function byId(list) { const m = new Map(); for (const x of list) m.set(x.id, x); return m; }
/** The outlet, else the last part of the source (a file path or URL). */
function outletOf(a) {
  if (!a) return '؟';
  if (a.outlet) return a.outlet;
  const parts = String(a.source).split(/[\\/]/).filter(Boolean);
  return parts.length ? parts[parts.length - 1] : a.source;
}

/** The entity mentions of one article, sorted, overlaps dropped (the first, longest one wins). */
function mentionsOf(article, entities) {
  const spans = [];
  for (const e of entities) {
    for (const m of e.mentions) if (m.article === article.id) spans.push({ start: m.start, end: m.end, e });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  for (const s of spans) if (!kept.length || s.start >= kept[kept.length - 1].end) kept.push(s);
  return kept;
}

/**
 * Appends text[from, to) with the mentions in it underlined and the search hits in it marked
 * (<mark class="hit">); a mention or hit crossing an edge is cut there.
 */
function appendMentions(parent, text, from, to, mentions, hits) {
  const cuts = new Set([from, to]);
  for (const r of [...mentions, ...(hits || [])]) {
    if (r.start > from && r.start < to) cuts.add(r.start);
    if (r.end > from && r.end < to) cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i], e = points[i + 1];
    let node = document.createTextNode(text.slice(s, e));
    const m = mentions.find(x => x.start <= s && e <= x.end);
    if (m) {
      const span = el('span', { class: 'm m-' + m.e.type + (current && current.focus === m.e.id ? ' focus' : ''),
        'data-entity': m.e.id, title: m.e.name });
      span.appendChild(node);
      node = span;
    }
    if ((hits || []).some(h => h.start <= s && e <= h.end)) {
      const mark = el('mark', { class: 'hit' });
      mark.appendChild(node);
      node = mark;
    }
    parent.appendChild(node);
  }
}

/**
 * The article text exactly as stored (text nodes only), entity mentions underlined, search hits
 * marked and, when `sel` is given, [sel.start, sel.end) inside one <mark id="evidence-mark">.
 */
function articleText(article, entities, sel, hits) {
  const box = el('div', { class: 'article-text raw', dir: 'auto' });
  const mentions = mentionsOf(article, entities);
  const text = article.text;
  if (!sel) {
    appendMentions(box, text, 0, text.length, mentions, hits);
    return box;
  }
  appendMentions(box, text, 0, sel.start, mentions, hits);
  const mark = el('mark', { id: 'evidence-mark', class: 'evidence' });
  appendMentions(mark, text, sel.start, sel.end, mentions, hits);
  box.appendChild(mark);
  appendMentions(box, text, sel.end, text.length, mentions, hits);
  return box;
}

const SENTENCE_END = /[.!?؟\n]/;
/** The sentence(s) around [start, end): from after the previous full stop to the next one, inclusive. */
function sentenceAround(text, start, end) {
  let from = start, to = end;
  while (from > 0 && !SENTENCE_END.test(text[from - 1])) from--;
  while (to < text.length && !SENTENCE_END.test(text[to])) to++;
  if (to < text.length && text[to] !== '\n') to++;
  while (from < start && /\s/.test(text[from])) from++;
  return { from, to };
}

/** The panel that quotes the selected span in its sentence, with outlet and publication time. */
function evidenceCard(article, sel) {
  const { from, to } = sentenceAround(article.text, sel.start, sel.end);
  const sentence = el('blockquote', { class: 'sentence raw', dir: 'auto' });
  sentence.appendChild(document.createTextNode(article.text.slice(from, sel.start)));
  const m = document.createElement('mark');
  m.textContent = article.text.slice(sel.start, sel.end);
  sentence.appendChild(m);
  sentence.appendChild(document.createTextNode(article.text.slice(sel.end, to)));
  const published = article.published ? article.published.value : null;
  return el('aside', { id: 'evidence', 'data-article': article.id, role: 'region', 'aria-label': 'الدليل' },
    el('div', { class: 'evidence-head' },
      el('strong', { class: 'outlet' }, el('bdi', {}, outletOf(article))), ' · ',
      published ? el('time', { datetime: published }, 'نُشر ', el('bdi', {}, published)) : el('span', { class: 'muted' }, 'تاريخ النشر غير معروف'),
      ' · ', el('span', { class: 'muted' }, article.title || ''),
      el('a', { class: 'close', href: storyHref(current.story.id) + queryOf(current.params), 'aria-label': 'إغلاق' }, '×')),
    sentence);
}

/** Highlights `sel` in its article, quotes it in the evidence panel and scrolls to it. */
function selectEvidence(sel) {
  clearEvidence();
  const article = current.articles.get(sel.article);
  const box = article && app.querySelector('article[data-article="' + CSS.escape(sel.article) + '"] .article-text');
  if (!box || !(sel.start >= 0 && sel.start < sel.end && sel.end <= article.text.length)) {
    current.view.appendChild(el('aside', { id: 'evidence', class: 'error' }, 'الموضع المطلوب غير موجود في هذا الملف.'));
    return;
  }
  box.replaceWith(articleText(article, current.entityList, sel, current.hits.get(article.id)));
  current.selected = sel.article;
  const key = spanKey(sel);
  for (const a of app.querySelectorAll('.evidence-link')) a.classList.toggle('current', a.getAttribute('data-span') === key);
  current.view.appendChild(evidenceCard(article, sel));
  document.body.classList.add('has-evidence');
  document.getElementById('evidence-mark').scrollIntoView({ block: 'center' });
}

/** Undoes selectEvidence: the article text without the mark, no panel. */
function clearEvidence() {
  document.body.classList.remove('has-evidence');
  if (!current) return;
  const old = document.getElementById('evidence');
  if (old) old.remove();
  for (const a of app.querySelectorAll('.evidence-link.current')) a.classList.remove('current');
  if (current.selected) {
    const box = app.querySelector('article[data-article="' + CSS.escape(current.selected) + '"] .article-text');
    if (box) box.replaceWith(articleText(current.articles.get(current.selected), current.entityList, null, current.hits.get(current.selected)));
    current.selected = null;
  }
}

function entityPanel(entities) {
  const panel = el('aside', { id: 'entities' }, el('h2', {}, 'الكيانات'));
  const sorted = [...entities].sort((a, b) => b.mentions.length - a.mentions.length);
  for (const e of sorted) {
    const aliases = e.aliases.filter(a => a !== e.name);
    // separate elements and spaces between name, badge and count: copied text reads "name type ×n"
    const item = el('div', { class: 'entity', 'data-entity': e.id, tabindex: '0' },
      el('span', { class: 'name' }, e.name), ' ',
      el('span', { class: 'badge t-' + e.type }, labelOf(TYPE_AR, e.type)), ' ',
      el('span', { class: 'meta' }, '×' + e.mentions.length), ' ',
      el('a', { href: entityHref(e.id), class: 'entity-page' }, 'كل القصص'),
      aliases.length ? el('div', { class: 'aliases' }, 'يُكتب أيضًا: ', joined(aliases)) : null,
      (e.descriptions || []).length ? el('div', { class: 'aliases' }, joined(e.descriptions, '؛ ')) : null);
    item.addEventListener('click', () => focusEntity(e.id));
    panel.appendChild(item);
  }
  if (!entities.length) panel.appendChild(el('p', { class: 'muted' }, 'لا كيانات.'));
  return panel;
}

function focusEntity(id, scroll = true) {
  if (current) current.focus = id;
  for (const n of document.querySelectorAll('.entity.active, .m.focus')) n.classList.remove('active', 'focus');
  let first = null;
  for (const n of document.querySelectorAll('[data-entity]')) {
    if (n.getAttribute('data-entity') !== id) continue;
    n.classList.add(n.classList.contains('entity') ? 'active' : 'focus');
    if (!first && n.classList.contains('m')) first = n;
  }
  if (first && scroll) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

function keyPoints(story, articles) {
  const sec = el('section', { id: 'keypoints' }, el('h2', {}, 'النقاط الرئيسية'));
  const list = el('ul');
  for (const k of story.keyPoints) {
    const at = locate(k.text, k.sources, articles);
    const outlets = [...new Set(k.sources.map(s => outletOf(articles.get(s))))];
    list.appendChild(el('li', { class: 'keypoint' }, at ? evidenceLink(story.id, at, k.text) : k.text,
      ' ', el('span', { class: 'meta' }, '(', joined(outlets), ')')));
  }
  sec.appendChild(story.keyPoints.length ? list : el('p', { class: 'muted' }, 'لا نقاط.'));
  return sec;
}

/** A contradiction's topic without the internal event id the analysis writes into it ("(s…-ev1)"). */
function topicText(t) { return (t || '').replace(/\s*\([a-z][0-9a-f]{6,}-[a-z]+\d+\)/g, ''); }

function contradictions(story, articles) {
  const sec = el('section', { id: 'contradictions' }, el('h2', {}, 'تناقضات بين المصادر'));
  story.contradictions.forEach((c, n) => {
    const sides = el('div', { class: 'sides' });
    c.sides.forEach((s, i) => {
      sides.appendChild(el('div', { class: 'side', 'data-side': i },
        el('div', { class: 'outlet' }, el('bdi', {}, outletOf(articles.get(s.article)))),
        el('blockquote', {}, evidenceLink(story.id, s, s.text))));
    });
    sec.appendChild(el('div', { class: 'contradiction', 'data-contradiction': n },
      el('h3', {}, el('span', { class: 'badge kind' }, labelOf(KIND_AR, c.kind)), ' ', topicText(c.topic)), sides));
  });
  if (!story.contradictions.length) sec.appendChild(el('p', { class: 'muted' }, 'لم يُعثر على تناقضات.'));
  return sec;
}

/** Events: type, date, place, who against whom, counts; each report of it links to its words. */
function eventsList(story, events, entities, articles) {
  const sec = el('section', { id: 'events' }, el('h2', {}, 'الأحداث'));
  if (!events.length) { sec.appendChild(el('p', { class: 'muted' }, 'لا أحداث.')); return sec; }
  const list = el('ul', { class: 'events' });
  for (const ev of events) {
    const first = ev.mentions[0];
    const who = ev.actors.length ? entityLinks(ev.actors, entities) : null;
    const whom = ev.targets.length ? entityLinks(ev.targets, entities) : null;
    const counts = ev.counts.map(c => (c.approximate ? 'نحو ' : '') + c.value + ' ' + labelOf(COUNT_AR, c.kind));
    list.appendChild(el('li', { class: 'event', 'data-event': ev.id },
      el('span', { class: 'badge event-type' }, labelOf(EVENT_AR, ev.type)), ' ',
      evidenceLink(story.id, first, '«' + first.text + '»'),
      ev.date ? el('span', { class: 'meta' }, ' · ', el('bdi', {}, ev.date.value), ' (' + labelOf(PRECISION_AR, ev.date.precision) + ')') : null,
      ev.location ? el('span', { class: 'meta' }, ' · في ', entityLinks([ev.location], entities)) : null,
      who || whom ? el('div', { class: 'meta' }, who ? el('span', {}, 'الفاعل: ', who) : null, who && whom ? ' · ' : null,
        whom ? el('span', {}, 'المستهدف: ', whom) : null) : null,
      counts.length ? el('div', { class: 'meta' }, joined(counts)) : null,
      eventReports(story.id, ev.mentions, articles)));
  }
  sec.appendChild(list);
  return sec;
}

/** "Reported by": one link per article (to its first mention of the event), with how often it mentions it. */
function eventReports(storyId, mentions, articles) {
  const byArticle = new Map();
  for (const m of mentions) {
    if (!byArticle.has(m.article)) byArticle.set(m.article, []);
    byArticle.get(m.article).push(m);
  }
  const reports = el('div', { class: 'meta reports' }, 'ورد في: ');
  let i = 0;
  for (const [article, ms] of byArticle) {
    if (i++) reports.appendChild(document.createTextNode('، '));
    reports.appendChild(evidenceLink(storyId, ms[0], el('bdi', {}, outletOf(articles.get(article)))));
    if (ms.length > 1) reports.appendChild(document.createTextNode(' ×' + ms.length));
  }
  return reports;
}

/** Links to the entity pages of `ids` (names from this dossier), separated by commas. */
function entityLinks(ids, entities) {
  const frag = document.createDocumentFragment();
  ids.forEach((id, i) => {
    if (i) frag.appendChild(document.createTextNode('، '));
    const e = entities.get(id);
    frag.appendChild(e ? el('a', { href: entityHref(id), class: 'entity-link', 'data-entity': id }, el('bdi', {}, e.name))
      : el('bdi', {}, id));
  });
  return frag;
}

/**
 * Claims by speaker: one card per resolved speaker (an entity, whatever spelling each article
 * used; a speaker without an entity by the words that name it), each claim with its stance in
 * words, outlet and cue, linked to its words, and the claims that corroborate or contradict it.
 */
function claimsBySpeaker(story, claims, entities, articles) {
  const sec = el('section', { id: 'claims' }, el('h2', {}, 'الأقوال حسب المتحدث'));
  if (!claims.length) { sec.appendChild(el('p', { class: 'muted' }, 'لا أقوال منسوبة.')); return sec; }
  const byClaim = byId(claims);
  const groups = new Map();
  for (const c of claims) {
    const key = c.speaker && entities.get(c.speaker) ? 'e:' + c.speaker : 't:' + (c.speakerText || '؟');
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(c);
  }
  const sorted = [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
  const cards = el('div', { class: 'claim-cards' });
  for (const [key, list] of sorted) {
    const ent = key.startsWith('e:') ? entities.get(key.slice(2)) : null;
    const shown = ent ? ent.name : key.slice(2);
    const spellings = [...new Set(list.map(c => c.speakerText).filter(t => t && t !== shown))];
    const head = el('div', { class: 'speaker' },
      ent ? el('a', { href: entityHref(ent.id), class: 'entity-link name', 'data-entity': ent.id }, el('bdi', {}, ent.name))
        : el('span', { class: 'name' }, el('bdi', {}, key.slice(2))), ' ',
      ent ? el('span', { class: 'badge t-' + ent.type }, labelOf(TYPE_AR, ent.type)) : null, ' ',
      el('span', { class: 'meta' }, list.length + ' أقوال'),
      spellings.length ? el('div', { class: 'aliases' }, 'كُتب اسمه: ', joined(spellings)) : null);
    const items = el('ul', { class: 'claim-list' });
    for (const c of list) {
      const rel = (ids, label, cls) => {
        const known = ids.map(id => byClaim.get(id)).filter(Boolean);
        if (!known.length) return null;
        const span = el('div', { class: 'meta rel ' + cls }, label + ': ');
        known.forEach((o, i) => {
          if (i) span.appendChild(document.createTextNode('، '));
          span.appendChild(evidenceLink(story.id, o.span, el('bdi', {}, outletOf(articles.get(o.span.article)))));
        });
        return span;
      };
      items.appendChild(el('li', { class: 'claim', 'data-claim': c.id },
        el('span', { class: 'badge stance' }, labelOf(STANCE_AR, c.stance)), ' ',
        el('span', { class: 'meta' }, el('bdi', {}, outletOf(articles.get(c.span.article)))), ' ',
        c.cue ? el('span', { class: 'cue' }, c.cue + ': ') : null,
        evidenceLink(story.id, c.span, c.span.text),
        rel(c.corroboratedBy || [], 'تؤيده أقوال في', 'corroborated'),
        rel(c.contradictedBy || [], 'تناقضه أقوال في', 'contradicted')));
    }
    cards.appendChild(el('div', { class: 'speaker-card', 'data-speaker': key }, head, items));
  }
  sec.appendChild(cards);
  return sec;
}

/** Days since 1970 of an ISO date, month or year (its first day); NaN when it is none of these. */
function dayNumber(iso) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso || '');
  return m ? Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1) / 864e5 : NaN;
}

/**
 * The timeline's entries on a real time axis, read right to left (earliest at the right edge):
 * each dated entry a dot at its day, linked to its words, with the number of its sources.
 */
function timeAxis(storyId, items) {
  const days = items.map(x => dayNumber(x.key)).filter(Number.isFinite);
  if (days.length < 2) return null;
  const lo = Math.min(...days), hi = Math.max(...days), span = Math.max(hi - lo, 1);
  const W = 860, H = 84, pad = 40;
  const x = d => W - pad - (d - lo) / span * (W - 2 * pad);
  const s = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'time-axis', role: 'img', 'aria-label': 'محور زمني' });
  s.appendChild(svg('line', { x1: pad, y1: 50, x2: W - pad, y2: 50, class: 'axis' }));
  // ticks: first and last day and a few between, labels kept apart
  const ticks = [lo, hi];
  for (let i = 1; i < 4; i++) ticks.push(Math.round(lo + span * i / 4));
  const placed = [];
  for (const d of [...new Set(ticks)].sort((a, b) => a - b)) {
    if (placed.some(p => Math.abs(p - x(d)) < 90)) continue;
    placed.push(x(d));
    s.appendChild(svg('line', { x1: x(d), y1: 46, x2: x(d), y2: 54, class: 'axis' }));
    s.appendChild(svg('text', { x: x(d), y: 72, 'text-anchor': 'middle', class: 'tick' }, new Date(d * 864e5).toISOString().slice(0, 10)));
  }
  const perDay = new Map();
  for (const it of items) {
    const d = dayNumber(it.key);
    if (!Number.isFinite(d)) continue;
    const n = perDay.get(d) || 0;
    perDay.set(d, n + 1);
    const dot = svg('circle', { cx: x(d), cy: 50 - Math.min(n, 3) * 10, r: 4 + Math.min(it.sources, 4), class: 'tl-dot' });
    dot.appendChild(svg('title', {}, it.key + ' — ' + it.text.slice(0, 80) + ' (' + it.sources + ' مصادر)'));
    if (it.at) {
      const a = svg('a', { href: spanHref(storyId, it.at) });
      a.appendChild(dot);
      s.appendChild(a);
    } else {
      s.appendChild(dot);
    }
  }
  return s;
}

/** The timeline: a time axis (right to left) over the list of entries, earliest first, each linked, with its sources. */
function timelineList(story, events, articles) {
  const sec = el('section', { id: 'timeline' }, el('h2', {}, 'الخط الزمني'));
  const entries = story.timeline.filter(t => t.date && t.date.value)
    .map((t, i) => ({ t, i, key: t.date.value.split('/')[0] }))
    .sort((a, b) => a.key.localeCompare(b.key) || a.i - b.i);
  if (!entries.length) { sec.appendChild(el('p', { class: 'muted' }, 'لا أحداث مؤرخة.')); return sec; }
  const list = el('ol', { class: 'timeline' });
  const items = [];
  let last = null;
  for (const { t, key } of entries) {
    // prefer the articles that report the entry's events: the text was cut from one of them
    const reporting = t.events.flatMap(id => (events.get(id) ? events.get(id).mentions.map(m => m.article) : []));
    const at = locate(t.text, [...new Set([...reporting, ...t.sources])], articles)
      || (events.get(t.events[0]) ? events.get(t.events[0]).mentions[0] : null);
    const outlets = [...new Set(t.sources.map(id => outletOf(articles.get(id))))];
    items.push({ key, text: t.text, at, sources: outlets.length });
    list.appendChild(el('li', { class: 'tl-entry' + (key === last ? ' same-date' : '') },
      el('bdi', { class: 'tl-date' }, t.date.value), ' ',
      at ? evidenceLink(story.id, at, t.text) : el('span', {}, t.text),
      outlets.length ? el('span', { class: 'meta' }, ' (', joined(outlets), ')') : null));
    last = key;
  }
  const axis = timeAxis(story.id, items);
  if (axis) sec.appendChild(axis);
  sec.appendChild(list);
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

const NODE_FILL = { PERSON: '#c2410c', ORGANIZATION: '#6d28d9', LOCATION: '#047857', GROUP: '#b45309', OTHER: '#475569' };
const EDGE_COLOR = { 'co-mention': '#cbd5e1', claim: '#0b5d7a', action: '#b91c1c' };
const EDGE_AR = { 'co-mention': 'ذُكرا معًا', claim: 'قول عن', action: 'فعل ضد' };

/**
 * Labels that do not overlap: the most mentioned nodes first, each label tried above, below, then
 * beside its node; one that fits nowhere is left to the node's tooltip.
 */
function placeLabels(nodes, pos) {
  const boxes = [];
  const order = nodes.map((d, i) => i).sort((a, b) => nodes[b].mentions - nodes[a].mentions);
  const out = new Map();
  for (const i of order) {
    const w = nodes[i].label.length * 7 + 6, h = 16, r = 5 + Math.min(nodes[i].mentions, 10);
    const { x, y } = pos[i];
    const tries = [[x, y - r - 6], [x, y + r + 14], [x + r + 4 + w / 2, y + 4], [x - r - 4 - w / 2, y + 4]];
    for (const [lx, ly] of tries) {
      const b = { x0: lx - w / 2, x1: lx + w / 2, y0: ly - h + 3, y1: ly + 3 };
      if (boxes.some(o => b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1)) continue;
      if (pos.some((p, j) => j !== i && p.x > b.x0 - 4 && p.x < b.x1 + 4 && p.y > b.y0 - 4 && p.y < b.y1 + 4)) continue;
      boxes.push(b);
      out.set(i, [lx, ly]);
      break;
    }
  }
  return out;
}

/** Zoom buttons for a drawing: its view box shrinks around the centre (up to 8 times) and comes back. */
function zoomButtons(s, W, H) {
  let zoom = 1;
  const setZoom = z => {
    zoom = Math.min(8, Math.max(1, z));
    const w = W / zoom, h = H / zoom;
    s.setAttribute('viewBox', `${(W - w) / 2} ${(H - h) / 2} ${w} ${h}`);
  };
  const btn = (text, label, f) => { const b = el('button', { type: 'button', 'aria-label': label }, text); b.addEventListener('click', f); return b; };
  return el('span', { class: 'zoom' }, btn('+', 'تكبير', () => setZoom(zoom * 1.5)), btn('−', 'تصغير', () => setZoom(zoom / 1.5)),
    btn('الكل', 'إعادة الحجم', () => setZoom(1)));
}

function graphChart(graph) {
  const sec = el('section', { id: 'graph' }, el('h2', {}, 'شبكة الكيانات'));
  if (!graph.nodes.length) { sec.appendChild(el('p', { class: 'muted' }, 'لا كيانات.')); return sec; }
  const W = 860, H = 520;
  const pos = layout(graph.nodes, graph.edges, W, H);
  const idx = new Map(graph.nodes.map((d, i) => [d.id, i]));
  const s = svg('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img', 'aria-label': 'شبكة الكيانات' });
  const defs = svg('defs');
  const marker = svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 16, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto' });
  marker.appendChild(svg('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#64748b' }));
  defs.appendChild(marker);
  s.appendChild(defs);
  for (const e of graph.edges) {
    const a = pos[idx.get(e.source)], b = pos[idx.get(e.target)];
    if (!a || !b) continue;
    const line = svg('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: EDGE_COLOR[e.kind] || '#999',
      'stroke-width': Math.min(1 + e.weight, 6), class: 'edge edge-' + e.kind });
    if (e.directed) line.setAttribute('marker-end', 'url(#arrow)');
    s.appendChild(line);
  }
  const labels = placeLabels(graph.nodes, pos);
  graph.nodes.forEach((d, i) => {
    const g = svg('g', { class: 'node', 'data-entity': d.id });
    g.appendChild(svg('circle', { cx: pos[i].x, cy: pos[i].y, r: 5 + Math.min(d.mentions, 10), fill: NODE_FILL[d.type] || '#475569' }));
    const at = labels.get(i);
    // unicode-bidi: plaintext gives each label the direction of its own first strong letter
    if (at) g.appendChild(svg('text', { x: at[0], y: at[1], 'text-anchor': 'middle', 'unicode-bidi': 'plaintext', class: 'label' }, d.label));
    g.appendChild(svg('title', {}, d.label + ' (' + labelOf(TYPE_AR, d.type) + ')'));
    g.addEventListener('click', () => focusEntity(d.id));
    s.appendChild(g);
  });
  const legend = el('div', { class: 'legend' },
    ...Object.keys(NODE_FILL).map(t => el('span', { class: 'key' }, el('span', { class: 'swatch', 'data-type': t }), labelOf(TYPE_AR, t))),
    ...Object.keys(EDGE_AR).map(k => el('span', { class: 'key' }, el('span', { class: 'line', 'data-kind': k }), EDGE_AR[k])),
    zoomButtons(s, W, H));
  sec.appendChild(legend);
  sec.appendChild(el('div', { class: 'graph-box' }, s));
  return sec;
}

function articlesSection(articles, entities, hits) {
  const sec = el('section', { id: 'articles' }, el('h2', {}, 'المقالات (' + articles.length + ')'));
  for (const a of articles) {
    sec.appendChild(el('article', { class: 'article', 'data-article': a.id, lang: a.language || 'ar' },
      el('h3', {}, a.title),
      el('div', { class: 'meta' }, el('bdi', {}, outletOf(a)),
        a.published ? el('span', {}, ' · ', el('bdi', {}, a.published.value)) : null),
      articleText(a, entities, null, hits.get(a.id))));
  }
  return sec;
}

/** The search that led here: how often it is found in this story, the first hit of each article linked. */
function hitsBar(storyId, q, hits) {
  let n = 0;
  for (const hs of hits.values()) n += hs.length;
  const bar = el('div', { class: 'hits-bar', id: 'hits-bar' }, 'البحث عن ', el('bdi', {}, '«' + q + '»'), ': ',
    n ? n + ' موضعًا في ' + hits.size + ' مقالات (معلَّمة بالأزرق) · ' : 'لا موضع في هذه القصة · ',
    el('a', { href: '#/search/' + encodeURIComponent(q) }, 'كل النتائج'), ' · ',
    el('a', { href: storyHref(storyId) }, 'إخفاء'));
  if (n) {
    const list = el('ul', { class: 'hit-links' });
    for (const [article, hs] of hits) {
      const a = current.articles.get(article);
      if (!a || !hs.length) continue;
      list.appendChild(el('li', {}, evidenceLink(storyId, { article, ...hs[0] }, { q }, el('bdi', {}, outletOf(a)), ': ', a.title || ''),
        hs.length > 1 ? ' ×' + hs.length : ''));
    }
    bar.appendChild(el('details', {}, el('summary', {}, 'المقالات'), list));
  }
  return bar;
}

async function renderStory(id, params) {
  const enc = encodeURIComponent(id);
  const q = params.q || null;
  const [d, graph, found] = await Promise.all([getJson('/api/stories/' + enc), getJson('/api/stories/' + enc + '/graph'),
    q ? getJson('/api/desk/search' + queryOf({ q, story: id })).catch(() => ({ stories: [] })) : Promise.resolve({ stories: [] })]);
  const story = d.stories[0];
  const articles = byId(d.articles), entities = byId(d.entities), events = byId(d.events);
  const hits = new Map();
  for (const g of found.stories) for (const h of g.hits) hits.set(h.article, h.highlights);
  current = { story, articles, entities, entityList: d.entities, view: null, selected: null, focus: null,
    params: q ? { q } : {}, hits };
  const exports = el('div', { class: 'exports' }, 'تصدير: ',
    ...['json', 'csv', 'gexf', 'md'].map(f => el('a', { href: '/api/stories/' + enc + '/export?format=' + f, download: '' }, f.toUpperCase())));
  const main = el('div', { class: 'main' }, el('h1', { id: 'story-title' }, story.title), exports,
    q ? hitsBar(story.id, q, hits) : null,
    keyPoints(story, articles), timelineList(story, events, articles), eventsList(story, d.events, entities, articles),
    contradictions(story, articles), claimsBySpeaker(story, d.claims, entities, articles), graphChart(graph),
    articlesSection(d.articles, d.entities, hits));
  const view = el('div', { class: 'dossier', 'data-story': story.id }, main, entityPanel(d.entities));
  // a name in an article leads to its entry in the panel (and from there to its page across the desk)
  main.querySelector('#articles').addEventListener('click', ev => {
    const m = ev.target.closest('.m[data-entity]');
    if (!m || String(window.getSelection())) return;
    const item = view.querySelector('#entities .entity[data-entity="' + CSS.escape(m.getAttribute('data-entity')) + '"]');
    if (!item) return;
    focusEntity(m.getAttribute('data-entity'), false);
    // only where the panel stays beside the text (wide screens); on a phone it is far below
    if (getComputedStyle(item.parentElement).position === 'sticky') item.scrollIntoView({ block: 'nearest' });
  });
  current.view = view;
  show(view);
  document.title = story.title + ' — إسناد';
}

// ---------- map ----------
/** Natural Earth country boundaries (TopoJSON, shipped with the page), decoded once. */
let world = null;
async function worldShapes() {
  if (world) return world;
  const topo = await getJson('/world.json');
  const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
  const arcs = topo.arcs.map(arc => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
  const ring = idx => {
    const pts = idx.flatMap((i, n) => {
      const a = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
      return n ? a.slice(1) : a;
    });
    // a ring crossing the antimeridian continues past ±180 instead of jumping across the map
    for (let j = 1; j < pts.length; j++) {
      const d = pts[j][0] - pts[j - 1][0];
      if (Math.abs(d) > 180) pts[j] = [pts[j][0] - 360 * Math.sign(d), pts[j][1]];
    }
    return pts;
  };
  world = topo.objects.countries.geometries.map(g => ({
    cc: g.properties.cc || '', name: g.properties.name,
    polygons: g.type === 'Polygon' ? [g.arcs.map(ring)] : g.type === 'MultiPolygon' ? g.arcs.map(p => p.map(ring)) : [],
  }));
  return world;
}

/**
 * An equirectangular projection fitted to `points` (lon/lat), in plain arithmetic: x grows to the
 * east, y to the south, with a margin and at least 8 degrees across.
 */
function projection(points, W, H) {
  const lons = points.map(p => p.lon), lats = points.map(p => p.lat);
  let [x0, x1, y0, y1] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const pad = Math.max(2, 0.15 * Math.max(x1 - x0, y1 - y0));
  x0 -= pad; x1 += pad; y0 -= pad; y1 += pad;
  const grow = (a, b, min) => (b - a < min ? [(a + b) / 2 - min / 2, (a + b) / 2 + min / 2] : [a, b]);
  [x0, x1] = grow(x0, x1, 8); [y0, y1] = grow(y0, y1, 8);
  const kx = Math.cos(((y0 + y1) / 2) * Math.PI / 180);
  const k = Math.min(W / ((x1 - x0) * kx), H / (y1 - y0));
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  return { k, kx, cx, cy, W, H, project: (lon, lat) => [W / 2 + (lon - cx) * kx * k, H / 2 - (lat - cy) * k] };
}

/** The events with a known place as dots on the map; each dot links to its first report's words. */
async function eventMap(points) {
  const box = el('section', { id: 'map' }, el('h2', {}, 'خريطة الأحداث'));
  if (!points.length) { box.appendChild(el('p', { class: 'muted' }, 'لا أحداث معروفة المكان.')); return box; }
  const shapes = await worldShapes();
  // drawn at the width it is shown (labels keep their size on a phone)
  const W = Math.round(Math.max(300, Math.min(860, app.clientWidth - 4))), H = Math.round(W * 0.6);
  const proj = projection(points, W, H);
  const s = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'map', role: 'img', 'aria-label': 'خريطة الأحداث',
    'data-k': proj.k, 'data-kx': proj.kx, 'data-cx': proj.cx, 'data-cy': proj.cy });
  s.appendChild(svg('rect', { x: 0, y: 0, width: W, height: H, class: 'sea' }));
  const r2 = v => Math.round(v * 10) / 10;
  for (const c of shapes) {
    const d = c.polygons.map(poly => poly.map(ring => 'M' + ring.map(([lon, lat]) => proj.project(lon, lat).map(r2).join(',')).join('L') + 'Z').join('')).join('');
    if (!d) continue;
    const path = svg('path', { d, class: 'country', 'data-cc': c.cc });
    path.appendChild(svg('title', {}, c.name));
    s.appendChild(path);
  }
  const layer = svg('g', { class: 'dots' });
  const seen = new Map();
  for (const p of points) {
    const [x, y] = proj.project(p.lon, p.lat);
    const n = seen.get(x + ',' + y) || 0;
    seen.set(x + ',' + y, n + 1);
    const a = svg('a', { href: spanHref(p.story, p.source, {}), class: 'dot', 'data-event': p.id });
    a.appendChild(svg('circle', { cx: x, cy: y, r: 6, 'data-lat': p.lat, 'data-lon': p.lon, class: 'ev-' + p.type }));
    a.appendChild(svg('title', {}, labelOf(EVENT_AR, p.type) + ' — ' + (p.place || '') + (p.day ? ' — ' + p.day : '')));
    layer.appendChild(a);
  }
  s.appendChild(layer);
  // labels of the places, one per place, skipped where they would overlap an earlier one
  const placed = [];
  for (const p of points) {
    const [x, y] = proj.project(p.lon, p.lat);
    const w = (p.place || '').length * 7 + 8;
    if (!p.place || placed.some(b => Math.abs(b.x - x) < (b.w + w) / 2 && Math.abs(b.y - y) < 16)) continue;
    placed.push({ x, y: y - 12, w });
    layer.appendChild(svg('text', { x, y: y - 10, 'text-anchor': 'middle', class: 'place-label' }, p.place));
  }
  box.appendChild(el('div', { class: 'legend' }, el('span', { class: 'key' }, el('span', { class: 'swatch dot-key' }), 'حدث معروف المكان'),
    el('span', { class: 'muted' }, 'الحدود: Natural Earth · الأماكن: GeoNames'), zoomButtons(s, W, H)));
  box.appendChild(s);
  window.isnadMap = proj;
  return box;
}

// ---------- events ----------
function countsText(counts) {
  return counts.map(c => (c.approximate ? 'نحو ' : '') + c.value + ' ' + labelOf(COUNT_AR, c.kind));
}

/** One event of the desk as a table row (a card on a phone): every cell labelled for narrow screens. */
function eventRow(e) {
  const td = (label, ...c) => el('td', { 'data-label': label }, ...c);
  const sources = el('span', {});
  e.sources.forEach((s, i) => {
    if (i) sources.appendChild(document.createTextNode('، '));
    sources.appendChild(evidenceLink(e.story, s, {}, el('bdi', {}, s.outlet || 'مصدر')));
  });
  return el('tr', { class: 'event', 'data-event': e.id },
    td('النوع', el('span', { class: 'badge event-type' }, labelOf(EVENT_AR, e.type))),
    td('التاريخ', e.date ? el('span', {}, el('bdi', {}, e.date.value), ' (' + labelOf(PRECISION_AR, e.date.precision) + ')')
      : e.day ? el('span', {}, el('bdi', {}, e.day), ' (تاريخ النشر)') : '—'),
    td('المكان', e.place ? el('span', {}, el('bdi', {}, e.place),
      e.geo ? el('span', { class: 'meta' }, ' (', [e.geo.admin1, e.geo.country.name].filter(Boolean).join('، '), ')') : null) : '—'),
    td('الفاعل', e.actors.length ? joined(e.actors) : '—'),
    td('المستهدف', e.targets.length ? joined(e.targets) : '—'),
    td('الأعداد', e.counts.length ? joined(countsText(e.counts)) : '—'),
    td('المصادر', sources),
    td('القصة', el('a', { href: storyHref(e.story) }, e.storyTitle || 'القصة')));
}

function eventsTable(events) {
  if (!events.length) return el('p', { class: 'muted', id: 'events-table' }, 'لا أحداث.');
  const head = el('tr', {}, ...['النوع', 'التاريخ', 'المكان', 'الفاعل', 'المستهدف', 'الأعداد', 'المصادر', 'القصة'].map(h => el('th', {}, h)));
  return el('table', { class: 'events-table', id: 'events-table' }, el('thead', {}, head), el('tbody', {}, ...events.map(eventRow)));
}

async function renderEvents(query) {
  const p = paramsOf(query);
  const data = await getJson('/api/desk/events' + queryOf({ ...p, size: 50 }));
  const form = el('form', { class: 'filters', id: 'filters' },
    select('type', 'كل أنواع الأحداث', data.facets.eventTypes.map(o => ({ value: o.value, label: labelOf(EVENT_AR, o.value) + ' (' + o.count + ')' })), p.type),
    select('country', 'كل البلدان', data.facets.countries.map(o => ({ value: o.code, label: o.name + ' (' + o.count + ')' })), p.country),
    el('label', {}, 'من ', el('input', { type: 'date', name: 'from', value: p.from || '' })),
    el('label', {}, 'إلى ', el('input', { type: 'date', name: 'to', value: p.to || '' })),
    el('input', { type: 'search', name: 'entity', value: p.entity || '', placeholder: 'اسم كيان', 'aria-label': 'كيان' }),
    el('button', { type: 'submit' }, 'تصفية'), el('a', { href: '#/events', class: 'reset' }, 'مسح'));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    location.hash = '#/events' + queryOf(Object.fromEntries(new FormData(form)));
  });
  const map = await eventMap(data.points);
  show(el('h1', {}, 'الأحداث'), form,
    el('p', { class: 'muted', id: 'count' }, data.total + ' حدثًا · ' + data.points.length + ' منها معروفة المكان على الخريطة'),
    map, el('section', { id: 'events' }, el('h2', {}, 'جدول الأحداث'), eventsTable(data.events)),
    pager('#/events', p, data.total, data.size));
}

// ---------- entity page ----------
async function renderEntity(id) {
  const r = await getJson('/api/desk/entities/' + encodeURIComponent(id));
  const stories = el('ul', { class: 'stories', id: 'entity-stories' });
  for (const s of r.stories) {
    stories.appendChild(el('li', { 'data-story': s.id },
      el('a', { class: 'title', href: storyHref(s.id) + queryOf({ q: r.name }) }, s.title || 'قصة بلا عنوان'),
      el('div', { class: 'meta' }, dateRange(s.first, s.last), ' · ' + s.articles + ' مقالات · ذُكر ' + s.mentions + ' مرة')));
  }
  const claims = el('ul', { class: 'claim-list', id: 'entity-claims' });
  for (const c of r.claims) {
    claims.appendChild(el('li', { class: 'claim', 'data-claim': c.id },
      el('span', { class: 'badge stance' }, labelOf(STANCE_AR, c.stance)), ' ',
      el('span', { class: 'meta' }, el('bdi', {}, c.source.outlet || ''), c.source.published ? el('span', {}, ' · ', el('bdi', {}, c.source.published)) : null), ' ',
      evidenceLink(c.story, c.source, {}, c.source.text),
      el('div', { class: 'meta' }, 'في: ', el('a', { href: storyHref(c.story) }, c.storyTitle || 'القصة'))));
  }
  show(el('h1', { id: 'entity-name' }, el('bdi', {}, r.name), ' ', el('span', { class: 'badge t-' + r.type }, labelOf(TYPE_AR, r.type))),
    r.aliases.length ? el('p', { class: 'aliases' }, 'يُكتب أيضًا: ', joined(r.aliases)) : null,
    el('section', {}, el('h2', {}, 'القصص (' + r.stories.length + ')'), r.stories.length ? stories : el('p', { class: 'muted' }, 'لا قصص.')),
    el('section', {}, el('h2', {}, 'أقواله (' + r.claims.length + ')'), r.claims.length ? claims : el('p', { class: 'muted' }, 'لا أقوال منسوبة إليه.')),
    el('section', { id: 'events' }, el('h2', {}, 'الأحداث (' + r.events.length + ')'), eventsTable(r.events)));
  document.title = r.name + ' — إسناد';
}

// ---------- routing ----------
/** The route in a hash; each part is decoded on its own, so an id may contain an encoded "/". */
function parseRoute(hash) {
  const raw = hash.replace(/^#\/?/, '');
  const cut = raw.indexOf('?');
  const path = cut < 0 ? raw : raw.slice(0, cut), query = cut < 0 ? '' : raw.slice(cut + 1);
  const parts = path.split('/').map(decodeURIComponent);
  if (parts[0] === 'story' && parts[1]) {
    const r = { view: 'story', id: parts[1], span: null, params: paramsOf(query) };
    const range = parts[2] === 'article' && parts[4] === 'span' ? /^(\d+)-(\d+)$/.exec(parts[5] || '') : null;
    if (range) r.span = { article: parts[3], start: Number(range[1]), end: Number(range[2]) };
    return r;
  }
  if (parts[0] === 'search' && parts.length > 1) return { view: 'search', q: parts.slice(1).join('/') };
  if (parts[0] === 'events') return { view: 'events', query };
  if (parts[0] === 'entity' && parts[1]) return { view: 'entity', id: parts[1] };
  return { view: 'list', query };
}

async function route() {
  const h = location.hash || '#/';
  try {
    const r = parseRoute(h);
    const sameDossier = r.view === 'story' && current && current.story.id === r.id && app.contains(current.view)
      && (current.params.q || '') === (r.params.q || '');
    if (!sameDossier) {
      clearEvidence();
      current = null;
      if (r.view === 'story') await renderStory(r.id, r.params);
      else if (r.view === 'search') await renderSearch(r.q);
      else if (r.view === 'events') await renderEvents(r.query);
      else if (r.view === 'entity') await renderEntity(r.id);
      else await renderList(r.query);
      // a new view starts at its top, not at the old view's scroll position
      window.scrollTo(0, 0);
    }
    if (r.view === 'story') {
      if (r.span) selectEvidence(r.span);
      else clearEvidence();
    }
  } catch (e) {
    current = null;
    fail(e);
  }
  app.setAttribute('data-ready', safeDecode(h));
}

function safeDecode(s) { try { return decodeURIComponent(s); } catch (e) { return s; } }

document.getElementById('search-form').addEventListener('submit', ev => {
  ev.preventDefault();
  const q = document.getElementById('search').value.trim();
  if (q) location.hash = '#/search/' + encodeURIComponent(q);
});
window.addEventListener('hashchange', route);
route();
