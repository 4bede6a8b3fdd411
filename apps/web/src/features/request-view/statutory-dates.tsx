import { nonWorkingDayWarning, type StatutoryDate } from '@casework/domain';
import { Table, Tag, type TagColour } from '@casework/ui';

import { formatDate } from '../../app/format';

const stateTags: Record<StatutoryDate['state'], { text: string; colour: TagColour }> = {
  upcoming: { text: 'Upcoming', colour: 'grey' },
  due_soon: { text: 'Due soon', colour: 'yellow' },
  due_today: { text: 'Due today', colour: 'orange' },
  overdue: { text: 'Overdue', colour: 'red' },
  met_on_time: { text: 'Met on time', colour: 'green' },
  met_late: { text: 'Met late', colour: 'pink' },
};

/** The legal clock of a request: each date, where it stands, and the law behind it. */
export function StatutoryDates({
  dates,
  caption = 'Statutory dates',
  isExcused,
}: {
  dates: StatutoryDate[];
  caption?: string;
  /** Marks a limit an exception applies to (the legal date itself never moves). */
  isExcused?: (date: StatutoryDate) => boolean;
}) {
  if (dates.length === 0) return null;
  return (
    <Table
      caption={caption}
      captionSize="m"
      head={['Step', 'Legal date', 'Status', 'Source']}
      rows={dates.map((d) => {
        const tag =
          d.kind === 'period' && d.state === 'overdue'
            ? { text: 'Ended', colour: 'grey' as const }
            : stateTags[d.state];
        return {
          key: `${d.key}-${d.refId ?? ''}`,
          cells: [
            d.label,
            <>
              <span className="app-nowrap">{formatDate(d.dueOn)}</span>
              {warningFor(d) && (
                <span className="govuk-hint govuk-!-font-size-16 govuk-!-display-block">{warningFor(d)}</span>
              )}
            </>,
            <>
              <Tag colour={tag.colour}>{tag.text}</Tag>
              {isExcused?.(d) && (
                <>
                  {' '}
                  <Tag colour="grey">Exception</Tag>
                </>
              )}
            </>,
            <span className="govuk-body-s">{d.source}</span>,
          ],
        };
      })}
    />
  );
}

/**
 * A legal date on a weekend or bank holiday does not move (statutory-process.md), so people are
 * warned to act before it. Met dates need no warning; dates beyond the bank holiday data get none.
 */
function warningFor(d: StatutoryDate): string | undefined {
  if (d.state === 'met_on_time' || d.state === 'met_late' || d.kind === 'period') return undefined;
  try {
    return nonWorkingDayWarning(d.dueOn);
  } catch {
    return undefined;
  }
}
