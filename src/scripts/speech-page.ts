/** Speech page: the ¶ link of each paragraph also copies the paragraph's URL. */

// On a phone the outline starts folded, so the text comes first; without JavaScript it stays open.
const outline = document.querySelector<HTMLDetailsElement>('.outline details');
if (outline && matchMedia('(max-width: 48rem)').matches) outline.open = false;

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.para-link');
  if (!link) return;
  const url = new URL(link.getAttribute('href') ?? '', location.href).href;
  navigator.clipboard?.writeText(url).then(
    () => {
      link.classList.add('copied');
      setTimeout(() => link.classList.remove('copied'), 1500);
    },
    () => {
      /* Clipboard refused (insecure context): following the link still puts it in the address bar. */
    },
  );
});
