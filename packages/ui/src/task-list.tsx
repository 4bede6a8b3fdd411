import type { ReactNode } from 'react';

import { cx } from './class-names';
import { Link } from './link';
import type { LinkComponent } from './link';
import { Tag } from './tag';
import type { TagColour } from './tag';

/**
 * The statuses the GOV.UK task list pattern names, or a custom tag or text. "Completed" is plain text
 * so that the tasks still to do stand out.
 */
export type TaskStatus =
  | 'completed'
  | 'incomplete'
  | 'not-yet-started'
  | 'cannot-start-yet'
  | { tag: { text: ReactNode; colour?: TagColour } }
  | { text: ReactNode; isSecondary?: boolean };

export type TaskListItem = {
  title: ReactNode;
  /** Without an href the task cannot be started and is not a link. */
  href?: string;
  hint?: ReactNode;
  status: TaskStatus;
  /** React key; defaults to the href or position. */
  id?: string;
};

export type TaskListProps = {
  items: TaskListItem[];
  idPrefix?: string;
  className?: string;
  linkAs?: LinkComponent;
};

function Status({ status }: { status: TaskStatus }) {
  if (status === 'completed') {
    return <>Completed</>;
  }
  if (status === 'incomplete') {
    return <Tag colour="blue">Incomplete</Tag>;
  }
  if (status === 'not-yet-started') {
    return <Tag colour="blue">Not yet started</Tag>;
  }
  if (status === 'cannot-start-yet') {
    return <>Cannot start yet</>;
  }
  if ('tag' in status) {
    return <Tag colour={status.tag.colour}>{status.tag.text}</Tag>;
  }
  return <>{status.text}</>;
}

function isSecondary(status: TaskStatus): boolean {
  return (
    status === 'cannot-start-yet' ||
    (typeof status === 'object' && 'text' in status && Boolean(status.isSecondary))
  );
}

export function TaskList({ items, idPrefix = 'task-list', className, linkAs }: TaskListProps) {
  return (
    <ul className={cx('govuk-task-list', className)}>
      {items.map((item, index) => {
        const position = index + 1;
        const hintId = `${idPrefix}-${position}-hint`;
        const statusId = `${idPrefix}-${position}-status`;
        return (
          <li
            key={item.id ?? item.href ?? index}
            className={cx('govuk-task-list__item', item.href && 'govuk-task-list__item--with-link')}
          >
            <div className="govuk-task-list__name-and-hint">
              {item.href ? (
                <Link
                  className="govuk-link govuk-task-list__link"
                  href={item.href}
                  aria-describedby={item.hint ? `${hintId} ${statusId}` : statusId}
                  linkAs={linkAs}
                >
                  {item.title}
                </Link>
              ) : (
                <div>{item.title}</div>
              )}
              {item.hint ? (
                <div id={hintId} className="govuk-task-list__hint">
                  {item.hint}
                </div>
              ) : null}
            </div>
            <div
              className={cx(
                'govuk-task-list__status',
                isSecondary(item.status) && 'govuk-task-list__status--cannot-start-yet',
              )}
              id={statusId}
            >
              <Status status={item.status} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
