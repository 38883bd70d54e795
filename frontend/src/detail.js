// The detail panel: an event or incident, every source article with the evidence
// sentence(s) highlighted in its text, how the counts spread across sources and (an
// incident) how they were reported over time, its outlets and its later mentions.
import { getJSON } from './api.js';

function h(tag, text, attrs = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

// Where each evidence sentence sits in the text: the stored offsets when they match,
// else the first occurrence of the sentence (offsets can drift after text cleaning).
export function spans(text, evidences) {
  const out = [];
  for (const ev of evidences) {
    if (!ev || !ev.sentence) continue;
    let start = ev.start;
    if (text.slice(ev.start, ev.end) !== ev.sentence) start = text.indexOf(ev.sentence);
    if (start >= 0) out.push([start, start + ev.sentence.length]);
  }
  out.sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const s of out) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push(s);
  }
  return merged;
}

function highlighted(text, evidences) {
  const div = h('div', null, { class: 'article-text', 'data-testid': 'article-text' });
  let at = 0;
  for (const [a, b] of spans(text, evidences)) {
    div.appendChild(document.createTextNode(text.slice(at, a)));
    div.appendChild(h('mark', text.slice(a, b), { 'data-testid': 'evidence' }));
    at = b;
  }
  div.appendChild(document.createTextNode(text.slice(at)));
  return div;
}

function facts(pairs, testid) {
  const dl = h('dl', null, testid ? { 'data-testid': testid } : {});
  for (const [k, v] of pairs) {
    if (v === null || v === undefined || v === '') continue;
    dl.append(h('dt', k), h('dd', String(v), { 'data-field': k }));
  }
  return dl;
}

const count = (c) => (c ? `${c.qualifier && c.qualifier !== 'exact' ? c.qualifier.replace('_', ' ') + ' ' : ''}${c.value}` : '');

function spreadTable(incident, events) {
  const table = h('table', null, { 'data-testid': 'count-spread' });
  const roles = ['killed', 'injured', 'arrested'];
  const head = h('tr');
  head.append(h('th', 'Source'), ...roles.map((r) => h('th', r)));
  table.appendChild(head);
  for (const ev of events) {
    const tr = h('tr');
    tr.append(h('td', ev.article.source || ev.article.id), ...roles.map((r) => h('td', count(ev.counts[r]))));
    table.appendChild(tr);
  }
  if (incident) {
    const tr = h('tr', null, { 'data-testid': 'incident-counts' });
    const c = incident.counts || {};
    tr.append(h('th', 'incident (value, low–high)'),
      ...roles.map((r) => h('th', c[r] ? `${c[r].value} (${c[r].low}–${c[r].high})` : '')));
    table.appendChild(tr);
  }
  return table;
}

// How each count was reported, figure by figure, first reported first (the incident's
// estimate is the latest figure; low–high spans them all).
function historyTable(history) {
  const table = h('table', null, { 'data-testid': 'count-history' });
  const head = h('tr');
  head.append(...['count', 'figure', 'first reported', 'by', 'last reported'].map((c) => h('th', c)));
  table.appendChild(head);
  for (const [role, entries] of Object.entries(history || {})) {
    for (const e of entries) {
      const tr = h('tr', null, { 'data-testid': 'history-row' });
      tr.append(h('td', role), h('td', count(e)), h('td', e.first_reported || 'undated'),
        h('td', e.source || ''), h('td', e.last_reported || ''));
      table.appendChild(tr);
    }
  }
  return table;
}

// Who reported it; a wire copy names the outlet whose story it republished, which is
// why an incident can have fewer independent sources than articles.
function outletsTable(outlets) {
  const table = h('table', null, { 'data-testid': 'outlets' });
  const head = h('tr');
  head.append(...['outlet', 'articles', 'first reported', 'same story as'].map((c) => h('th', c)));
  table.appendChild(head);
  for (const o of outlets) {
    const tr = h('tr', null, { 'data-testid': 'outlet', 'data-copy': o.same_story_as ? 'true' : 'false' });
    tr.append(h('td', o.source), h('td', String(o.article_ids.length)), h('td', o.first_reported || ''),
      h('td', o.same_story_as || ''));
    table.appendChild(tr);
  }
  return table;
}

