import {
  exceptionReasons,
  requesterKinds,
  statutoryDateKeyLabels,
  type StatutoryDateKey,
} from '@casework/domain';
import { Button, ButtonLink, ErrorSummary, InsetText, SummaryList, Table } from '@casework/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';

import type { CaseFile } from '../../../app/api-types';
import { SuccessBanner, type Flash } from '../../../app/flash';
import { formErrors } from '../../../app/form-errors';
import { formatDate, formatDateTime } from '../../../app/format';
import { useLaRole } from '../../../app/la-role';
import { usePageTitle } from '../../../app/page-title';
import { RouterLink } from '../../../app/router-link';
import { StatutoryDates } from '../../../features/request-view/statutory-dates';
import { useTRPC } from '../../../trpc';
import { useInvalidateCasework } from '../use-invalidate';
import { canAskSchool, canDecide, childNameOf, nextSteps, useCaseFile } from './use-case';

const matchLabels = { upn: 'Same UPN', name_and_date_of_birth: 'Same name and date of birth' } as const;

function requesterOf(c: CaseFile): string {
  if (c.school)
    return `${c.school.name} (URN ${c.school.urn})${c.school.laName ? `, ${c.school.laName}` : ''}`;
  const kind = requesterKinds.find((k) => k.value === c.requesterKind)?.label;
  return `Direct request from ${c.requesterName ?? 'someone not named'}${kind ? ` (${kind.toLowerCase()})` : ''}`;
}

/** The last time the LA asked the school for more information, and the school's reply if it came after. */
export function latestInformationExchange(c: Pick<CaseFile, 'events'>) {
  const asked = c.events.filter((e) => e.kind === 'more_information_requested').at(-1);
  if (!asked) return null;
  const reply = c.events.filter((e) => e.kind === 'information_provided' && e.at >= asked.at).at(-1);
  const textOf = (d: Record<string, unknown>) => (typeof d.reason === 'string' ? d.reason : '');
  return {
    asked: { at: asked.at, by: asked.by, message: textOf(asked.detail) },
    reply: reply ? { at: reply.at, by: reply.by, message: textOf(reply.detail) } : null,
  };
}

export function CaseOverview() {
  const c = useCaseFile();
  const { canWorkCases } = useLaRole();
  const [done, setDone] = useState<Flash | null>(null);
  usePageTitle(`${childNameOf(c)} – case ${c.reference ?? ''}`);
  const decisionDue = c.statutoryDates.find((d) => d.key === 'decisionWhetherToAssess');
  const exchange = latestInformationExchange(c);
  const steps = nextSteps(c);

  return (
    <>
      <SuccessBanner flash={done} />
      <h2 className="govuk-heading-m">Case details</h2>
      <SummaryList
        rows={[
          { key: 'Received', value: formatDate(c.receivedOn) },
          { key: 'From', value: requesterOf(c) },
          {
            key: 'Caseworker',
            value: c.allocatedTo?.name ?? 'Not allocated',
            ...(canWorkCases
              ? {
                  actions: [
                    {
                      text: c.allocatedTo ? 'Change' : 'Allocate',
                      href: `/cases/${c.id}/allocate`,
                      visuallyHiddenText: 'caseworker',
                    },
                  ],
                }
              : {}),
          },
          { key: 'Child’s date of birth', value: formatDate(c.child.dateOfBirth, 'Not given') },
          { key: 'UPN', value: c.child.upn ?? 'Not given' },
          {
            key: 'Child record',
            value: c.child.record
              ? `Linked: ${c.child.record.legalName}, born ${formatDate(c.child.record.dateOfBirth)}${c.child.record.upn ? `, UPN ${c.child.record.upn}` : ''}`
              : 'Not linked yet',
            ...(c.child.record
              ? {
                  actions: [
                    {
                      text: 'View',
                      href: `/children/${c.child.record.id}`,
                      visuallyHiddenText: 'the child’s record with every request',
                    },
                  ],
                }
              : {}),
          },
          ...(c.withdrawalReason
            ? [
                {
                  key: 'Reason for withdrawing',
                  value: <span className="app-pre-wrap">{c.withdrawalReason}</span>,
                },
              ]
            : []),
        ]}
      />

      {!c.child.record && <ChildRecordChoice c={c} canWork={canWorkCases} onDone={setDone} />}

      <StatutoryDates
        dates={c.statutoryDates}
        isExcused={(d) =>
          c.statutoryDates.some((s) => s.key === d.key && s.refId === d.refId && s.hasException)
        }
      />
      {c.exceptions.length > 0 && (
        <Table
          caption="Exceptions recorded"
          captionSize="m"
          head={['Reason', 'Applies to', 'From', 'To', 'Note']}
          rows={c.exceptions.map((e) => ({
            key: e.id,
            cells: [
              e.reason in exceptionReasons
                ? exceptionReasons[e.reason as keyof typeof exceptionReasons].label
                : e.reason,
              e.appliesTo.map((k) => statutoryDateKeyLabels[k as StatutoryDateKey] ?? k).join(', '),
              <span className="app-nowrap">{formatDate(e.fromOn)}</span>,
              <span className="app-nowrap">{formatDate(e.toOn, 'Still going on')}</span>,
              e.note ? <span className="app-pre-wrap">{e.note}</span> : '–',
            ],
          }))}
        />
      )}
      {canWorkCases && c.statutoryDates.length > 0 && (
        <p className="govuk-body">
          <RouterLink className="govuk-link" href={`/cases/${c.id}/exception`}>
            Record an exception to a time limit
          </RouterLink>
        </p>
      )}

      <h2 className="govuk-heading-m">Decision whether to assess</h2>
      {c.decision ? (
        <SummaryList
          rows={[
            {
              key: 'Decision',
              value:
                c.decision.decision === 'assess'
                  ? 'Carry out an EHC needs assessment'
                  : 'Do not carry out an EHC needs assessment',
            },
            { key: 'Date of the decision', value: formatDate(c.decision.on) },
            { key: 'Reasons', value: <span className="app-pre-wrap">{c.decision.reasons ?? ''}</span> },
          ]}
        />
      ) : canDecide(c) ? (
        <>
          <p className="govuk-body">
            Not decided yet.
            {decisionDue && <> The local authority must decide by {formatDate(decisionDue.dueOn)}.</>}
          </p>
          {canWorkCases && (
            <ButtonLink href={`/cases/${c.id}/decision`} variant="secondary">
              Record the decision whether to assess
            </ButtonLink>
          )}
        </>
      ) : (
        <p className="govuk-body">No decision was recorded.</p>
      )}

      {c.decision?.decision === 'assess' && (
        <>
          <h2 className="govuk-heading-m">Assessment and plan</h2>
          <SummaryList
            rows={[
              { key: 'Draft EHC plan sent to the family', value: formatDate(c.steps.draftPlanServedOn) },
              { key: 'Final EHC plan issued', value: formatDate(c.steps.finalPlanIssuedOn) },
              ...(c.steps.notIssueNoticeOn
                ? [{ key: 'Family told no plan will be issued', value: formatDate(c.steps.notIssueNoticeOn) }]
                : []),
            ]}
          />
          {canWorkCases && steps.length > 0 && (
            <ButtonLink href={`/cases/${c.id}/step`} variant="secondary">
              Record the next statutory step
            </ButtonLink>
          )}
        </>
      )}

      {c.school && (exchange || canAskSchool(c)) && (
        <>
          <h2 className="govuk-heading-m">More information from the school</h2>
          {exchange && (
            <>
              <InsetText>
                <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
                  {exchange.asked.by ?? 'The local authority'} asked on {formatDateTime(exchange.asked.at)}:
                </p>
                <p className="govuk-body app-pre-wrap">{exchange.asked.message}</p>
              </InsetText>
              {exchange.reply ? (
                <InsetText>
                  <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
                    {exchange.reply.by ?? 'The school'} replied on {formatDateTime(exchange.reply.at)}:
                  </p>
                  <p className="govuk-body app-pre-wrap">{exchange.reply.message}</p>
                </InsetText>
              ) : (
                <p className="govuk-body">
                  The school has not replied yet. The statutory clock keeps running.
                </p>
              )}
            </>
          )}
          {canWorkCases && canAskSchool(c) && (
            <p className="govuk-body">
              <RouterLink className="govuk-link" href={`/cases/${c.id}/more-information`}>
                {exchange
                  ? 'Ask the school for more information again'
                  : 'Ask the school for more information'}
              </RouterLink>
            </p>
          )}
        </>
      )}
    </>
  );
}

