// Dashboard wiring: filters -> API queries -> map, timeline, table; selection -> detail.
import { getJSON, toRow } from './api.js';
import { WorldMap, typeColor } from './map.js';
import { Timeline } from './timeline.js';
import { Table } from './table.js';
import { showDetail } from './detail.js';

const TYPES = ['ASSAULT', 'COERCE', 'THREATEN', 'PROTEST', 'MOBILIZE', 'SANCTION', 'ACCUSE', 'REJECT',
  'COOPERATE', 'AID', 'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'RETREAT', 'REQUEST'];
const STATUSES = ['occurred', 'planned', 'thwarted', 'alleged', 'denied'];
const LIMIT = 500;

const $ = (id) => document.getElementById(id);
const state = { view: 'events', type: '', country: '', status: '', q: '', since: null, until: null };
let generation = 0;

function fill(select, values) {
  for (const v of values) select.appendChild(new Option(v, v));
}

function filterParams(withRange) {
  const p = { type: state.type, country: state.country, status: state.status, q: state.q };
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
    $('summary').textContent = `${rows.length}${got.next_cursor ? '+' : ''} ${state.view} (${onMap} on the map)`;
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
        const v = $(id).value.trim();
        if (id === 'f-country' && v.length !== 0 && v.length !== 3) return;
        state[id.slice(2)] = v;
        reload();
      }, 300);
    });
  }
  $('f-reset').addEventListener('click', () => {
    $('filters').reset();
    Object.assign(state, { view: 'events', type: '', country: '', status: '', q: '' });
    reload();
  });
  $('filters').addEventListener('submit', (e) => e.preventDefault());
}

legend();
wire();
reload();
