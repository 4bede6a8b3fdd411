import type { StatutoryDateState } from '@casework/domain';
import {
  Table,
  Tag,
  type SortDirection,
  type TableCell,
  type TableHeadCell,
  type TagColour,
} from '@casework/ui';
import type { ReactNode } from 'react';

import type { CaseloadRow } from '../../app/api-types';
import { formatDate } from '../../app/format';
import { RouterLink } from '../../app/router-link';
import { SelectCheckbox } from '../../app/select-checkbox';
import { RequestStatusTag } from '../../app/status-tag';

const dueTags: Partial<Record<StatutoryDateState, { text: string; colour: TagColour }>> = {
  overdue: { text: 'Overdue', colour: 'red' },
  due_today: { text: 'Due today', colour: 'orange' },
  due_soon: { text: 'Due soon', colour: 'yellow' },
};

export function DueTag({ state }: { state: StatutoryDateState }) {
  const tag = dueTags[state];
  return tag ? <Tag colour={tag.colour}>{tag.text}</Tag> : null;
}

export function rowName(r: CaseloadRow): string {
  return `${r.reference ?? 'request'}, ${r.childName ?? 'child’s name not given'}`;
}

export interface CaseTableProps {
  caption: ReactNode;
  rows: CaseloadRow[];
  sort?: { key: string; direction: 'asc' | 'desc' } | undefined;
  onSort?: ((key: string, direction: 'asc' | 'desc') => void) | undefined;
  /** Row selection for bulk allocation; absent when the user cannot allocate. */
  selection?:
    | {
        selected: ReadonlySet<string>;
        onChange: (ids: string[], isSelected: boolean) => void;
        describedBy?: string | undefined;
      }
    | undefined;
  /** An extra last column, such as a row's own actions. */
  action?: { heading: string; cell: (row: CaseloadRow) => ReactNode } | undefined;
}

/** The caseload table: one row per request, with where it stands on the statutory clock. */
export function CaseTable({ caption, rows, sort, onSort, selection, action }: CaseTableProps) {
  const allSelected = !!selection && rows.length > 0 && rows.every((r) => selection.selected.has(r.id));
  const head: Array<TableHeadCell | ReactNode> = [
    ...(selection
      ? [
          {
            content: (
              <SelectCheckbox
                id="select-all"
                label="Select all cases on this page"
                checked={allSelected}
                onChange={(checked) =>
                  selection.onChange(
                    rows.map((r) => r.id),
                    checked,
                  )
                }
                describedBy={selection.describedBy}
              />
            ),
            className: 'app-table__select',
          },
        ]
      : []),
    { content: 'Reference', sortKey: 'reference' },
    { content: 'Child', sortKey: 'child' },
    { content: 'Received', sortKey: 'received' },
    { content: 'Status', sortKey: 'status' },
    { content: 'Caseworker', sortKey: 'caseworker' },
    { content: 'Next statutory date', sortKey: 'nextDue' },
    { content: 'Weeks of 20', format: 'numeric' },
    ...(action ? [{ content: action.heading }] : []),
  ];
  return (
    <Table
      className="app-table--dense"
      caption={caption}
      captionSize="m"
      sort={
        sort ? { key: sort.key, direction: sort.direction === 'asc' ? 'ascending' : 'descending' } : undefined
      }
      {...(onSort
        ? {
            onSort: (key: string, direction: SortDirection) =>
              onSort(key, direction === 'ascending' ? 'asc' : 'desc'),
          }
        : {})}
      head={head}
      rows={rows.map((r) => {
        const cells: Array<ReactNode | TableCell> = [
          ...(selection
            ? [
                {
                  content: (
                    <SelectCheckbox
                      id={`select-${r.id}`}
                      label={`Select ${rowName(r)}`}
                      checked={selection.selected.has(r.id)}
                      onChange={(checked) => selection.onChange([r.id], checked)}
                    />
                  ),
                  className: 'app-table__select',
                },
              ]
            : []),
          <RouterLink className="govuk-link app-nowrap" href={`/cases/${r.id}`}>
            {r.reference ?? 'No reference'}
          </RouterLink>,
          <>
            {r.childName ?? 'Name not given'}
            <br />
            <span className="govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0">
              {r.schoolName ?? 'Direct request'}
            </span>
          </>,
          <span className="app-nowrap">{formatDate(r.receivedOn, '–')}</span>,
          <>
            <RequestStatusTag status={r.status} />
            {r.hasException && (
              <>
                {' '}
                <Tag colour="grey">Exception</Tag>
              </>
            )}
          </>,
          r.caseworkerName ?? 'Not allocated',
          r.nextDue ? (
            <>
              <span className="app-nowrap">{formatDate(r.nextDue.dueOn)}</span>{' '}
              <DueTag state={r.nextDue.state} />
              <br />
              <span className="govuk-hint govuk-!-font-size-16">{r.nextDue.label}</span>
            </>
          ) : (
            '–'
          ),
          { content: r.weeksElapsed === null ? '–' : String(r.weeksElapsed), format: 'numeric' },
          ...(action ? [action.cell(r)] : []),
        ];
        return { key: r.id, cells };
      })}
    />
  );
}
