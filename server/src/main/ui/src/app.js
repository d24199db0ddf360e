// The Attaché analyst's desk. Every text from the store goes into the page through textContent or as a
// text node, never as HTML: articles are untrusted input.
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import './style.css';
import { Timeline } from 'vis-timeline/standalone';
import cytoscape from 'cytoscape';
import { geoNaturalEarth1, geoPath, geoGraticule10 } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';

const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT',
  'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
const SECTORS = ['military', 'security', 'economy', 'trade', 'agriculture', 'industry', 'energy', 'education', 'health',
  'science', 'technology', 'culture', 'diplomacy', 'legal'];
const STATUSES = ['occurred', 'planned', 'possible'];

// ---- small DOM helpers: el('div.cls', {attr}, children...) with strings as text nodes

function el(spec, attrs, ...children) {
  const [tag, ...classes] = spec.split('.');
  const node = document.createElement(tag);
  if (classes.length) node.className = classes.join(' ');
  if (attrs && (typeof attrs !== 'object' || attrs instanceof Node || Array.isArray(attrs))) {
    children.unshift(attrs);
    attrs = null;
  }
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else node.setAttribute(k, String(v));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** A link; an optional plain object after the address gives more attributes. */
function link(href, ...children) {
  const first = children[0];
  const attrs = first && typeof first === 'object' && !(first instanceof Node) && !Array.isArray(first) ? children.shift() : {};
  return el('a', { ...attrs, href }, ...children);
}

const view = () => document.getElementById('view');

function show(...children) {
  const v = view();
  v.replaceChildren();
  append(v, children);
}

function showError(message) {
  const box = document.getElementById('error');
  box.textContent = message;
  box.hidden = !message;
}

async function api(path, params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null && v !== '') qs.set(k, v);
  const url = '/api/' + path + (qs.toString() ? '?' + qs : '');
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await res.json();
  if (!res.ok) throw new Error(body.error ? body.error.message : res.status + ' ' + url);
  return body;
}

function pairOf(e) {
  const sides = [...new Set(e.actors)].sort();
  return sides.length >= 2 ? sides[0] + '-' + sides[1] : null;
}

function typeBadge(type) {
  return el('span.badge.type-' + type, type);
}

function statusBadge(status) {
  return el('span.status.status-' + status, status);
}

/** A text with spans marked: a fragment of text nodes and <mark> elements. */
function marked(text, spans) {
  const frag = document.createDocumentFragment();
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue;
    frag.append(document.createTextNode(text.slice(at, s.start)), el('mark', text.slice(s.start, s.end)));
    at = s.end;
  }
  frag.append(document.createTextNode(text.slice(at)));
  return frag;
}

function eventsTable(events, opts = {}) {
  if (!events.length) return el('p.empty', 'No events.');
  return el('table.events', el('thead', el('tr', ['Date', 'Type', 'Sides', 'Status', 'Place', 'Evidence'].map((h) => el('th', h)))),
    el('tbody', events.map((e) => {
      const pair = pairOf(e);
      return el('tr', { dataset: { eventId: e.id, sourceEvents: (e.sources || [{ eventId: e.id }]).map((s) => s.eventId).join(',') }, class: 'event-row status-' + e.status },
        el('td', e.date || '—'),
        el('td', typeBadge(e.type), e.mode ? ' ' + e.mode : ''),
        el('td', e.actors.join(e.directed ? ' → ' : ' – '), pair && !opts.noPairLink
          ? [' ', link('#/timeline/' + pair, { class: 'pair-link' }, 'timeline')] : null),
        el('td', statusBadge(e.status)),
        el('td', e.location || ''),
        el('td', link('#/event/' + encodeURIComponent(e.id), { class: 'event-link' }, '“' + e.evidenceText + '”')));
    })));
}

// ---- views

function selectOf(name, values, current, label) {
  return el('select', { name, 'aria-label': label },
    el('option', { value: '' }, label), values.map((v) => el('option', { value: v, selected: v === current }, v)));
}