// Later articles that recall the incident as background: listed, never counted.
function mentionsList(mentions, events) {
  const sentence = new Map(events.map((ev) => [ev.event_id, ev.evidence && ev.evidence.sentence]));
  const ul = h('ul', null, { 'data-testid': 'mentions' });
  for (const m of mentions) {
    const text = sentence.get(m.event_id);
    ul.appendChild(h('li', `${m.published ? m.published.slice(0, 10) : 'undated'} · ${m.source || m.article_id}`
      + `${text ? ` — “${text}”` : ''}`, { 'data-testid': 'mention' }));
  }
  return ul;
}

async function sources(events) {
  const byArticle = new Map();
  for (const ev of events) {
    if (!byArticle.has(ev.article.id)) byArticle.set(ev.article.id, []);
    byArticle.get(ev.article.id).push(ev.evidence);
  }
  const section = h('section', null, { 'data-testid': 'sources' });
  section.appendChild(h('h3', `Source articles (${byArticle.size})`));
  for (const [id, evidences] of byArticle) {
    const got = await getJSON(`articles/${encodeURIComponent(id)}`);
    const a = got.article;
    const box = h('article', null, { 'data-testid': 'source-article', 'data-id': id });
    box.append(h('h3', a.title || id),
      facts([['source', a.source], ['published', a.published], ['url', a.url]]),
      highlighted(a.text || '', evidences));
    section.appendChild(box);
  }
  return section;
}

const PRECISION = { point: 'exact point', city: 'town or city', admin2: 'district', admin1: 'province or state',
  country: 'country only', region: 'region' };

export function dateText(d) {
  if (!d || !d.value) return 'unknown';
  const how = d.basis === 'published'
    ? `no date in the text: publication day, ${d.precision === 'week' ? 'within the week before' : 'the news of that day'}`
    : `${d.precision}${d.text ? `, "${d.text}"` : ''}`;
  return `${d.value} (${how})`;
}

export function actorText(a) {
  if (!a) return 'not named';
  const name = a.name && a.name !== a.text ? `${a.name} ("${a.text}")` : (a.name || a.text);
  return a.kind ? `${name}, ${a.kind.replace('_', ' ')}` : name;
}

export function placeText(loc) {
  if (!loc) return 'unknown';
  const name = [loc.name || loc.text, loc.admin1, loc.country].filter(Boolean).join(', ');
  return `${name} (${PRECISION[loc.precision] || loc.precision || 'precision unknown'})`;
}

export async function showDetail(panel, row) {
  panel.replaceChildren(h('p', 'Loading…', { class: 'hint' }));
  let incident = null, events, mentioned = [];
  if (row.kind === 'incident') {
    const got = await getJSON(`incidents/${encodeURIComponent(row.id)}`);
    incident = got.incident;
    events = got.events;
    mentioned = got.mentions || [];
  } else {
    events = [row.rec];
  }
  const rec = incident || row.rec;
  const outlets = incident && incident.outlets && incident.outlets.length
    ? incident.outlets.map((o) => o.source + (o.same_story_as ? ` (${o.same_story_as}'s story)` : ''))
    : [...new Set(events.map((ev) => ev.article.source || ev.article.url || ev.article.id))];
  const nodes = [
    h('h2', `${rec.event_type}${rec.mode ? ' / ' + rec.mode : ''} — ${row.place || 'unknown place'}`, { 'data-testid': 'detail-title' }),
    facts([['kind', row.kind], ['id', row.id], ['date', dateText(rec.date)],
      ['status', rec.status], ['news or history', rec.background ? 'background (history the article recalls)' : 'news'],
      ['actor', actorText(rec.actor)], ['recipient', actorText(rec.recipient)],
      ['place', placeText(rec.location)], ['country', row.country],
      ['reported by', outlets.join(', ')],
      ['articles', incident ? incident.n_articles : null], ['sources', incident ? incident.n_sources : null],
      ['confidence', incident ? null : rec.confidence]], 'record'),
    h('h3', 'Counts across sources'), spreadTable(incident, events),
  ];
  if (incident && incident.counts_history && Object.keys(incident.counts_history).length) {
    nodes.push(h('h3', 'How the counts were reported'), historyTable(incident.counts_history));
  }
  if (incident && incident.outlets && incident.outlets.length) {
    nodes.push(h('h3', `Outlets (${incident.n_sources} independent of ${incident.outlets.length})`),
      outletsTable(incident.outlets));
  }
  const mentions = (incident && incident.mentions_in_later_articles) || [];
  if (mentions.length) {
    nodes.push(h('h3', `Mentioned in later articles (${mentions.length})`),
      mentionsList(mentions, [...events, ...mentioned]));
  }
  panel.replaceChildren(...nodes);
  panel.appendChild(await sources(events));
}
