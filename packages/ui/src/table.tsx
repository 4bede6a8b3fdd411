import { isValidElement } from 'react';
import type { ReactNode } from 'react';

import { cx } from './class-names';

export type SortDirection = 'ascending' | 'descending';

export type TableCell = {
  content: ReactNode;
  format?: 'numeric';
  className?: string;
  colSpan?: number;
  rowSpan?: number;
};

export type TableHeadCell = TableCell & {
  /** Makes the column sortable: the header becomes a button that calls onSort with this key. */
  sortKey?: string;
  /** Names the column in the sort announcement when `content` is not plain text. */
  sortLabel?: string;
};

export type TableRow = Array<ReactNode | TableCell> | { key: string; cells: Array<ReactNode | TableCell> };

export type TableSort = { key: string; direction: SortDirection };

export type TableProps = {
  caption?: ReactNode;
  captionSize?: 'm' | 'l' | 'xl';
  head?: Array<ReactNode | TableHeadCell>;
  rows: TableRow[];
  firstCellIsHeader?: boolean;
  /** The column the rows are sorted by. The table does not sort: the caller sorts and passes rows in order. */
  sort?: TableSort | undefined;
  /** Called with the column's sortKey and the direction it should now be sorted in. */
  onSort?: (key: string, direction: SortDirection) => void;
  className?: string;
};

function isCell<T extends TableCell>(value: ReactNode | T): value is T {
  return typeof value === 'object' && value !== null && !isValidElement(value) && 'content' in value;
}

function toCell<T extends TableCell>(value: ReactNode | T): T | TableCell {
  return isCell(value) ? value : { content: value };
}

function rowCells(row: TableRow): { key: string | undefined; cells: Array<ReactNode | TableCell> } {
  return Array.isArray(row) ? { key: undefined, cells: row } : row;
}

// Arrow icons follow the MOJ sortable table: both arrows when unsorted, one when sorted.
function SortIcon({ direction }: { direction: SortDirection | 'none' }) {
  return (
    <svg
      className="app-sortable-table__icon"
      width="22"
      height="22"
      viewBox="0 0 22 22"
      focusable="false"
      aria-hidden="true"
      fill="currentColor"
    >
      {direction !== 'descending' ? <path d="M6.5 9 11 4l4.5 5z" /> : null}
      {direction !== 'ascending' ? <path d="M6.5 13 11 18l4.5-5z" /> : null}
    </svg>
  );
}

export function Table({
  caption,
  captionSize,
  head,
  rows,
  firstCellIsHeader = false,
  sort,
  onSort,
  className,
}: TableProps) {
  const headCells = head?.map((cell): TableHeadCell => toCell(cell));
  const isSortable = Boolean(onSort) && Boolean(headCells?.some((cell) => cell.sortKey));
  const sortedCell = sort ? headCells?.find((cell) => cell.sortKey === sort.key) : undefined;
  const sortedLabel =
    sortedCell &&
    (sortedCell.sortLabel ?? (typeof sortedCell.content === 'string' ? sortedCell.content : ''));

  return (
    <>
      <table className={cx('govuk-table', className)}>
        {caption ? (
          <caption
            className={cx('govuk-table__caption', captionSize && `govuk-table__caption--${captionSize}`)}
          >
            {caption}
          </caption>
        ) : null}
        {headCells ? (
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {headCells.map((cell, index) => {
                const sortKey = isSortable ? cell.sortKey : undefined;
                const direction = sortKey && sort?.key === sortKey ? sort.direction : 'none';
                return (
                  <th
                    key={index}
                    scope="col"
                    className={cx(
                      'govuk-table__header',
                      cell.format && `govuk-table__header--${cell.format}`,
                      cell.className,
                    )}
                    colSpan={cell.colSpan}
                    rowSpan={cell.rowSpan}
                    aria-sort={sortKey ? direction : undefined}
                  >
                    {sortKey && onSort ? (
                      <button
                        type="button"
                        data-index={index}
                        onClick={() =>
                          onSort(sortKey, direction === 'ascending' ? 'descending' : 'ascending')
                        }
                      >
                        {cell.content}
                        <SortIcon direction={direction} />
                      </button>
                    ) : (
                      cell.content
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
        ) : null}
        <tbody className="govuk-table__body">
          {rows.map((row, rowIndex) => {
            const { key, cells } = rowCells(row);
            return (
              <tr key={key ?? rowIndex} className="govuk-table__row">
                {cells.map((value, cellIndex) => {
                  const cell = toCell(value);
                  if (cellIndex === 0 && firstCellIsHeader) {
                    return (
                      <th
                        key={cellIndex}
                        scope="row"
                        className={cx('govuk-table__header', cell.className)}
                        colSpan={cell.colSpan}
                        rowSpan={cell.rowSpan}
                      >
                        {cell.content}
                      </th>
                    );
                  }
                  return (
                    <td
                      key={cellIndex}
                      className={cx(
                        'govuk-table__cell',
                        cell.format && `govuk-table__cell--${cell.format}`,
                        cell.className,
                      )}
                      colSpan={cell.colSpan}
                      rowSpan={cell.rowSpan}
                    >
                      {cell.content}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      {isSortable ? (
        <div className="govuk-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          {sort && sortedLabel ? `Sort by ${sortedLabel} (${sort.direction})` : null}
        </div>
      ) : null}
    </>
  );
}
