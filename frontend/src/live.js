// Live updates without reloading the page: poll /changes for what was stored since the
// rows were last loaded (the "N new" marker; clicking it loads them) and /watch for the
// watcher's sources, last polls, errors and alerts. ?refresh=SECONDS sets the period.
import { getJSON } from './api.js';

const DEFAULT_SECONDS = 20;

export function refreshSeconds(search = location.search) {
  const v = Number(new URLSearchParams(search).get('refresh'));
  return Number.isFinite(v) && v >= 1 ? v : DEFAULT_SECONDS;
}

const plural = (n, word) => `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;
const every = (s) => (s % 86400 === 0 ? `${s / 86400}d` : s % 3600 === 0 ? `${s / 3600}h`
  : s % 60 === 0 ? `${s / 60}m` : `${s}s`);
const when = (iso) => (iso ? `${iso.replace('T', ' ').slice(0, 19)} UTC` : '—');

function cell(tr, text, cls) {
  const td = document.createElement('td');
  td.textContent = text;
  if (cls) td.className = cls;
  tr.appendChild(td);
}

export class Live {
  constructor({ marker, panel, onShow }) {
    this.marker = marker;
    this.panel = panel;
    this.onShow = onShow;
    this.since = null;
    this.latest = null;
    marker.addEventListener('click', () => {
      this.since = this.latest;
      marker.hidden = true;
      marker.dataset.count = '0';
      this.onShow();
    });
  }

  async start() {
    try {
      const got = await getJSON('changes');
      this.since = this.latest = got.latest;
    } catch (err) { /* the next tick tries again */ }
    this.tick();
    setInterval(() => this.tick(), refreshSeconds() * 1000);
  }

  async tick() {
    await Promise.all([this.checkChanges(), this.showWatch()]);
  }

  async checkChanges() {
    try {
      const got = await getJSON('changes', { since: this.since });
      if (got.latest) this.latest = got.latest;
      const n = got.events;
      if (got.articles > 0) {
        this.marker.textContent = n > 0
          ? `${plural(n, 'new event')} (${plural(got.articles, 'article')}) · show`
          : `${plural(got.articles, 'new article')}, no events · show`;
        this.marker.dataset.count = String(n);
        this.marker.hidden = false;
      }
    } catch (err) { /* a server restart: try again next time */ }
  }

  async showWatch() {
    let got;
    try {
      got = await getJSON('watch');
    } catch (err) {
      return;
    }
    if (!got.watching && !got.sources.length) {
      this.panel.hidden = true;
      return;
    }
    this.panel.hidden = false;
    this.panel.dataset.watching = String(got.watching);
    const failing = got.sources.filter((s) => s.failures > 0).length;
    const polls = got.sources.map((s) => s.last_poll).filter(Boolean).sort();
    const head = got.watching
      ? `Watching ${plural(got.sources.length, 'source')} every ${every(got.every)}`
      : `Not watching now (${plural(got.sources.length, 'source')} watched before)`;
    this.panel.querySelector('[data-testid=watch-summary]').textContent = `${head} · last poll ${when(polls.at(-1))}`
      + (failing ? ` · ${failing} failing` : '') + (got.alerts.length ? ` · ${plural(got.alerts.length, 'alert')}` : '');
    const body = this.panel.querySelector('tbody');
    body.replaceChildren();
    for (const s of got.sources) {
      const tr = document.createElement('tr');
      tr.setAttribute('data-testid', 'watch-source');
      if (s.failures) tr.className = 'failing';
      cell(tr, s.source);
      cell(tr, s.kind);
      cell(tr, when(s.last_poll));
      cell(tr, when(s.next_poll));
      cell(tr, String(s.articles ?? 0));
      cell(tr, s.failures ? `${s.failures}× ${s.last_error || ''}` : 'ok', s.failures ? 'error' : '');
      body.appendChild(tr);
    }
    const list = this.panel.querySelector('[data-testid=alerts]');
    list.replaceChildren();
    for (const a of [...got.alerts].reverse()) {
      const li = document.createElement('li');
      li.setAttribute('data-testid', 'alert');
      const killed = a.killed !== null && a.killed !== undefined ? `, ${a.killed} killed` : '';
      li.textContent = `${when(a.at)} [${a.rule}] ${a.event_type} ${a.place || ''} ${a.country || ''}${killed}`;
      list.appendChild(li);
    }
    this.panel.querySelector('[data-testid=rules]').textContent = got.rules.length
      ? `Alert rules: ${got.rules.join('; ')}` : '';
  }
}
