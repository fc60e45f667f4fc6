/** The smallest single replacement that turns one text into another. */

export interface TextChange {
  from: number;
  to: number;
  insert: string;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Replaces only the middle that differs: the common prefix and suffix stay, so positions
 * before and after the edit (the cursor, the selection, the undo history) map through it.
 * Never splits a surrogate pair. Returns null when the texts are equal.
 */
export function minimalChange(oldText: string, newText: string): TextChange | null {
  if (oldText === newText) return null;
  const shorter = Math.min(oldText.length, newText.length);
  let prefix = 0;
  while (prefix < shorter && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && isHighSurrogate(oldText.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  const room = shorter - prefix;
  while (
    suffix < room &&
    oldText.charCodeAt(oldText.length - 1 - suffix) ===
      newText.charCodeAt(newText.length - 1 - suffix)
  )
    suffix++;
  if (suffix > 0 && isLowSurrogate(oldText.charCodeAt(oldText.length - suffix))) suffix--;
  return {
    from: prefix,
    to: oldText.length - suffix,
    insert: newText.slice(prefix, newText.length - suffix),
  };
}
