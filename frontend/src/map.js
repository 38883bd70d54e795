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
      const c = el('circle', {
        cx: x.toFixed(1), cy: y.toFixed(1), r: radius(r.killed).toFixed(1),
        fill: typeColor(r.type, types), 'data-testid': 'marker', 'data-id': r.id,
      }, this.markers);
      el('title', {}, c).textContent = `${r.date} ${r.type} ${r.place}` + (r.killed ? ` (${r.killed} killed)` : '');
      c.addEventListener('click', () => this.onSelect(r));
    }
    return located.length;
  }

  select(id) {
    for (const c of this.markers.children) c.classList.toggle('selected', c.dataset.id === id);
  }
}
