/**
 * "My region" on the home grid, an enhancement only: the full grid is there
 * without JavaScript. The chosen region is remembered, marked in the grid and
 * moved to the top, so a customer sees their row first on every visit.
 */
const KEY = 'heliograph-region';
const slot = document.querySelector<HTMLElement>('.my-region');
const rows = [...document.querySelectorAll<HTMLTableRowElement>('table.grid tbody tr[data-region]')];

function remembered(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

function show(code: string): void {
  const body = rows[0]?.parentElement;
  for (const row of rows) row.classList.toggle('mine', row.dataset['region'] === code);
  const mine = rows.find((r) => r.dataset['region'] === code);
  // Back to the built order first, then the chosen row on top.
  for (const row of rows) body?.append(row);
  if (mine) body?.prepend(mine);
}

if (slot && rows.length > 0) {
  const label = document.createElement('label');
  label.textContent = 'My region:';
  const select = document.createElement('select');
  select.add(new Option('None', ''));
  const names = rows.map((r) => ({ code: r.dataset['region']!, name: r.querySelector('th')?.textContent ?? '' }));
  for (const { code, name } of names.sort((a, b) => a.name.localeCompare(b.name))) select.add(new Option(name, code));
  label.append(select);
  slot.replaceChildren(label);
  select.value = remembered();
  if (select.value !== remembered()) select.value = '';
  show(select.value);
  select.addEventListener('change', () => {
    try {
      localStorage.setItem(KEY, select.value);
    } catch {
      // Private browsing: the choice lasts for this page only.
    }
    show(select.value);
  });
  slot.hidden = false;
}
