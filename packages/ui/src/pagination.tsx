import type { MouseEvent } from 'react';

import { cx } from './class-names';
import { Link } from './link';
import type { LinkComponent } from './link';

export type PaginationProps = {
  /** 1-based. */
  currentPage: number;
  totalPages: number;
  /** Defaults to `?page=N`. Links keep real hrefs so they can be opened in a new tab. */
  hrefForPage?: (page: number) => string;
  /** When given, a plain click calls this instead of following the link. */
  onPageChange?: (page: number) => void;
  landmarkLabel?: string;
  className?: string;
  linkAs?: LinkComponent;
};

export type PageItem = { type: 'page'; number: number } | { type: 'ellipsis'; key: string };

/**
 * The pages GOV.UK pagination shows: the first, the last, the current page and its neighbours, with an
 * ellipsis for each gap of more than one page.
 */
export function pageItems(currentPage: number, totalPages: number): PageItem[] {
  const shown = new Set([1, totalPages, currentPage - 1, currentPage, currentPage + 1]);
  const pages = [...shown].filter((page) => page >= 1 && page <= totalPages).sort((a, b) => a - b);
  const items: PageItem[] = [];
  let previous = 0;
  for (const page of pages) {
    if (page - previous === 2) {
      items.push({ type: 'page', number: page - 1 });
    } else if (page - previous > 2) {
      items.push({ type: 'ellipsis', key: `after-${previous}` });
    }
    items.push({ type: 'page', number: page });
    previous = page;
  }
  return items;
}

const previousArrow = (
  <svg
    className="govuk-pagination__icon govuk-pagination__icon--prev"
    xmlns="http://www.w3.org/2000/svg"
    height="13"
    width="15"
    aria-hidden="true"
    focusable="false"
    viewBox="0 0 15 13"
  >
    <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z"></path>
  </svg>
);

const nextArrow = (
  <svg
    className="govuk-pagination__icon govuk-pagination__icon--next"
    xmlns="http://www.w3.org/2000/svg"
    height="13"
    width="15"
    aria-hidden="true"
    focusable="false"
    viewBox="0 0 15 13"
  >
    <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z"></path>
  </svg>
);

function isPlainLeftClick(event: MouseEvent) {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

export function Pagination({
  currentPage,
  totalPages,
  hrefForPage = (page) => `?page=${page}`,
  onPageChange,
  landmarkLabel = 'Pagination',
  className,
  linkAs,
}: PaginationProps) {
  if (totalPages <= 1) {
    return null;
  }

  function handleClick(page: number) {
    return (event: MouseEvent<HTMLAnchorElement>) => {
      if (onPageChange && isPlainLeftClick(event)) {
        event.preventDefault();
        onPageChange(page);
      }
    };
  }

  return (
    <nav className={cx('govuk-pagination', className)} aria-label={landmarkLabel}>
      {currentPage > 1 ? (
        <div className="govuk-pagination__prev">
          <Link
            className="govuk-link govuk-pagination__link"
            href={hrefForPage(currentPage - 1)}
            rel="prev"
            onClick={handleClick(currentPage - 1)}
            linkAs={linkAs}
          >
            {previousArrow}
            <span className="govuk-pagination__link-title">
              Previous<span className="govuk-visually-hidden"> page</span>
            </span>
          </Link>
        </div>
      ) : null}
      <ul className="govuk-pagination__list">
        {pageItems(currentPage, totalPages).map((item) =>
          item.type === 'ellipsis' ? (
            <li key={item.key} className="govuk-pagination__item govuk-pagination__item--ellipsis">
              {'\u22EF'}
            </li>
          ) : (
            <li
              key={item.number}
              className={cx(
                'govuk-pagination__item',
                item.number === currentPage && 'govuk-pagination__item--current',
              )}
            >
              <Link
                className="govuk-link govuk-pagination__link"
                href={hrefForPage(item.number)}
                aria-label={`Page ${item.number}`}
                aria-current={item.number === currentPage ? 'page' : undefined}
                onClick={handleClick(item.number)}
                linkAs={linkAs}
              >
                {item.number}
              </Link>
            </li>
          ),
        )}
      </ul>
      {currentPage < totalPages ? (
        <div className="govuk-pagination__next">
          <Link
            className="govuk-link govuk-pagination__link"
            href={hrefForPage(currentPage + 1)}
            rel="next"
            onClick={handleClick(currentPage + 1)}
            linkAs={linkAs}
          >
            <span className="govuk-pagination__link-title">
              Next<span className="govuk-visually-hidden"> page</span>
            </span>
            {nextArrow}
          </Link>
        </div>
      ) : null}
    </nav>
  );
}
