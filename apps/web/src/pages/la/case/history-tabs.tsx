import { usePageTitle } from '../../../app/page-title';
import { formatDate } from '../../../app/format';
import { RequestAnswers } from '../../../features/request-view/request-answers';
import { Timeline } from '../../../features/request-view/timeline';
import { useCaseworkers } from '../use-caseworkers';
import { childNameOf, useCaseFile } from './use-case';

export function CaseTimelineTab() {
  const c = useCaseFile();
  const caseworkers = useCaseworkers();
  usePageTitle(`Timeline – ${childNameOf(c)}`);
  return (
    <>
      <h2 className="govuk-heading-m">Timeline</h2>
      <Timeline
        events={c.events}
        names={{
          person: (id) => caseworkers.data?.find((w) => w.id === id)?.name,
          adviser: (id) => c.advice.find((a) => a.id === id)?.adviserName,
        }}
      />
    </>
  );
}

/** Exactly what the school sent (or what the caseworker recorded for a direct request). */
export function CaseRequestTab() {
  const c = useCaseFile();
  usePageTitle(`The request – ${childNameOf(c)}`);
  // A direct request holds only what the caseworker recorded: show those sections, not empty ones.
  const sectionIds = c.school ? undefined : Object.keys(c.answers);
  return (
    <>
      <p className="govuk-body govuk-!-margin-top-4">
        {c.school
          ? `What ${c.school.name} sent, exactly as it was received on ${formatDate(c.receivedOn)}.`
          : `What was recorded when the request was received on ${formatDate(c.receivedOn)}.`}
      </p>
      <RequestAnswers
        templateVersion={c.templateVersion}
        answers={c.answers}
        {...(sectionIds ? { sectionIds } : {})}
      />
    </>
  );
}
