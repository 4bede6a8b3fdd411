import { describe, expect, it } from 'vitest';

import { Table } from './table';
import type { TableHeadCell } from './table';
import { attribute, render, tags } from './test-markup';

const head: TableHeadCell[] = [
  { content: 'Child', sortKey: 'child' },
  { content: 'Received', sortKey: 'receivedOn' },
  { content: 'Weeks open', format: 'numeric' },
];

const rows = [
  ['Ada Lovelace', '7 March 2027', { content: 3, format: 'numeric' as const }],
  { key: 'b', cells: ['Alan Turing', '1 April 2027', { content: 1, format: 'numeric' as const }] },
];

describe('Table', () => {
  it('renders the caption, head and rows with GOV.UK classes', () => {
    const markup = render(<Table caption="Assessment requests" captionSize="m" head={head} rows={rows} />);

    expect(markup).toContain(
      '<caption class="govuk-table__caption govuk-table__caption--m">Assessment requests</caption>',
    );
    expect(markup).toContain(
      '<th scope="col" class="govuk-table__header govuk-table__header--numeric">Weeks open</th>',
    );
    expect(markup).toContain('<td class="govuk-table__cell govuk-table__cell--numeric">3</td>');
    expect(markup).toContain('<td class="govuk-table__cell">Alan Turing</td>');
  });

  it('marks the sorted column and leaves the other sortable columns unsorted', () => {
    const markup = render(
      <Table
        head={head}
        rows={rows}
        sort={{ key: 'receivedOn', direction: 'descending' }}
        onSort={() => undefined}
      />,
    );

    const headers = tags(markup, 'th');
    expect(attribute(headers[0] ?? '', 'aria-sort')).toBe('none');
    expect(attribute(headers[1] ?? '', 'aria-sort')).toBe('descending');
    expect(attribute(headers[2] ?? '', 'aria-sort')).toBeUndefined();
    expect(markup).toContain('<button type="button" data-index="1">Received<svg');
    expect(markup).toContain(
      '<div class="govuk-visually-hidden" role="status" aria-live="polite" aria-atomic="true">Sort by Received (descending)</div>',
    );
  });

  it('does not offer sorting without an onSort handler', () => {
    const markup = render(<Table head={head} rows={rows} />);

    expect(markup).not.toContain('aria-sort');
    expect(markup).not.toContain('<button');
  });

  it('uses a row header when the first cell is a header', () => {
    const markup = render(<Table rows={[['Ada Lovelace', 'Open']]} firstCellIsHeader />);

    expect(markup).toContain('<th scope="row" class="govuk-table__header">Ada Lovelace</th>');
  });
});
