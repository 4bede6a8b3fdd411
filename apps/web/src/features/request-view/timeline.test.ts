import { describe, expect, it } from 'vitest';

import { describeEvent, type TimelineEvent } from './timeline';

const event = (kind: string, detail: Record<string, unknown> = {}): TimelineEvent => ({
  id: '1',
  kind,
  detail,
  by: 'Jordan Patel',
  at: '2027-03-07T14:05:00Z',
});
const names = {
  person: (id: string) => ({ u1: 'Jordan Patel', u2: 'Morgan Ellis' })[id],
  adviser: (id: string) => ({ a1: 'Dr Sarah Lee' })[id],
};

describe('the timeline in plain English', () => {
  it.each([
    [
      'recorded',
      { reference: '886-2027-00001', requesterKind: 'parent', receivedOn: '2027-03-01' },
      'Request recorded by the local authority (reference 886-2027-00001)',
      'Made by: Parent or carer. Received by the local authority on 1 March 2027.',
    ],
    ['allocated', { to: 'u1', from: null }, 'Allocated to Jordan Patel', undefined],
    ['allocated', { to: 'u2', from: 'u1' }, 'Reallocated from Jordan Patel to Morgan Ellis', undefined],
    ['child_linked', { childId: 'c1' }, 'Linked to an existing child record', undefined],
    ['child_record_created', { childId: 'c1' }, 'New child record created from the request', undefined],
    [
      'more_information_requested',
      { reason: 'Send the EP report' },
      'The local authority asked the school for more information',
      'Send the EP report',
    ],
    ['information_provided', { reason: 'Attached' }, 'The school replied with more information', 'Attached'],
    [
      'decision_recorded',
      { decision: 'assess', decidedOn: '2027-04-12', reason: 'May have SEN' },
      'Decided to carry out an EHC needs assessment on 12 April 2027',
      'May have SEN',
    ],
    [
      'decision_recorded',
      { decision: 'not_assess', decidedOn: '2027-04-12' },
      'Decided not to carry out an EHC needs assessment on 12 April 2027',
      undefined,
    ],
    [
      'draft_plan_served',
      { on: '2027-06-01' },
      'Draft EHC plan sent to the family on 1 June 2027',
      undefined,
    ],
    ['final_plan_issued', { on: '2027-07-01' }, 'Final EHC plan issued on 1 July 2027', undefined],
    [
      'not_issue_notice',
      { on: '2027-06-01' },
      'Family told the local authority will not issue an EHC plan on 1 June 2027',
      undefined,
    ],
    [
      'advice_requested',
      {
        adviceRequestId: 'a1',
        adviserKind: 'Educational psychologist',
        requestedOn: '2027-04-13',
        dueOn: '2027-05-25',
      },
      'Advice asked for from Dr Sarah Lee on 13 April 2027',
      'Due by 25 May 2027.',
    ],
    [
      'advice_received',
      { adviceRequestId: 'a1', receivedOn: '2027-05-20', onTime: true },
      'Advice received from Dr Sarah Lee on 20 May 2027',
      'Received within 6 weeks.',
    ],
    ['advice_chased', { adviceRequestId: 'a1' }, 'Chased for the advice from Dr Sarah Lee', undefined],
    [
      'advice_uploaded_by_adviser',
      { adviceRequestId: 'a1' },
      'Advice uploaded by Dr Sarah Lee through their link',
      undefined,
    ],
    [
      'exception_recorded',
      { reason: 'absence_from_area', appliesTo: ['finalPlan'], fromOn: '2027-05-01' },
      'Exception recorded: Child, parent or young person away from the area for 4 weeks or more',
      'Applies to: Issue the final EHC plan. From 1 May 2027.',
    ],
    [
      'family_contact',
      { method: 'phone', contactedOn: '2027-03-02' },
      'Contact with the family (phone call) on 2 March 2027',
      undefined,
    ],
    ['note_added', {}, 'Note added', undefined],
    ['task_added', { dueOn: '2027-03-09' }, 'Task added, due 9 March 2027', undefined],
    ['task_completed', {}, 'Task completed', undefined],
  ])('describes %s', (kind, detail, title, body) => {
    const described = describeEvent(event(kind, detail), names);
    expect(described.title).toBe(title);
    expect(described.body).toBe(body);
  });

  it('uses the kind of adviser when the name is not known, as the school sees it', () => {
    expect(
      describeEvent(
        event('advice_requested', { adviserKind: 'Educational psychologist', requestedOn: '2027-04-13' }),
      ).title,
    ).toBe('Advice asked for (Educational psychologist) on 13 April 2027');
  });

  it('says something readable for an event it does not know', () => {
    expect(describeEvent(event('panel_met')).title).toBe('Panel met');
  });
});
