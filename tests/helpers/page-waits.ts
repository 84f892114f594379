/** Waits on what a page says it has done (`aria-busy`, its status line), never on a fixed time. */
import type { Page } from 'playwright-core';

/** Until /concordance/ has finished: its lines not busy and the status line final (`共 …` or `没有 …`). */
export const concordanceDone = (page: Page) =>
  page.waitForFunction(
    () =>
      document.querySelector('#lines')?.getAttribute('aria-busy') === 'false' &&
      /共|没有/.test(document.querySelector('#status')?.textContent ?? ''),
  );

/** Until /search/ has filled its filters from the index (the year menu has more than its blank option). */
export const filtersFilled = (page: Page) => page.waitForFunction(() => document.querySelectorAll('#f-year option').length > 1);
