import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactElement } from 'react';

export function render(element: ReactElement): string {
  return renderToStaticMarkup(element);
}

/** The opening tag of the first element with this id, or '' when there is none. */
export function tagWithId(markup: string, id: string): string {
  return markup.match(new RegExp(`<[a-z0-9]+\\b[^>]*\\sid="${id}"[^>]*>`))?.[0] ?? '';
}

/**
 * The value of an attribute in an opening tag, or undefined when absent. Case-insensitive, as HTML
 * is: React writes some names in camelCase, e.g. autoComplete.
 */
export function attribute(tag: string, name: string): string | undefined {
  return tag.match(new RegExp(`\\s${name}="([^"]*)"`, 'i'))?.[1];
}

/** Every opening tag of this element type. */
export function tags(markup: string, tagName: string): string[] {
  return markup.match(new RegExp(`<${tagName}\\b[^>]*>`, 'g')) ?? [];
}
