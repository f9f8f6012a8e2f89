// Isnad desk page. Every piece of article data reaches the DOM through textContent or
// createTextNode; innerHTML is never used, so markup inside an article stays text.
//
// Routes (the hash is the whole state, so any view can be shared and reopened):
//   #/                                        the story list
//   #/search/WORDS                            search results
//   #/story/ID                                a story's dossier
//   #/story/ID/article/ARTICLE/span/S-E       the dossier with [S, E) of ARTICLE's text highlighted
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
const COUNT_AR = { KILLED: 'قتلى', INJURED: 'جرحى', ARRESTED: 'معتقلون', ABDUCTED: 'مختطفون', DISPLACED: 'نازحون',
  FIGHTERS: 'مقاتلون', OTHER: 'أخرى' };
// read by the browser test, which checks that every enum constant of the server has a label here
window.isnadLabels = Object.freeze({ type: TYPE_AR, kind: KIND_AR, event: EVENT_AR, stance: STANCE_AR, count: COUNT_AR });

function labelOf(map, name) { return map[name] || name; }

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

async function getJson(url) {
  const r = await fetch(url, { headers: { 'Accept': 'application/json' } });
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
  return body;
}

// replaceChildren would print a null (an optional part left out) as the text "null"
function show(...nodes) { app.replaceChildren(...nodes.filter(n => n !== null && n !== undefined)); }
function fail(err) { show(el('p', { class: 'error' }, 'خطأ: ' + err.message)); }

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
async function renderList() {
  const [data, problems] = await Promise.all([getJson('/api/stories'), getJson('/api/errors').catch(() => ({ errors: [] }))]);
  const list = el('ul', { class: 'stories', id: 'stories' });
  for (const s of data.stories) {
    list.appendChild(el('li', { 'data-story': s.id },
      el('a', { class: 'title', href: storyHref(s.id) }, s.title || s.id),
      el('div', { class: 'meta' }, s.articles + ' مقالات · ' + s.contradictions + ' تناقضات · ',
        joined(s.outlets || []))));
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
  for (const e of errors) items.appendChild(el('li', {}, el('bdi', {}, e.source), ' — ', el('bdi', {}, e.stage), ': ', el('bdi', {}, e.reason)));
  return el('details', { class: 'failed', id: 'failed' },
    el('summary', {}, 'تعذّر تحليل ' + errors.length + ' عنصر جزئيًا (حُفظ المقال دون الطبقة التي فشلت)'), items);
}

// ---------- links to evidence ----------
function storyHref(storyId) { return '#/story/' + encodeURIComponent(storyId); }

/** The shareable address of a span: the dossier of `storyId` with [start, end) of the article marked. */
function spanHref(storyId, span) {
  return storyHref(storyId) + '/article/' + encodeURIComponent(span.article) + '/span/' + span.start + '-' + span.end;
}

function spanKey(span) { return span.article + '/' + span.start + '-' + span.end; }

/**
 * A link from a finding to the place in its article that supports it. Clicking it again after
 * scrolling away re-selects (the hash does not change, so no hashchange would fire).
 */
function evidenceLink(storyId, span, ...children) {
  const a = el('a', { class: 'evidence-link', href: spanHref(storyId, span), 'data-span': spanKey(span) }, ...children);
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

/** A hit's link: to the first match shown in its snippet, inside the story's dossier. */
function hitLink(h) {
  const title = h.title || h.article;
  if (!h.story) return el('span', {}, title);
  const inSnippet = h.snippet ? h.highlights.filter(x => x.start >= h.snippet.start && x.end <= h.snippet.end) : [];
  const best = inSnippet[0] || h.highlights[0];
  if (!best) return el('a', { href: storyHref(h.story) }, title);
  return evidenceLink(h.story, { article: h.article, start: best.start, end: best.end, text: best.text }, title);
}

async function renderSearch(q) {
  document.getElementById('search').value = q;
  const data = await getJson('/api/search?q=' + encodeURIComponent(q));
  const ol = el('ol', { class: 'results', id: 'results' });
  for (const h of data.hits) {
    const snip = h.snippet ? el('div', { class: 'snippet raw', dir: 'auto' }, marked(h.snippet.text, h.snippet.start,
      h.highlights.filter(x => x.start >= h.snippet.start && x.end <= h.snippet.end))) : null;
    ol.appendChild(el('li', { 'data-article': h.article }, hitLink(h), snip));
  }
  show(el('h1', {}, 'نتائج البحث: ', el('bdi', {}, q)), data.hits.length ? ol : el('p', { class: 'muted', id: 'results' }, 'لا نتائج.'));
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
function entityName(entities, id) { return entities.get(id) ? entities.get(id).name : id; }

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

/** Appends text[from, to) with the mentions in it underlined; a mention crossing an edge is cut there. */
function appendMentions(parent, text, from, to, mentions) {
  let pos = from;
  for (const m of mentions) {
    const s = Math.max(m.start, pos), e = Math.min(m.end, to);
    if (e <= s) continue;
    parent.appendChild(document.createTextNode(text.slice(pos, s)));
    const span = el('span', { class: 'm m-' + m.e.type + (current && current.focus === m.e.id ? ' focus' : ''),
      'data-entity': m.e.id, title: m.e.name });
    span.textContent = text.slice(s, e);
    parent.appendChild(span);
    pos = e;
  }
  parent.appendChild(document.createTextNode(text.slice(pos, to)));
}

/**
 * The article text exactly as stored (text nodes only), entity mentions underlined and, when
 * `sel` is given, [sel.start, sel.end) inside one <mark id="evidence-mark">.
 */
function articleText(article, entities, sel) {
  const box = el('div', { class: 'article-text raw', dir: 'auto' });
  const mentions = mentionsOf(article, entities);
  const text = article.text;
  if (!sel) {
    appendMentions(box, text, 0, text.length, mentions);
    return box;
  }
  appendMentions(box, text, 0, sel.start, mentions);
  const mark = el('mark', { id: 'evidence-mark', class: 'evidence' });
  appendMentions(mark, text, sel.start, sel.end, mentions);
  box.appendChild(mark);
  appendMentions(box, text, sel.end, text.length, mentions);
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
      el('a', { class: 'close', href: storyHref(current.story.id), 'aria-label': 'إغلاق' }, '×')),
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
  box.replaceWith(articleText(article, current.entityList, sel));
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
    if (box) box.replaceWith(articleText(current.articles.get(current.selected), current.entityList, null));
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
      el('span', { class: 'meta' }, '×' + e.mentions.length),
      aliases.length ? el('div', { class: 'aliases' }, 'يُكتب أيضًا: ', joined(aliases)) : null,
      (e.descriptions || []).length ? el('div', { class: 'aliases' }, joined(e.descriptions, '؛ ')) : null);
    item.addEventListener('click', () => focusEntity(e.id));
    panel.appendChild(item);
  }
  if (!entities.length) panel.appendChild(el('p', { class: 'muted' }, 'لا كيانات.'));
  return panel;
}