async function searchView(params) {
  const f = (name, label, ph) => el('label', label, el('input', { name, value: params.get(name) || '', placeholder: ph || '' }));
  const form = el('form.search', { id: 'search-form' },
    el('input.q', { name: 'q', type: 'search', value: params.get('q') || '', placeholder: 'Search articles and evidence, e.g. tractors', 'aria-label': 'Full-text search' }),
    el('div.filters',
      f('country', 'Country', 'BLR'), f('pair', 'Pair', 'BLR-ZWE'),
      selectOf('type', TYPES, params.get('type'), 'Any type'), selectOf('sector', SECTORS, params.get('sector'), 'Any sector'),
      selectOf('status', STATUSES, params.get('status'), 'Any status'),
      f('since', 'Since', 'YYYY-MM'), f('until', 'Until', 'YYYY-MM'), f('person', 'Person', 'name')),
    el('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const qs = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v) qs.set(k, v);
    location.hash = '#/search?' + qs;
  });
  const results = el('div', { id: 'results' });
  show(form, results);
  const filters = {};
  for (const k of ['country', 'pair', 'type', 'sector', 'status', 'since', 'until', 'person']) filters[k] = params.get(k);
  const q = params.get('q');
  const parts = [];
  if (q) {
    const hits = await api('search', { q, limit: 20 });
    parts.push(el('h2', 'Matching evidence (' + hits.sentences.length + ')'),
      el('ul.hits', { id: 'sentence-hits' }, hits.sentences.map((h) => el('li',
        link('#/event/' + encodeURIComponent(h.canonicalId || h.eventId), { class: 'hit-link' }, marked(h.snippet, h.highlights)),
        el('span.muted', ' — ', h.title || h.source)))),
      el('h2', 'Matching articles (' + hits.articles.length + ')'),
      el('ul.hits', { id: 'article-hits' }, hits.articles.map((h) => el('li',
        link('#/article/' + h.articleId, { class: 'hit-link' }, h.title || h.source), el('div.snippet', marked(h.snippet, h.highlights))))));
  }
  const page = await api('events', { ...filters, q, limit: 200 });
  const pairs = [...new Set(page.items.map(pairOf).filter(Boolean))];
  parts.push(el('h2', (q ? 'Events whose evidence matches (' : 'Events (') + page.total + ')'),
    pairs.length ? el('p.pairs', 'Pair timelines: ', pairs.map((p) => [link('#/timeline/' + p, { class: 'pair-chip' }, p), ' '])) : null,
    eventsTable(page.items));
  append(results, parts);
}

async function timelineView(pair) {
  const [a, b] = pair.split('-');
  const page = await api('events', { pair, limit: 1000 });
  const detail = el('section.detail', { id: 'event-detail' }, el('p.muted', 'Select an event to see its evidence.'));
  const box = el('div', { id: 'timeline' });
  const legend = el('p.legend', TYPES.filter((t) => page.items.some((e) => e.type === t)).map((t) => [typeBadge(t), ' ']),
    ' ', STATUSES.map((s) => [statusBadge(s), ' ']));
  show(el('h1', 'Timeline ', a, ' – ', b, el('span.muted', ' (' + page.total + ' events)')), legend, box, detail,
    el('h2', 'All events'), eventsTable(page.items, { noPairLink: true }));
  const dated = page.items.filter((e) => e.date);
  const items = dated.map((e) => ({
    id: e.id,
    start: e.date.length === 4 ? e.date + '-01-01' : e.date.length === 7 ? e.date + '-01' : e.date,
    content: el('span', { class: 'item-label' }, e.type, e.status !== 'occurred' ? ' (' + e.status + ')' : ''),
    className: 'type-' + e.type + ' status-' + e.status,
  }));
  if (!items.length) {
    box.append(el('p.empty', 'No dated events for this pair.'));
    return;
  }
  const byId = new Map(page.items.map((e) => [e.id, e]));
  const tl = new Timeline(box, items, { stack: true, zoomable: true, margin: { item: 6 }, orientation: 'top' });
  tl.on('select', ({ items: sel }) => {
    if (sel.length) openEvidence(detail, byId.get(sel[0]));
  });
  box.dataset.items = String(items.length);
  window.attacheTimeline = tl;
}

