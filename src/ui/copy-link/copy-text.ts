/**
 * Puts text on the clipboard: with the Clipboard API where the page may use it, else with the
 * older copy command on a selected, off-screen text area. Says which worked; false when
 * neither did (then the person copies the text by hand).
 */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  try {
    if (doc.defaultView?.navigator.clipboard) {
      await doc.defaultView.navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // refused (no permission, not a secure page, not focused): try the older way
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.left = '-9999px';
  doc.body.append(area);
  const focused = doc.activeElement;
  area.select();
  let copied: boolean;
  try {
    copied = doc.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  if (focused instanceof HTMLElement) focused.focus();
  return copied;
}
