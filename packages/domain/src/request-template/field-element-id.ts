/**
 * The HTML id (and error-summary anchor) for an answer path: `professionals.items.0.name` becomes
 * `professionals-items-0-name`. Letters and digits are kept and dots become dashes; anything else,
 * and a digit or dot at the very start, becomes `_hex_`, so the id is always safe in HTML, CSS selectors
 * and URL fragments, and different paths never share an id.
 */
export function fieldElementId(path: string): string {
  let id = '';
  for (const ch of path) {
    if (ch === '.' && id !== '') id += '-';
    else if (/[A-Za-z]/.test(ch) || (/\d/.test(ch) && id !== '')) id += ch;
    else id += `_${(ch.codePointAt(0) ?? 0).toString(16)}_`;
  }
  return id === '' ? '_' : id;
}