function openEvidence(detail, e) {
  detail.replaceChildren(
    el('h2', typeBadge(e.type), ' ', e.date || 'undated', ' ', statusBadge(e.status)),
    el('blockquote.evidence', e.evidenceText),
    el('p', e.actors.join(e.directed ? ' → ' : ' – '), e.location ? ' · ' + e.location : '',
      e.sectors.length ? ' · ' + e.sectors.join(', ') : ''),
    el('p', link('#/event/' + encodeURIComponent(e.id), { id: 'open-event' }, 'Event details'), ' · ',
      link('#/article/' + e.articleId + '?event=' + encodeURIComponent(e.id), { id: 'open-article' }, 'Read in the article')));
}

async function eventView(id) {
  const e = await api('events/' + encodeURIComponent(id));
  const pair = pairOf(e);
  show(el('h1', typeBadge(e.type), ' ', e.mode || e.type.toLowerCase(), ' ', statusBadge(e.status)),
    el('dl.fields',
      el('dt', 'Sides'), el('dd', e.actors.join(e.directed ? ' → ' : ' – '), pair ? [' · ', link('#/timeline/' + pair, 'pair timeline')] : null),
      el('dt', 'Date'), el('dd', e.date || 'unknown'),
      el('dt', 'Place'), el('dd', e.location || 'unknown', e.place ? ' (' + e.place.lat.toFixed(2) + ', ' + e.place.lon.toFixed(2) + ')' : ''),
      el('dt', 'Sectors'), el('dd', e.sectors.join(', ') || '—'),
      el('dt', 'People'), el('dd', e.people.join(', ') || '—'),
      el('dt', 'Confidence'), el('dd', e.confidence.toFixed(2))),
    e.canonicalId ? el('p', 'One article’s report of ', link('#/event/' + encodeURIComponent(e.canonicalId), { id: 'open-canonical' }, 'this event')) : null,
    el('h2', { id: 'sources-heading' }, 'Evidence (' + e.sources.length + (e.sources.length === 1 ? ' source)' : ' sources)')),
    e.sources.map((s) => el('div.source', { dataset: { articleId: s.id } },
      el('blockquote.evidence', s.evidenceText),
      el('p', link('#/article/' + s.id + '?event=' + encodeURIComponent(s.eventId || e.id), { class: 'source-link' }, s.title || s.fileName),
        el('span.muted', ' ', s.pubDate || '', s.copyOf ? ' · copy' : '', ' · characters ', s.evidence.start, '–', s.evidence.end)))),
    e.notes && e.notes.length ? [el('h2', 'Notes'), el('ul.notes', e.notes.map((n) => el('li', n)))] : null,
    e.why && Object.keys(e.why).length ? [el('h2', 'Why'), el('dl.fields', Object.entries(e.why).map(([k, v]) => [el('dt', k), el('dd', v)]))] : null);
}

