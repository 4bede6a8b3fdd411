/**
 * Where a request for an EHC needs assessment stands. The school's tracking list shows these
 * labels; the LA's actions (intake, decision whether to assess) move a request between them.
 */
export const requestStatuses = [
  'draft',
  'submitted',
  'more_information_requested',
  'assessing',
  'not_assessing',
  'plan_issued',
  'not_issuing',
  'withdrawn',
] as const;
export type RequestStatus = (typeof requestStatuses)[number];

export const requestStatusLabels: Record<RequestStatus, string> = {
  draft: 'Draft',
  submitted: 'Received by LA',
  more_information_requested: 'More information requested',
  assessing: 'Assessing',
  not_assessing: 'Not assessing',
  plan_issued: 'EHC plan issued',
  not_issuing: 'Not issuing a plan',
  withdrawn: 'Withdrawn',
};

/** GOV.UK tag colours, so every list shows a status the same way. */
export const requestStatusColours: Record<
  RequestStatus,
  'grey' | 'blue' | 'yellow' | 'green' | 'red' | 'purple'
> = {
  draft: 'grey',
  submitted: 'blue',
  more_information_requested: 'yellow',
  assessing: 'green',
  not_assessing: 'red',
  plan_issued: 'green',
  not_issuing: 'red',
  withdrawn: 'purple',
};

export function isRequestStatus(value: string): value is RequestStatus {
  return (requestStatuses as readonly string[]).includes(value);
}

/** A request the school may still withdraw: the LA has it and has not yet decided. */
export function canWithdraw(status: RequestStatus): boolean {
  return status === 'submitted' || status === 'more_information_requested';
}

/** Sent to the LA and not yet finished: the statutory clock runs. */
export function isOpenCase(status: RequestStatus): boolean {
  return status === 'submitted' || status === 'more_information_requested' || status === 'assessing';
}
