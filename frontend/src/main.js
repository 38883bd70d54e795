// Dashboard wiring: filters -> API queries -> map, timeline, table; selection -> detail.
import { getJSON, toRow } from './api.js';
import { WorldMap, sizeLegend, typeColor } from './map.js';
import { Timeline } from './timeline.js';
import { Table } from './table.js';
import { showDetail } from './detail.js';
import { Live } from './live.js';

const TYPES = ['ASSAULT', 'COERCE', 'THREATEN', 'PROTEST', 'MOBILIZE', 'SANCTION', 'ACCUSE', 'REJECT',
  'COOPERATE', 'AID', 'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'RETREAT', 'REQUEST'];
const STATUSES = ['occurred', 'planned', 'thwarted', 'alleged', 'denied'];
const LIMIT = 500;

const $ = (id) => document.getElementById(id);
const state = { view: 'events', type: '', country: '', status: '', q: '', since: null, until: null,
  background: false, nonOccurred: false };
const countries = new Map(); // ISO3 -> name, of the countries in the store
const DEFAULTS = { view: 'events', type: '', country: '', status: '', q: '', background: false, nonOccurred: false };
let generation = 0;

function fill(select, values) {
  for (const v of values) select.appendChild(new Option(v, v));
}

// Background history and events that did not occur are off by default: the map, table
// and timeline show the news that happened unless the boxes ask for more.
function filterParams(withRange) {
  const p = { type: state.type, country: state.country, status: state.status, q: state.q };
  if (!state.background) p.background = false;
  if (!state.nonOccurred && !state.status) p.status = 'occurred';
  if (withRange) Object.assign(p, { since: state.since, until: state.until });
  return p;
}

const map = new WorldMap($('map'), select);
const table = new Table($('table'), select);
const timeline = new Timeline($('timeline'), (since, until) => {
  state.since = since;
  state.until = until;
  $('range').textContent = since ? `${since} – ${until}` : '';
  loadRows();
});

async function select(row) {
  map.select(row.id);
  table.select(row.id);
  try {
    await showDetail($('detail'), row);
  } catch (err) {
    $('detail').textContent = `Could not load details: ${err.message}`;
  }
}

async function loadRows() {
  const mine = ++generation;
  const kind = state.view === 'incidents' ? 'incident' : 'event';
  try {
    const got = await getJSON(state.view, { ...filterParams(true), limit: LIMIT });
    if (mine !== generation) return; // a newer query has been started
    const rows = got.items.map((r) => toRow(r, kind));
    const onMap = map.update(rows, TYPES);
    table.update(rows);
    const hidden = [!state.background && 'background', !state.nonOccurred && !state.status && 'not occurred']
      .filter(Boolean);
    $('summary').textContent = `${rows.length}${got.next_cursor ? ` of more (first ${LIMIT} shown)` : ''} ${state.view}`
      + ` (${onMap} on the map)` + (hidden.length ? `; hiding ${hidden.join(' and ')}` : '');
    $('summary').dataset.count = String(rows.length);
  } catch (err) {
    $('summary').textContent = `Error: ${err.message}`;
  }
}

async function loadTimeline() {
  try {
    const got = await getJSON('stats', { ...filterParams(false), by: 'day', what: state.view });
    timeline.update(got.rows);
  } catch (err) {
    $('summary').textContent = `Error: ${err.message}`;
  }
}

function reload() {
  state.since = state.until = null;
  timeline.clear();
  $('range').textContent = '';
  loadTimeline();
  loadRows();
}

function legend() {
  for (const t of TYPES.slice(0, 10)) {
    const s = document.createElement('span');
    const dot = document.createElement('i');
    dot.style.background = typeColor(t, TYPES);
    s.append(dot, t);
    $('legend').appendChild(s);
  }
}

async function loadCountries() {
  try {
    const got = await getJSON('stats', { by: 'country', what: 'events' });
    const list = $('countries');
    for (const r of got.rows) {
      if (!r.key) continue;
      countries.set(r.key, r.name || r.key);
      list.appendChild(new Option(`${r.name || r.key} (${r.key})`, r.name || r.key));
    }
  } catch (err) { /* the box still takes ISO codes */ }
}

// "Nigeria", "nigeria", "NGA", "Nigeria (NGA)" -> "NGA"; null when nothing matches.
export function countryCode(text) {
  const v = text.trim();
  const inParens = v.match(/\(([A-Za-z]{3})\)$/);
  if (inParens) return inParens[1].toUpperCase();
  if (/^[A-Za-z]{3}$/.test(v) && (countries.has(v.toUpperCase()) || !countries.size)) return v.toUpperCase();
  const low = v.toLowerCase();
  for (const [code, name] of countries) if (name.toLowerCase() === low) return code;
  const starts = [...countries].filter(([, name]) => name.toLowerCase().startsWith(low));
  return starts.length === 1 ? starts[0][0] : null;
}

let typing;
function wire() {
  fill($('f-type'), TYPES);
  fill($('f-status'), STATUSES);
  for (const id of ['f-view', 'f-type', 'f-status']) {
    $(id).addEventListener('change', () => { state[id.slice(2)] = $(id).value; reload(); });
  }
  for (const id of ['f-country', 'f-q']) {
    $(id).addEventListener('input', () => {
      clearTimeout(typing);
      typing = setTimeout(() => {
        let v = $(id).value.trim();
        if (id === 'f-country' && v) {
          const code = countryCode(v);
          if (!code) { // say so rather than silently filtering on nothing
            $('summary').textContent = `No country matches "${v}": type a name or an ISO code`;
            return;
          }
          v = code;
        }
        state[id.slice(2)] = v;
        reload();
      }, 300);
    });
  }
  for (const [id, key] of [['f-background', 'background'], ['f-nonoccurred', 'nonOccurred']]) {
    $(id).addEventListener('change', () => { state[key] = $(id).checked; reload(); });
  }
  $('f-reset').addEventListener('click', () => {
    $('filters').reset();
    Object.assign(state, DEFAULTS);
    reload();
  });
  $('filters').addEventListener('submit', (e) => e.preventDefault());
}

legend();
sizeLegend($('size-legend'));
wire();
loadCountries();
reload();
new Live({ marker: $('new-marker'), panel: $('watch'), onShow: reload }).start();
