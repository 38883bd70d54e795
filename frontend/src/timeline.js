// Timeline histogram of counts per day with a drag brush: dragging chooses a date range
// (onRange(since, until)), a click without drag clears it (onRange(null, null)).
const SVG_NS = 'http://www.w3.org/2000/svg';
const W = 960, H = 110, PAD = 20, BINS = 80;
const DAY = 86400000;

const toDay = (ms) => new Date(ms).toISOString().slice(0, 10);

function el(name, attrs, parent) {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (parent) parent.appendChild(node);
  return node;
}

export class Timeline {
  constructor(svg, onRange) {
    this.svg = svg;
    this.onRange = onRange;
    this.domain = null;
    this.bars = el('g', { class: 'bars' }, svg);
    this.axis = el('g', { class: 'axis' }, svg);
    this.brush = el('rect', { class: 'brush', x: 0, y: 0, width: 0, height: H - PAD, 'data-testid': 'brush' }, svg);
    this.drag = null;
    svg.addEventListener('pointerdown', (e) => this.start(e));
    svg.addEventListener('pointermove', (e) => this.move(e));
    svg.addEventListener('pointerup', (e) => this.end(e));
  }

  x(ms) { return PAD + ((ms - this.domain[0]) / (this.domain[1] - this.domain[0])) * (W - 2 * PAD); }

  ms(x) {
    const f = Math.max(0, Math.min(1, (x - PAD) / (W - 2 * PAD)));
    return this.domain[0] + f * (this.domain[1] - this.domain[0]);
  }

  svgX(e) {
    const box = this.svg.getBoundingClientRect();
    return ((e.clientX - box.left) / box.width) * W;
  }

  // rows: [{key: 'YYYY-MM-DD', n}] from /stats?by=day
  update(rows) {
    this.bars.replaceChildren();
    this.axis.replaceChildren();
    const days = rows.filter((r) => r.key).map((r) => [Date.parse(r.key + 'T00:00:00Z'), r.n]);
    if (!days.length) { this.domain = null; return; }
    const lo = Math.min(...days.map((d) => d[0]));
    const hi = Math.max(...days.map((d) => d[0])) + DAY;
    this.domain = [lo, Math.max(hi, lo + BINS * DAY)];
    const width = (this.domain[1] - this.domain[0]) / BINS;
    const bins = new Array(BINS).fill(0);
    for (const [t, n] of days) bins[Math.min(BINS - 1, Math.floor((t - lo) / width))] += n;
    const top = Math.max(...bins);
    const bw = (W - 2 * PAD) / BINS;
    bins.forEach((n, i) => {
      if (!n) return;
      const h = ((H - PAD - 4) * n) / top;
      const bar = el('rect', { class: 'bar', x: (PAD + i * bw).toFixed(1), y: (H - PAD - h).toFixed(1),
        width: Math.max(1, bw - 1).toFixed(1), height: h.toFixed(1), 'data-testid': 'bar' }, this.bars);
      el('title', {}, bar).textContent = `${toDay(lo + i * width)}: ${n}`;
    });
    for (const t of [this.domain[0], (this.domain[0] + this.domain[1]) / 2, this.domain[1] - DAY]) {
      const label = el('text', { x: this.x(t), y: H - 6, 'text-anchor': 'middle' }, this.axis);
      label.textContent = toDay(t);
    }
  }

  start(e) {
    if (!this.domain) return;
    this.svg.setPointerCapture?.(e.pointerId);
    this.drag = { x0: this.svgX(e) };
    this.draw(this.drag.x0, this.drag.x0);
  }

  move(e) { if (this.drag) this.draw(this.drag.x0, this.svgX(e)); }

  end(e) {
    if (!this.drag) return;
    const x0 = this.drag.x0, x1 = this.svgX(e);
    this.drag = null;
    if (Math.abs(x1 - x0) < 3) { this.clear(); this.onRange(null, null); return; }
    const [a, b] = [Math.min(x0, x1), Math.max(x0, x1)];
    this.draw(a, b);
    this.onRange(toDay(this.ms(a)), toDay(this.ms(b)));
  }

  draw(a, b) {
    this.brush.setAttribute('x', Math.min(a, b).toFixed(1));
    this.brush.setAttribute('width', Math.abs(b - a).toFixed(1));
  }

  clear() { this.draw(0, 0); }
}
