// Sortable table of the current rows; clicking a header sorts, clicking a row selects it.
const COLUMNS = [
  ['date', 'Date'], ['type', 'Type'], ['mode', 'Mode'], ['status', 'Status'], ['country', 'Country'],
  ['place', 'Place'], ['actor', 'Actor'], ['recipient', 'Recipient'], ['killed', 'Killed'], ['sources', 'Source(s)'],
];

export class Table {
  constructor(table, onSelect) {
    this.table = table;
    this.onSelect = onSelect;
    this.rows = [];
    this.sort = { key: 'date', dir: -1 };
    const tr = document.createElement('tr');
    for (const [key, label] of COLUMNS) {
      const th = document.createElement('th');
      th.textContent = label;
      th.dataset.key = key;
      th.dataset.testid = `th-${key}`;
      th.setAttribute('data-testid', `th-${key}`);
      th.addEventListener('click', () => this.sortBy(key));
      tr.appendChild(th);
    }
    table.tHead.appendChild(tr);
  }

  sortBy(key) {
    this.sort = { key, dir: this.sort.key === key ? -this.sort.dir : 1 };
    this.render();
  }

  update(rows) { this.rows = rows; this.render(); }

  render() {
    const { key, dir } = this.sort;
    const value = (r, k = key) => (r[k] === null || r[k] === undefined ? '' : r[k]);
    const sorted = [...this.rows].sort((a, b) => {
      const x = value(a), y = value(b);
      if (x === y) return 0;
      if (x === '') return 1; // blanks last whatever the direction
      if (y === '') return -1;
      return (x < y ? -1 : 1) * dir;
    });
    for (const th of this.table.tHead.rows[0].cells) {
      th.setAttribute('aria-sort', th.dataset.key === key ? (dir > 0 ? 'ascending' : 'descending') : 'none');
    }
    const body = this.table.tBodies[0];
    body.replaceChildren();
    for (const r of sorted) {
      const tr = document.createElement('tr');
      tr.setAttribute('data-testid', 'row');
      tr.dataset.id = r.id;
      if (r.background) tr.classList.add('background');
      else if (!r.occurred) tr.classList.add('not-occurred');
      for (const [k] of COLUMNS) {
        const td = document.createElement('td');
        td.textContent = k === 'date' && r.dateBasis === 'published' ? `${r.date} (pub.)` : value(r, k);
        tr.appendChild(td);
      }
      tr.addEventListener('click', () => this.onSelect(r));
      body.appendChild(tr);
    }
  }

  select(id) {
    for (const tr of this.table.tBodies[0].rows) tr.classList.toggle('selected', tr.dataset.id === id);
  }
}