/** The article text cut at every highlight boundary, each piece a text node inside a span with its classes. */
function highlightedText(text, evidence, mentions, focus) {
  const ranges = [
    ...evidence.map((h) => ({ start: h.start, end: h.end, cls: 'evidence' + (focus && (h.eventId === focus || h.canonicalId === focus) ? ' focus' : ''), eventId: h.eventId, canonicalId: h.canonicalId })),
    ...mentions.map((h) => ({ start: h.start, end: h.end, cls: 'mention', personId: h.personId })),
  ].filter((r) => r.end > r.start && r.end <= text.length);
  const cuts = new Set([0, text.length]);
  for (const r of ranges) { cuts.add(r.start); cuts.add(r.end); }
  const points = [...cuts].sort((x, y) => x - y);
  const root = el('div.article-text', { id: 'article-text' });
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, t] = [points[i], points[i + 1]];
    const over = ranges.filter((r) => r.start <= s && t <= r.end);
    const piece = text.slice(s, t);
    if (!over.length) { root.append(document.createTextNode(piece)); continue; }
    const node = el(over.some((r) => r.eventId) ? 'mark' : 'span', { class: [...new Set(over.flatMap((r) => r.cls.split(' ')))].join(' ') }, piece);
    const ev = over.find((r) => r.eventId);
    const person = over.find((r) => r.personId);
    const target = ev ? '#/event/' + encodeURIComponent(ev.canonicalId || ev.eventId) : person ? '#/person/' + encodeURIComponent(person.personId) : null;
    if (ev) {
      node.dataset.eventId = ev.eventId;
      if (ev.canonicalId) node.dataset.canonicalId = ev.canonicalId;
      node.title = 'Evidence of an event: click to open it';
    }
    if (person) node.dataset.personId = person.personId;
    if (target) {
      // Reachable by keyboard as well as by mouse.
      node.tabIndex = 0;
      node.setAttribute('role', 'link');
      node.addEventListener('click', () => { location.hash = target; });
      node.addEventListener('keydown', (k) => { if (k.key === 'Enter') location.hash = target; });
    }
    root.append(node);
  }
  return root;
}

async function articleView(id, params) {
  const a = await api('articles/' + encodeURIComponent(id));
  const focus = params.get('event');
  const text = highlightedText(a.text, a.highlights.evidence, a.highlights.mentions, focus);
  show(el('h1', a.title || a.fileName),
    el('p.muted', a.pubDate || 'undated', ' · ', a.source, a.url ? [' · ', el('span.url', a.url)] : null),
    el('div.reader', text,
      el('aside',
        el('h2', 'Events (' + a.events.length + ')'),
        el('ol.article-events', a.events.map((e) => el('li', { class: focus && (e.id === focus || e.canonicalId === focus) ? 'focus' : null },
          link('#/event/' + encodeURIComponent(e.canonicalId || e.id), { class: 'event-link' }, typeBadge(e.type), ' ', e.date || 'undated', ' ', e.actors.join('–')),
          ' ', statusBadge(e.status)))),
        el('h2', 'People (' + a.people.length + ')'),
        el('ul', a.people.map((p) => el('li', link('#/person/' + encodeURIComponent(p.id), { class: 'person-link' }, p.name),
          p.role ? el('span.muted', ' ', p.role) : null))))));
  const target = text.querySelector('mark.focus');
  if (target) target.scrollIntoView({ block: 'center' });
}

async function personView(id) {
  const p = await api('people/' + encodeURIComponent(id));
  show(el('h1', p.name, p.country ? el('span.muted', ' ', p.country) : null),
    p.aliases.length ? el('p', 'Also named: ', p.aliases.join(', ')) : null,
    el('h2', 'Roles over time'),
    p.roles.length ? el('ul.roles', p.roles.map((r) => el('li', r.date || 'undated', ' — ', r.role, ' ',
      link('#/article/' + r.articleId, 'source')))) : el('p.empty', 'No role recorded.'),
    el('h2', 'Events (' + p.events.length + ')'), eventsTable(p.events),
    el('h2', 'Sources (' + p.sources.length + ')'),
    el('ul', p.sources.map((s) => el('li', link('#/article/' + s.id, s.title || s.fileName), el('span.muted', ' ', s.pubDate || '')))));
}

async function peopleView(params) {
  const q = params.get('q') || '';
  const form = el('form.search', el('input', { name: 'q', value: q, placeholder: 'Name contains…', 'aria-label': 'Name' }), el('button', 'Find'));
  form.addEventListener('submit', (ev) => { ev.preventDefault(); location.hash = '#/people?q=' + encodeURIComponent(new FormData(form).get('q')); });
  const page = await api('people', { q, limit: 500 });
  show(el('h1', 'People (' + page.total + ')'), form,
    el('table', el('tbody', page.items.map((p) => el('tr', el('td', link('#/person/' + encodeURIComponent(p.id), p.name)),
      el('td', p.country || ''), el('td', p.role || ''))))));
}

