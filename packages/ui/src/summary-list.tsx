import type { ReactNode } from 'react';

import { ActionLink } from './action-link';
import type { Action } from './action-link';
import { cx } from './class-names';
import type { LinkComponent } from './link';

export type SummaryListAction = Action;

export type SummaryListRow = {
  key: ReactNode;
  value: ReactNode;
  actions?: SummaryListAction[];
  /** React key; defaults to the row's position. */
  id?: string;
  className?: string;
};

export type SummaryCard = {
  title: ReactNode;
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  actions?: SummaryListAction[];
};

export type SummaryListProps = {
  rows: SummaryListRow[];
  hasBorders?: boolean;
  /** Wraps the list in a summary card, whose title is added to every action's hidden text. */
  card?: SummaryCard;
  className?: string;
  linkAs?: LinkComponent;
};

function Actions({
  actions,
  context,
  listClassName,
  itemClassName,
  linkAs,
}: {
  actions: SummaryListAction[];
  context: ReactNode;
  listClassName: string;
  itemClassName: string;
  linkAs: LinkComponent | undefined;
}) {
  const [onlyAction] = actions;
  if (actions.length === 1 && onlyAction) {
    return <ActionLink action={onlyAction} context={context} linkAs={linkAs} />;
  }
  return (
    <ul className={listClassName}>
      {actions.map((action, index) => (
        <li key={index} className={itemClassName}>
          <ActionLink action={action} context={context} linkAs={linkAs} />
        </li>
      ))}
    </ul>
  );
}

export function SummaryList({ rows, hasBorders = true, card, className, linkAs }: SummaryListProps) {
  const anyRowHasActions = rows.some((row) => (row.actions?.length ?? 0) > 0);
  const list = (
    <dl className={cx('govuk-summary-list', !hasBorders && 'govuk-summary-list--no-border', className)}>
      {rows.map((row, index) => {
        const actions = row.actions ?? [];
        return (
          <div
            key={row.id ?? index}
            className={cx(
              'govuk-summary-list__row',
              anyRowHasActions && actions.length === 0 && 'govuk-summary-list__row--no-actions',
              row.className,
            )}
          >
            <dt className="govuk-summary-list__key">{row.key}</dt>
            <dd className="govuk-summary-list__value">{row.value}</dd>
            {actions.length > 0 ? (
              <dd className="govuk-summary-list__actions">
                <Actions
                  actions={actions}
                  context={card?.title}
                  listClassName="govuk-summary-list__actions-list"
                  itemClassName="govuk-summary-list__actions-list-item"
                  linkAs={linkAs}
                />
              </dd>
            ) : null}
          </div>
        );
      })}
    </dl>
  );

  if (!card) {
    return list;
  }
  const Heading = `h${card.headingLevel ?? 2}` as const;
  const cardActions = card.actions ?? [];
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <Heading className="govuk-summary-card__title">{card.title}</Heading>
        {cardActions.length === 1 && cardActions[0] ? (
          <div className="govuk-summary-card__actions">
            <ActionLink action={cardActions[0]} context={card.title} linkAs={linkAs} />
          </div>
        ) : cardActions.length > 1 ? (
          <Actions
            actions={cardActions}
            context={card.title}
            listClassName="govuk-summary-card__actions"
            itemClassName="govuk-summary-card__action"
            linkAs={linkAs}
          />
        ) : null}
      </div>
      <div className="govuk-summary-card__content">{list}</div>
    </div>
  );
}
