/** /parallels/: the campaign and year menus show only the passages used in them, as soon as they change. */
const form = document.querySelector<HTMLFormElement>('form[data-filter]');
const rows = [...document.querySelectorAll<HTMLTableRowElement>('table.reused tbody tr')];
const status = document.querySelector<HTMLElement>('#status');

function apply(): void {
  if (!form) return;
  const campaign = (form.elements.namedItem('campaign') as HTMLSelectElement).value;
  const year = (form.elements.namedItem('year') as HTMLSelectElement).value;
  let shown = 0;
  for (const row of rows) {
    const ok =
      (!campaign || (row.dataset.campaigns ?? '').split('|').includes(campaign)) &&
      (!year || (row.dataset.years ?? '').split('|').includes(year));
    row.hidden = !ok;
    if (ok) shown++;
  }
  if (status) status.textContent = `共 ${shown} 句`;
}

form?.addEventListener('change', apply);
form?.addEventListener('submit', (event) => event.preventDefault());
export {};
