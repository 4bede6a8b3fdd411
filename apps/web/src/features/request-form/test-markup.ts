/** Small readers for server-rendered markup, so component tests need no DOM. */

/** The opening tag of the first element with this id, or '' when there is none. */
export function tagWithId(markup: string, id: string): string {
  return markup.match(new RegExp(`<[a-z0-9]+\\b[^>]*\\sid="${escapeRegExp(id)}"[^>]*>`))?.[0] ?? '';
}

/** The value of an attribute in an opening tag (case-insensitive, as React writes some in camelCase). */
export function attribute(tag: string, name: string): string | undefined {
  return tag.match(new RegExp(`\\s${name}="([^"]*)"`, 'i'))?.[1];
}

/** Every opening tag of this element type. */
export function tags(markup: string, tagName: string): string[] {
  return markup.match(new RegExp(`<${tagName}\\b[^>]*>`, 'g')) ?? [];
}

/** The text of every element of this type, tags inside it removed. */
export function texts(markup: string, tagName: string): string[] {
  return [...markup.matchAll(new RegExp(`<${tagName}\\b[^>]*>([\\s\\S]*?)</${tagName}>`, 'g'))].map((m) =>
    (m[1] ?? '').replace(/<[^>]+>/g, '').trim(),
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