async function articlesView() {
  const page = await api('articles', { limit: 1000 });
  show(el('h1', 'Articles (' + page.total + ')'),
    el('table', el('tbody', page.items.map((a) => el('tr', el('td', a.pubDate || ''),
      el('td', link('#/article/' + a.id, a.title || a.fileName)), el('td.muted', a.fileName))))));
}

function periodFilters(params, route, withPeople) {
  const form = el('form.filters', { id: 'graph-filters' },
    selectOf('type', TYPES, params.get('type'), 'Any type'),
    el('label', 'Since', el('input', { name: 'since', value: params.get('since') || '', placeholder: 'YYYY' })),
    el('label', 'Until', el('input', { name: 'until', value: params.get('until') || '', placeholder: 'YYYY' })),
    withPeople ? el('label.check', el('input', { type: 'checkbox', name: 'people', value: '1', checked: params.get('people') === '1' }), ' people') : null,
    el('button', 'Filter'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const qs = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v) qs.set(k, v);
    location.hash = '#/' + route + '?' + qs;
  });
  return form;
}

async function graphView(params) {
  const filters = { type: params.get('type'), since: params.get('since'), until: params.get('until') };
  const { items } = await api('aggregates/pairs', filters);
  const box = el('div', { id: 'graph' });
  show(el('h1', 'Relationship graph'), el('p.muted', 'Countries and organisations (people optionally); edge width = number of events. Click a country edge for the pair timeline.'),
    periodFilters(params, 'graph', true), box);
  const nodes = new Map();
  for (const p of items) for (const c of [p.a, p.b]) nodes.set(c, (nodes.get(c) || 0) + p.count);
  const max = Math.max(1, ...items.map((p) => p.count));
  // People: one node per name, linked to the sides of the events that name them.
  const people = new Map();
  const personEdges = new Map();
  if (params.get('people') === '1') {
    const page = await api('events', { ...filters, limit: 1000 });
    for (const e of page.items) {
      for (const name of e.people) {
        people.set(name, (people.get(name) || 0) + 1);
        for (const side of new Set(e.actors)) {
          if (!nodes.has(side)) nodes.set(side, 1);
          const key = name + '\u0000' + side;
          personEdges.set(key, (personEdges.get(key) || 0) + 1);
        }
      }
    }
  }
  const cy = cytoscape({
    container: box,
    elements: [
      ...[...nodes].map(([id, n]) => ({ data: { id, label: id, weight: n } })),
      ...items.map((p) => ({ data: { id: p.a + '-' + p.b, source: p.a, target: p.b, count: p.count, label: String(p.count) } })),
      ...[...people].map(([name, n]) => ({ data: { id: 'person:' + name, label: name, weight: n }, classes: 'person' })),
      ...[...personEdges].map(([key, n]) => {
        const [name, side] = key.split('\u0000');
        return { data: { id: 'person:' + key, source: 'person:' + name, target: side, count: n, label: '' }, classes: 'person' };
      }),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', 'background-color': '#2b6cb0', color: '#ffffff', 'font-size': 11, 'font-weight': 'bold',
        width: 'mapData(weight, 1, ' + max * 2 + ', 32, 64)', height: 'mapData(weight, 1, ' + max * 2 + ', 32, 64)', 'text-valign': 'center', 'text-halign': 'center' } },
      { selector: 'edge', style: { label: 'data(label)', width: 'mapData(count, 1, ' + max + ', 1, 12)', 'line-color': '#a0aec0', 'font-size': 10, 'curve-style': 'bezier' } },
      { selector: 'node.person', style: { shape: 'round-rectangle', 'background-color': '#d69e2e', color: '#1a202c', 'font-weight': 'normal', 'text-valign': 'bottom', width: 14, height: 14 } },
      { selector: 'edge.person', style: { 'line-style': 'dashed', 'line-color': '#d69e2e', width: 1 } },
    ],
    layout: { name: 'cose', animate: false, randomize: false },
  });
  cy.on('tap', 'edge', (ev) => { if (!ev.target.hasClass('person')) location.hash = '#/timeline/' + ev.target.id(); });
  box.dataset.nodes = String(cy.nodes().length);
  box.dataset.edges = String(cy.edges().length);
  box.dataset.people = String(cy.nodes('.person').length);
  window.attacheGraph = cy;
}

