/**
 * Copying with a word on what happened, on any host.
 *
 * The asynchronous Clipboard API exists only in a secure context (HTTPS or
 * localhost); an intranet host served over plain HTTP has none. There the text is
 * put in a selected, read-only text box and copied with the older copy command;
 * when even that is refused, the text stays selected in the box and the page says
 * to press Ctrl+C. Either way the control is marked (`data-copied`, shown by CSS) and
 * the page's status line (`#copy-status`, a live region) says what happened.
 */

export type CopyOutcome = 'copied' | 'selected';

function statusLine(): HTMLElement {
  let line = document.getElementById('copy-status');
  if (!line) {
    line = document.createElement('div');
    line.id = 'copy-status';
    line.className = 'copy-status';
    line.setAttribute('role', 'status');
    line.setAttribute('aria-live', 'polite');
    document.body.append(line);
  }
  return line;
}

/** The box that holds the text when the page has to copy it itself (or ask for Ctrl+C). */
function copyBox(text: string): HTMLTextAreaElement {
  let box = document.getElementById('copy-box') as HTMLTextAreaElement | null;
  if (!box) {
    box = document.createElement('textarea');
    box.id = 'copy-box';
    box.className = 'copy-box';
    box.readOnly = true;
    box.setAttribute('aria-label', '要复制的文字');
    box.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') box!.hidden = true;
    });
    document.body.append(box);
  }
  box.value = text;
  box.hidden = false;
  return box;
}

async function writeText(text: string): Promise<CopyOutcome> {
  if (window.isSecureContext && navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return 'copied';
    } catch {
      /* refused (permission, focus): fall back to the copy command below */
    }
  }
  const focused = document.activeElement as HTMLElement | null;
  const box = copyBox(text);
  box.focus();
  box.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  if (copied) {
    box.hidden = true;
    focused?.focus();
    return 'copied';
  }
  // Left visible and selected: Ctrl+C copies it; Esc closes the box.
  return 'selected';
}

/** Copies `text`, marks `control` with `done` for a moment and says what happened. */
export async function copyWithFeedback(text: string, control: Element, done: string): Promise<CopyOutcome> {
  const outcome = await writeText(text);
  const line = statusLine();
  if (outcome === 'copied') {
    control.setAttribute('data-copied', done);
    line.textContent = `${done}：${text.length > 40 ? `${text.slice(0, 40)}…` : text}`;
    setTimeout(() => control.removeAttribute('data-copied'), 1500);
  } else {
    control.setAttribute('data-copied', '请按 Ctrl+C');
    line.textContent = '浏览器不允许本页直接复制：文字已选中，请按 Ctrl+C（苹果电脑 ⌘+C）复制，按 Esc 关闭。';
  }
  return outcome;
}
