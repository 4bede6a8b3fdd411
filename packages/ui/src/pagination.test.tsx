import { describe, expect, it } from 'vitest';

import { pageItems, Pagination } from './pagination';
import { attribute, render, tags } from './test-markup';

describe('Pagination', () => {
  it('shows the first, last, current and neighbouring pages with ellipses between', () => {
    expect(pageItems(7, 42)).toEqual([
      { type: 'page', number: 1 },
      { type: 'ellipsis', key: 'after-1' },
      { type: 'page', number: 6 },
      { type: 'page', number: 7 },
      { type: 'page', number: 8 },
      { type: 'ellipsis', key: 'after-8' },
      { type: 'page', number: 42 },
    ]);
  });

  it('shows a single missing page rather than an ellipsis', () => {
    expect(pageItems(3, 5).map((item) => (item.type === 'page' ? item.number : '…'))).toEqual([
      1, 2, 3, 4, 5,
    ]);
  });

  it('marks the current page and links previous and next', () => {
    const markup = render(
      <Pagination currentPage={2} totalPages={3} hrefForPage={(page) => `/requests?page=${page}`} />,
    );

    const links = tags(markup, 'a');
    expect(attribute(links[0] ?? '', 'rel')).toBe('prev');
    expect(attribute(links[0] ?? '', 'href')).toBe('/requests?page=1');
    expect(markup).toContain('aria-label="Page 2" aria-current="page"');
    expect(markup).toContain('<li class="govuk-pagination__item govuk-pagination__item--current">');
    expect(attribute(links.at(-1) ?? '', 'rel')).toBe('next');
    expect(markup).toContain('Next<span class="govuk-visually-hidden"> page</span>');
  });

  it('renders nothing for a single page', () => {
    expect(render(<Pagination currentPage={1} totalPages={1} />)).toBe('');
  });
});