/**
 * Links the request to the LA's record of the child, or makes a new one. Never automatic: a
 * caseworker decides whether a possible match is the same child.
 */
function ChildRecordChoice({
  c,
  canWork,
  onDone,
}: {
  c: CaseFile;
  canWork: boolean;
  onDone: (flash: Flash) => void;
}) {
  const trpc = useTRPC();
  const invalidate = useInvalidateCasework();
  const link = useMutation(
    trpc.casework.linkChild.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        onDone({ heading: 'The request is now linked to the child’s record' });
      },
    }),
  );
  const create = useMutation(
    trpc.casework.createChildRecord.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        onDone({ heading: 'A new child record has been created' });
      },
    }),
  );
  const errors = formErrors(link.error ?? create.error);
  return (
    <section aria-labelledby="child-record-heading">
      <ErrorSummary errors={errors.summary} />
      <h2 className="govuk-heading-m" id="child-record-heading">
        Child record
      </h2>
      {c.childCandidates.length > 0 ? (
        <>
          <p className="govuk-body">
            These records may be the same child. Check the details: a request is only linked to a record when
            you say so.
          </p>
          <Table
            caption="Possible matches"
            head={[
              'Name',
              'Date of birth',
              'UPN',
              'Why it may match',
              ...(canWork ? [{ content: <span className="govuk-visually-hidden">Action</span> }] : []),
            ]}
            rows={c.childCandidates.map((m) => ({
              key: m.id,
              cells: [
                m.legalName,
                <span className="app-nowrap">{formatDate(m.dateOfBirth)}</span>,
                m.upn ?? '–',
                matchLabels[m.match],
                ...(canWork
                  ? [
                      <button
                        type="button"
                        className="govuk-link app-link-button"
                        onClick={() => link.mutate({ requestId: c.id, childId: m.id })}
                        disabled={link.isPending}
                      >
                        This is the same child
                        <span className="govuk-visually-hidden">
                          {' '}
                          ({m.legalName}, born {formatDate(m.dateOfBirth)})
                        </span>
                      </button>,
                    ]
                  : []),
              ],
            }))}
          />
          {canWork && <p className="govuk-body">If none of them is the same child, create a new record.</p>}
        </>
      ) : (
        <p className="govuk-body">
          No existing child record has the same UPN, or the same name and date of birth.
        </p>
      )}
      {canWork && (
        <Button
          type="button"
          variant="secondary"
          onClick={() => create.mutate({ requestId: c.id })}
          isPending={create.isPending}
        >
          Create a new child record
        </Button>
      )}
    </section>
  );
}
