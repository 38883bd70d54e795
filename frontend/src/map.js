// The world map: Natural Earth countries (world-atlas, bundled) drawn with d3-geo on SVG;
// one circle per located event, area ~ fatalities, colour ~ event type. No tiles, offline.
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';

const SVG_NS = 'http://www.w3.org/2000/svg';
const PALETTE = ['#d62728', '#1f77b4', '#ff7f0e', '#2ca02c', '#9467bd', '#8c564b',
  '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'];

export function typeColor(type, types) {
  const i = types.indexOf(type);
  return PALETTE[(i < 0 ? types.length : i) % PALETTE.length];
}

export function radius(killed) {
  return 3 + Math.min(25, Math.sqrt(killed || 0) * 2);
}

function el(name, attrs, parent) {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (parent) parent.appendChild(node);
  return node;
}

// How a marker is drawn: news that happened is filled; background history is hollow and
// dashed; planned, thwarted, alleged or denied events are faint and dotted.
export function markerKind(row) {
  if (row.background) return 'background';
  return row.occurred ? 'news' : 'not-occurred';
}

// The size legend: what circle sizes mean, and the two distinct marker styles.
export function sizeLegend(box) {
  box.replaceChildren();
  const svg = el('svg', { viewBox: '0 0 450 60', 'aria-label': 'marker size: killed' }, box);
  let x = 8;
  for (const n of [0, 10, 100, 500]) {
    const r = radius(n);
    el('circle', { cx: x + r, cy: 30, r: r.toFixed(1), 'data-testid': 'size-sample' }, svg);
    const t = el('text', { x: x + 2 * r + 3, y: 34, 'font-size': 11 }, svg);
    t.textContent = String(n);
    x += 2 * r + 26;
  }
  el('circle', { cx: x + 8, cy: 30, r: 6, class: 'hollow' }, svg);
  el('text', { x: x + 17, y: 34, 'font-size': 11 }, svg).textContent = 'background';
  x += 86;
  el('circle', { cx: x + 8, cy: 30, r: 6, class: 'faint' }, svg);
  el('text', { x: x + 17, y: 34, 'font-size': 11 }, svg).textContent = 'not occurred';
  const label = document.createElement('span');
  label.textContent = 'circle area ~ killed';
  box.appendChild(label);
}

export class WorldMap {
  constructor(svg, onSelect) {
    this.svg = svg;
    this.onSelect = onSelect;
    const countries = feature(world, world.objects.countries);
    this.projection = geoNaturalEarth1().fitSize([960, 480], { type: 'Sphere' });
    const path = geoPath(this.projection);
    el('path', { class: 'sphere', d: path({ type: 'Sphere' }) }, svg);
    const g = el('g', { class: 'countries' }, svg);
    for (const f of countries.features) {
      const c = el('path', { class: 'country', d: path(f) }, g);
      el('title', {}, c).textContent = f.properties.name;
    }
    this.markers = el('g', { class: 'markers', 'data-testid': 'markers' }, svg);
  }

  update(rows, types) {
    this.markers.replaceChildren();
    const located = rows.filter((r) => r.lat != null && r.lon != null)
      .sort((a, b) => (b.killed || 0) - (a.killed || 0)); // big circles below small ones
    for (const r of located) {
      const [x, y] = this.projection([r.lon, r.lat]);
      const kind = markerKind(r);
      const c = el('circle', {
        cx: x.toFixed(1), cy: y.toFixed(1), r: radius(r.killed).toFixed(1),
        fill: typeColor(r.type, types), stroke: typeColor(r.type, types), 'data-testid': 'marker',
        'data-id': r.id, 'data-kind': kind, class: kind === 'news' ? '' : kind,
      }, this.markers);
      el('title', {}, c).textContent = `${r.date} ${r.type} ${r.place}` + (r.killed ? ` (${r.killed} killed)` : '')
        + (kind === 'news' ? '' : ` [${kind === 'background' ? 'background history' : r.status}]`);
      c.addEventListener('click', () => this.onSelect(r));
    }
    return located.length;
  }

  select(id) {
    for (const c of this.markers.children) c.classList.toggle('selected', c.dataset.id === id);
  }
}
