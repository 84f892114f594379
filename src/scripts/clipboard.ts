/** Copies text and marks the control for a moment (`data-copied`, shown by CSS). */
export async function copyWithFeedback(text: string, control: Element, done: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    control.setAttribute('data-copied', done);
    setTimeout(() => control.removeAttribute('data-copied'), 1500);
  } catch {
    /* Clipboard refused (insecure context or permission): nothing else to do. */
  }
}
