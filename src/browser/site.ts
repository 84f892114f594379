import { quickBox } from '../lib/search/browser/quick-box.ts';

/** Every page: `/` focuses the search box (the page's own on /search/, else the header's). */
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const typing = (event.target as Element | null)?.closest('input, textarea, select, [contenteditable="true"]');
  if (typing) return;
  const box = document.querySelector<HTMLInputElement>('#q') ?? document.querySelector<HTMLInputElement>('#quick-q');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

// The header's search box answers as you type (titles, speakers, campaigns, headings, concepts).
const quick = document.querySelector<HTMLFormElement>('form.quick-search');
if (quick) quickBox(quick, document.documentElement.dataset.base ?? '/');