async function mapView(params) {
  const filters = { type: params.get('type'), since: params.get('since'), until: params.get('until') };
  const places = await api('places', filters);
  const width = 960, height = 500;
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('id', 'map');
  const projection = geoNaturalEarth1().fitSize([width, height], { type: 'Sphere' });
  const path = geoPath(projection);
  const add = (tag, attrs, parent = svg) => {
    const n = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
    parent.append(n);
    return n;
  };
  add('path', { d: path({ type: 'Sphere' }), class: 'sphere' });
  add('path', { d: path(geoGraticule10()), class: 'graticule' });
  const countries = feature(world, world.objects.countries);
  const land = add('g', { class: 'countries' });
  for (const f of countries.features) add('path', { d: path(f), class: 'country' }, land);
  add('path', { d: path(mesh(world, world.objects.countries, (a, b) => a !== b)), class: 'borders' });
  const max = Math.max(1, ...places.items.map((p) => p.count));
  const list = el('ul.places', { id: 'place-list' });
  for (const p of places.items) {
    const [x, y] = projection([p.lon, p.lat]);
    const g = add('g', { class: 'place', 'data-name': p.name });
    const c = add('circle', { cx: x, cy: y, r: 4 + 10 * Math.sqrt(p.count / max) }, g);
    const label = add('text', { x: x + 8, y: y + 4 }, g);
    label.textContent = p.name + ' (' + p.count + ')';
    const title = document.createElementNS(ns, 'title');
    title.textContent = p.name + ': ' + p.count + ' event(s)';
    c.append(title);
    list.append(el('li', el('strong', p.name), ' ', p.country, ': ',
      p.events.map((e, i) => [i ? ', ' : '', link('#/event/' + encodeURIComponent(e.id), e.type + ' ' + (e.date || ''))])));
  }
  show(el('h1', 'Map of event places'),
    el('p.muted', places.items.length + ' place(s); ' + places.unplaced + ' event(s) without a known place. Offline world map (Natural Earth via world-atlas).'),
    periodFilters(params, 'map'), el('div.map', svg), list);
}

// ---- routing

async function route() {
  showError('');
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, query] = hash.split('?');
  const params = new URLSearchParams(query || '');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  document.body.dataset.view = parts[0] || 'search';
  try {
    switch (parts[0]) {
      case undefined: case 'search': await searchView(params); break;
      case 'timeline': await timelineView(parts[1]); break;
      case 'event': await eventView(parts[1]); break;
      case 'article': await articleView(parts[1], params); break;
      case 'person': await personView(parts[1]); break;
      case 'people': await peopleView(params); break;
      case 'articles': await articlesView(); break;
      case 'graph': await graphView(params); break;
      case 'map': await mapView(params); break;
      default: show(el('p', 'No such page: ', hash));
    }
    document.body.dataset.ready = hash;
  } catch (err) {
    showError(err.message);
    document.body.dataset.ready = hash;
  }
}

let viewState = null;

async function stats() {
  try {
    const h = await api('health');
    const view = h.view || {};
    // The canonical view is built in the background: say so until it is ready, and look again meanwhile.
    const note = { building: ' · canonical view being built…', stale: ' · canonical view updating…',
      failed: ' · canonical view failed: ' + view.failure }[view.state] || '';
    document.getElementById('stats').textContent =
      `${h.articles} articles · ${h.events} events · ${h.people} people${note}`;
    if (view.state === 'building' || view.state === 'stale') setTimeout(stats, 5000);
    else if (viewState === 'building' && view.state === 'ready') route(); // what answered 503 can be shown now
    viewState = view.state;
  } catch (err) {
    showError(err.message);
  }
}

window.addEventListener('hashchange', route);
stats();
route();