function focusEntity(id) {
  if (current) current.focus = id;
  for (const n of document.querySelectorAll('.entity.active, .m.focus')) n.classList.remove('active', 'focus');
  let first = null;
  for (const n of document.querySelectorAll('[data-entity]')) {
    if (n.getAttribute('data-entity') !== id) continue;
    n.classList.add(n.classList.contains('entity') ? 'active' : 'focus');
    if (!first && n.classList.contains('m')) first = n;
  }
  if (first) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
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
      el('h3', {}, el('span', { class: 'badge kind' }, labelOf(KIND_AR, c.kind)), ' ', c.topic), sides));
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
    const who = ev.actors.length ? joined(ev.actors.map(id => entityName(entities, id))) : null;
    const whom = ev.targets.length ? joined(ev.targets.map(id => entityName(entities, id))) : null;
    const counts = ev.counts.map(c => (c.approximate ? 'نحو ' : '') + c.value + ' ' + labelOf(COUNT_AR, c.kind));
    list.appendChild(el('li', { class: 'event', 'data-event': ev.id },
      el('span', { class: 'badge event-type' }, labelOf(EVENT_AR, ev.type)), ' ',
      evidenceLink(story.id, first, '«' + first.text + '»'),
      ev.date ? el('span', { class: 'meta' }, ' · ', el('bdi', {}, ev.date.value)) : null,
      ev.location ? el('span', { class: 'meta' }, ' · في ', el('bdi', {}, entityName(entities, ev.location))) : null,
      who ? el('div', { class: 'meta' }, 'الفاعل: ', who, whom ? el('span', {}, ' · المستهدف: ', whom) : null) : null,
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

function claimsTable(story, claims, entities, articles) {
  const sec = el('section', { id: 'claims' }, el('h2', {}, 'الأقوال: المتحدث × المصدر'));
  if (!claims.length) { sec.appendChild(el('p', { class: 'muted' }, 'لا أقوال منسوبة.')); return sec; }
  const speakerOf = c => c.speakerText || (c.speaker && entities.get(c.speaker) ? entities.get(c.speaker).name : '؟');
  const speakers = [...new Set(claims.map(speakerOf))];
  const outlets = [...new Set(claims.map(c => outletOf(articles.get(c.span.article))))];
  const head = el('tr', {}, el('th', {}, 'المتحدث'), ...outlets.map(o => el('th', {}, el('bdi', {}, o))));
  const table = el('table', { class: 'claims' }, el('thead', {}, head));
  const body = el('tbody');
  for (const sp of speakers) {
    const row = el('tr', {}, el('th', {}, el('bdi', {}, sp)));
    for (const o of outlets) {
      // data-outlet names the column where narrow screens stack the cells (see app.css)
      const cell = el('td', { 'data-outlet': o });
      for (const c of claims) {
        if (speakerOf(c) === sp && outletOf(articles.get(c.span.article)) === o) {
          cell.appendChild(el('div', { class: 'claim', 'data-claim': c.id },
            el('span', { class: 'badge stance' }, labelOf(STANCE_AR, c.stance)), ' ',
            c.cue ? el('span', { class: 'cue' }, c.cue + ': ') : null,
            evidenceLink(story.id, c.span, c.span.text)));
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

/** The timeline as a list (it wraps on a phone, unlike a drawing), earliest first, each entry linked. */
function timelineList(story, events, articles) {
  const sec = el('section', { id: 'timeline' }, el('h2', {}, 'الخط الزمني'));
  const entries = story.timeline.filter(t => t.date && t.date.value)
    .map((t, i) => ({ t, i, key: t.date.value.split('/')[0] }))
    .sort((a, b) => a.key.localeCompare(b.key) || a.i - b.i);
  if (!entries.length) { sec.appendChild(el('p', { class: 'muted' }, 'لا أحداث مؤرخة.')); return sec; }
  const list = el('ol', { class: 'timeline' });
  let last = null;
  for (const { t, key } of entries) {
    // prefer the articles that report the entry's events: the text was cut from one of them
    const reporting = t.events.flatMap(id => (events.get(id) ? events.get(id).mentions.map(m => m.article) : []));
    const at = locate(t.text, [...new Set([...reporting, ...t.sources])], articles)
      || (events.get(t.events[0]) ? events.get(t.events[0]).mentions[0] : null);
    list.appendChild(el('li', { class: 'tl-entry' + (key === last ? ' same-date' : '') },
      el('bdi', { class: 'tl-date' }, t.date.value), ' ',
      at ? evidenceLink(story.id, at, t.text) : el('span', {}, t.text)));
    last = key;
  }
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
    // unicode-bidi: plaintext gives each label the direction of its own first strong letter
    g.appendChild(svg('text', { x: pos[i].x, y: pos[i].y - 12 - Math.min(d.mentions, 10), 'text-anchor': 'middle', 'unicode-bidi': 'plaintext' }, d.label));
    g.appendChild(svg('title', {}, d.label + ' (' + labelOf(TYPE_AR, d.type) + ')'));
    g.addEventListener('click', () => focusEntity(d.id));
    s.appendChild(g);
  });
  sec.appendChild(s);
  return sec;
}

function articlesSection(articles, entities) {
  const sec = el('section', { id: 'articles' }, el('h2', {}, 'المقالات (' + articles.length + ')'));
  for (const a of articles) {
    sec.appendChild(el('article', { class: 'article', 'data-article': a.id, lang: a.language || 'ar' },
      el('h3', {}, a.title),
      el('div', { class: 'meta' }, el('bdi', {}, outletOf(a)),
        a.published ? el('span', {}, ' · ', el('bdi', {}, a.published.value)) : null, ' · ', el('bdi', { class: 'id' }, a.id)),
      articleText(a, entities, null)));
  }
  return sec;
}

async function renderStory(id) {
  const enc = encodeURIComponent(id);
  const [d, graph] = await Promise.all([getJson('/api/stories/' + enc), getJson('/api/stories/' + enc + '/graph')]);
  const story = d.stories[0];
  const articles = byId(d.articles), entities = byId(d.entities), events = byId(d.events);
  const exports = el('div', { class: 'exports' }, 'تصدير: ',
    ...['json', 'csv', 'gexf', 'md'].map(f => el('a', { href: '/api/stories/' + enc + '/export?format=' + f, download: '' }, f.toUpperCase())));
  const main = el('div', { class: 'main' }, el('h1', { id: 'story-title' }, story.title), exports,
    keyPoints(story, articles), timelineList(story, events, articles), eventsList(story, d.events, entities, articles),
    contradictions(story, articles), claimsTable(story, d.claims, entities, articles), graphChart(graph),
    articlesSection(d.articles, d.entities));
  const view = el('div', { class: 'dossier', 'data-story': story.id }, main, entityPanel(d.entities));
  current = { story, articles, entities, entityList: d.entities, view, selected: null, focus: null };
  show(view);
  document.title = story.title + ' — إسناد';
}

// ---------- routing ----------
/** The route in a hash; each part is decoded on its own, so an id may contain an encoded "/". */
function parseRoute(hash) {
  const parts = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (parts[0] === 'story' && parts[1]) {
    const r = { view: 'story', id: parts[1], span: null };
    const range = parts[2] === 'article' && parts[4] === 'span' ? /^(\d+)-(\d+)$/.exec(parts[5] || '') : null;
    if (range) r.span = { article: parts[3], start: Number(range[1]), end: Number(range[2]) };
    return r;
  }
  if (parts[0] === 'search' && parts.length > 1) return { view: 'search', q: parts.slice(1).join('/') };
  return { view: 'list' };
}

async function route() {
  const h = location.hash || '#/';
  try {
    const r = parseRoute(h);
    const sameDossier = r.view === 'story' && current && current.story.id === r.id && app.contains(current.view);
    if (!sameDossier) {
      clearEvidence();
      current = null;
      if (r.view === 'story') await renderStory(r.id);
      else if (r.view === 'search') await renderSearch(r.q);
      else await renderList();
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
