import { Tag } from '@casework/ui';
import { Outlet, useLocation } from 'react-router';

import type { CaseFile } from '../../../app/api-types';
import { SuccessBanner, useFlash } from '../../../app/flash';
import { RouterLink } from '../../../app/router-link';
import { RequestStatusTag } from '../../../app/status-tag';
import { NotFoundPage } from '../../not-found';
import { Loading } from './action-layout';
import { childNameOf, useCaseFromRoute } from './use-case';

function tabsOf(c: CaseFile) {
  const openTasks = c.tasks.filter((t) => !t.completedAt);
  const overdueTasks = openTasks.filter((t) => t.isOverdue).length;
  const waitingAdvice = c.advice.filter((a) => !a.receivedOn).length;
  return [
    { path: '', text: 'Overview' },
    {
      path: '/advice',
      text: 'Advice',
      count: c.advice.length
        ? waitingAdvice
          ? `${waitingAdvice} waiting`
          : String(c.advice.length)
        : undefined,
    },
    {
      path: '/tasks',
      text: 'Tasks',
      count: overdueTasks
        ? `${overdueTasks} overdue`
        : openTasks.length
          ? String(openTasks.length)
          : undefined,
    },
    { path: '/notes', text: 'Notes and contact' },
    {
      path: '/documents',
      text: 'Documents',
      count: c.documents.length ? String(c.documents.length) : undefined,
    },
    { path: '/timeline', text: 'Timeline' },
    { path: '/request', text: 'The request' },
  ];
}

/**
 * The MOJ case page: who the case is about and where it stands, then a sub navigation to each
 * part of the case. Each part has its own address, so it can be linked to and reloaded.
 */
export function CaseLayout() {
  const { caseFile, query, notFound } = useCaseFromRoute();
  const flash = useFlash();
  const { pathname } = useLocation();
  if (query.isPending) return <Loading />;
  if (notFound || !caseFile) return <NotFoundPage />;
  const base = `/cases/${caseFile.id}`;
  const overdue = caseFile.statutoryDates.some((d) => d.kind === 'limit' && d.state === 'overdue');

  return (
    <>
      <SuccessBanner flash={flash} />
      <span className="govuk-caption-l">Case {caseFile.reference}</span>
      <h1 className="govuk-heading-l govuk-!-margin-bottom-2">{childNameOf(caseFile)}</h1>
      <p className="govuk-body app-case-status">
        <RequestStatusTag status={caseFile.status} />
        {overdue && <Tag colour="red">Statutory date overdue</Tag>}
        {caseFile.exceptions.length > 0 && <Tag colour="grey">Exception recorded</Tag>}
        {caseFile.weeksElapsed !== null &&
          (caseFile.status === 'submitted' ||
            caseFile.status === 'more_information_requested' ||
            caseFile.status === 'assessing') && <span>{caseFile.weeksElapsed} of 20 weeks</span>}
        <span>{caseFile.allocatedTo ? `Caseworker: ${caseFile.allocatedTo.name}` : 'Not allocated'}</span>
      </p>
      <nav className="app-sub-navigation" aria-label="Parts of the case">
        <ul className="govuk-list app-sub-navigation__list">
          {tabsOf(caseFile).map((tab) => {
            const href = `${base}${tab.path}`;
            const isCurrent = pathname === href;
            return (
              <li key={tab.path} className="app-sub-navigation__item">
                <RouterLink
                  className="govuk-link govuk-link--no-visited-state app-sub-navigation__link"
                  href={href}
                  aria-current={isCurrent ? 'page' : undefined}
                >
                  {tab.text}
                  {tab.count && <span className="app-sub-navigation__count"> ({tab.count})</span>}
                </RouterLink>
              </li>
            );
          })}
        </ul>
      </nav>
      <Outlet context={caseFile} />
    </>
  );
}
