// Fetch helpers: one place that knows the URL shapes of the polybius API.
const BASE = new URL('.', document.baseURI);

export async function getJSON(path, params = {}) {
  const url = new URL(path, BASE);
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, v);
  }
  const res = await fetch(url);
  if (!res.ok) {
    let detail = res.statusText;
    try { detail = (await res.json()).detail; } catch (e) { /* not JSON */ }
    throw new Error(`${res.status}: ${detail}`);
  }
  return res.json();
}

// Events and incidents as flat rows for the map and the table.
export function toRow(rec, kind) {
  const loc = rec.location || {};
  const counts = rec.counts || {};
  const n = (role) => (counts[role] ? counts[role].value : null);
  const name = (a) => (a ? a.name || a.text : '');
  return {
    kind,
    id: kind === 'incident' ? rec.incident_id : rec.event_id,
    date: (rec.date && rec.date.value) || '',
    dateBasis: (rec.date && rec.date.basis) || '',
    background: Boolean(rec.background),
    occurred: rec.status === 'occurred',
    type: rec.event_type, mode: rec.mode, status: rec.status,
    country: loc.country || '', place: loc.name || loc.text || '',
    actor: name(rec.actor), recipient: name(rec.recipient),
    killed: n('killed'), injured: n('injured'), arrested: n('arrested'),
    lat: loc.lat, lon: loc.lon,
    sources: kind === 'incident' ? rec.n_sources : (rec.article && rec.article.source) || '',
    rec,
  };
}
