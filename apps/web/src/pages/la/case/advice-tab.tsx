import { adviserKinds } from '@casework/domain';
import { ButtonLink, ErrorSummary, Table, Tag } from '@casework/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';

import type { CaseFile } from '../../../app/api-types';
import { SuccessBanner, type Flash } from '../../../app/flash';
import { formErrors } from '../../../app/form-errors';
import { formatDate } from '../../../app/format';
import { useLaRole } from '../../../app/la-role';
import { usePageTitle } from '../../../app/page-title';
import { RouterLink } from '../../../app/router-link';
import { useTRPC } from '../../../trpc';
import { DueTag } from '../case-table';
import { useInvalidateCasework } from '../use-invalidate';
import { canRequestAdvice, childNameOf, useCaseFile } from './use-case';

type Advice = CaseFile['advice'][number];

export function adviserKindLabel(kind: string): string {
  return adviserKinds.find((k) => k.value === kind)?.label ?? kind;
}

function AdviceState({ a }: { a: Advice }) {
  if (a.receivedOn) {
    return (
      <>
        <Tag colour="green">Received</Tag>
        <br />
        <span className="govuk-body-s app-nowrap">{formatDate(a.receivedOn)}</span>
      </>
    );
  }
  if (a.state === 'overdue' || a.state === 'due_today' || a.state === 'due_soon')
    return <DueTag state={a.state} />;
  return <Tag colour="grey">Waiting</Tag>;
}

/**
 * Advice for the assessment (reg 6, 8): who was asked, when it is due (6 weeks from the request
 * for advice, reg 8(1)), and what has come back.
 */
export function CaseAdviceTab() {
  const c = useCaseFile();
  const trpc = useTRPC();
  const invalidate = useInvalidateCasework();
  const { canWorkCases } = useLaRole();
  const [done, setDone] = useState<Flash | null>(null);
  const chase = useMutation(
    trpc.casework.chaseAdvice.mutationOptions({
      onSuccess: async (result, input) => {
        await invalidate();
        const a = c.advice.find((x) => x.id === input.adviceRequestId);
        setDone(
          result.emailed
            ? {
                heading: `Reminder sent to ${a?.adviserName ?? 'the adviser'}`,
                body: `An email reminder is on its way to ${a?.adviserEmail ?? 'the adviser'}.`,
              }
            : {
                heading: `Chase recorded for ${a?.adviserName ?? 'the adviser'}`,
                body: 'There is no email address for this adviser, so nothing was sent: contact them as you usually do.',
              },
        );
      },
    }),
  );
  const errors = formErrors(chase.error);
  usePageTitle(`Advice – ${childNameOf(c)}`, errors.hasErrors);

  return (
    <>
      <SuccessBanner flash={done} />
      <ErrorSummary errors={errors.summary} />
      <h2 className="govuk-heading-m">Advice</h2>
      {c.advice.length === 0 ? (
        <p className="govuk-body">No advice has been asked for yet.</p>
      ) : (
        <Table
          caption="Advice asked for"
          className="app-table--dense"
          head={[
            'Adviser',
            'Asked for on',
            'Due by',
            'Status',
            'Chased',
            ...(canWorkCases ? ['Actions'] : []),
          ]}
          rows={c.advice.map((a) => {
            const context = ` the advice from ${a.adviserName}`;
            return {
              key: a.id,
              cells: [
                <>
                  <strong>{a.adviserName}</strong>
                  <br />
                  <span className="govuk-body-s">
                    {adviserKindLabel(a.adviserKind)}
                    {a.adviserOrganisation && `, ${a.adviserOrganisation}`}
                  </span>
                  {a.adviserEmail && (
                    <>
                      <br />
                      <a className="govuk-link govuk-body-s" href={`mailto:${a.adviserEmail}`}>
                        {a.adviserEmail}
                      </a>
                    </>
                  )}
                  {a.documents.length > 0 && (
                    <ul className="govuk-list govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                      {a.documents.map((d) => (
                        <li key={d.id}>
                          <a className="govuk-link" href={`/files/case-documents/${d.id}`}>
                            {d.fileName}
                          </a>
                        </li>
                      ))}
                    </ul>
                  )}
                  {!a.receivedOn && a.hasOpenLink && (
                    <>
                      <br />
                      <span className="govuk-hint govuk-body-s">An upload link is open</span>
                    </>
                  )}
                </>,
                <span className="app-nowrap">{formatDate(a.requestedOn)}</span>,
                <span className="app-nowrap">{formatDate(a.dueOn)}</span>,
                <AdviceState a={a} />,
                a.chaseCount === 0
                  ? 'Not chased'
                  : `${a.chaseCount} ${a.chaseCount === 1 ? 'time' : 'times'}, last on ${formatDate(a.lastChasedOn)}`,
                ...(canWorkCases
                  ? [
                      <ul className="govuk-list govuk-body-s govuk-!-margin-bottom-0">
                        {!a.receivedOn && (
                          <>
                            <li>
                              <RouterLink
                                className="govuk-link"
                                href={`/cases/${c.id}/advice/${a.id}/received`}
                              >
                                Record received<span className="govuk-visually-hidden"> for{context}</span>
                              </RouterLink>
                            </li>
                            <li>
                              <button
                                type="button"
                                className="govuk-link app-link-button"
                                onClick={() => chase.mutate({ adviceRequestId: a.id })}
                                disabled={chase.isPending}
                              >
                                Chase<span className="govuk-visually-hidden">{context}</span>
                              </button>
                            </li>
                            <li>
                              <RouterLink className="govuk-link" href={`/cases/${c.id}/advice/${a.id}/link`}>
                                Create upload link<span className="govuk-visually-hidden"> for{context}</span>
                              </RouterLink>
                            </li>
                          </>
                        )}
                        <li>
                          <RouterLink
                            className="govuk-link"
                            href={`/cases/${c.id}/documents/new?advice=${a.id}`}
                          >
                            Upload advice document<span className="govuk-visually-hidden"> for{context}</span>
                          </RouterLink>
                        </li>
                      </ul>,
                    ]
                  : []),
              ],
            };
          })}
        />
      )}
      {canWorkCases && canRequestAdvice(c) && (
        <ButtonLink href={`/cases/${c.id}/advice/new`} variant="secondary">
          Ask for advice
        </ButtonLink>
      )}
    </>
  );
}
