import {
  exceptionReasons,
  familyContactMethods,
  formatLongDate,
  isPlainDate,
  requesterKinds,
  statutoryDateKeyLabels,
  statutoryDateKeys,
  type ExceptionReason,
  type StatutoryDateKey,
} from '@casework/domain';

import { formatDateTime } from '../../app/format';

export interface TimelineEvent {
  id: string;
  kind: string;
  detail: Record<string, unknown>;
  by: string | null;
  at: string;
}

/** Names the events refer to by id, where the reader may see them (the LA's staff and advisers). */
export interface TimelineNames {
  person?: (userId: string) => string | undefined;
  adviser?: (adviceRequestId: string) => string | undefined;
}

function text(detail: Record<string, unknown>, key: string): string | undefined {
  const value = detail[key];
  return typeof value === 'string' && value.trim() ? value : undefined;
}

function dateIn(detail: Record<string, unknown>, key: string): string | undefined {
  const value = text(detail, key);
  return value && isPlainDate(value) ? formatLongDate(value) : undefined;
}

function labelOf<T extends { value: string; label: string }>(
  options: readonly T[],
  value: string | undefined,
): string | undefined {
  return options.find((o) => o.value === value)?.label;
}

function isExceptionReason(value: string | undefined): value is ExceptionReason {
  return !!value && value in exceptionReasons;
}

function isDateKey(value: unknown): value is StatutoryDateKey {
  return typeof value === 'string' && (statutoryDateKeys as readonly string[]).includes(value);
}

const on = (date: string | undefined) => (date ? ` on ${date}` : '');

/** One event in plain English: a title, and the words someone wrote, if any. */
export function describeEvent(e: TimelineEvent, names: TimelineNames = {}): { title: string; body?: string } {
  const d = e.detail;
  const reason = text(d, 'reason');
  const withReason = (title: string) => ({ title, ...(reason ? { body: reason } : {}) });
  const adviceId = text(d, 'adviceRequestId');
  const adviser = adviceId ? names.adviser?.(adviceId) : undefined;
  const adviserKind = text(d, 'adviserKind');
  const fromAdviser = adviser ? ` from ${adviser}` : adviserKind ? ` (${adviserKind})` : '';
  switch (e.kind) {
    case 'submitted':
      return { title: `Request sent to the local authority (reference ${text(d, 'reference') ?? ''})` };
    case 'withdrawn':
      return withReason('Request withdrawn by the school');
    case 'recorded': {
      const who = labelOf(requesterKinds, text(d, 'requesterKind'));
      return {
        title: `Request recorded by the local authority (reference ${text(d, 'reference') ?? ''})`,
        body: `${who ? `Made by: ${who}. ` : ''}Received by the local authority${on(dateIn(d, 'receivedOn'))}.`,
      };
    }
    case 'allocated': {
      const to = text(d, 'to');
      const from = text(d, 'from');
      const toName = text(d, 'toName') ?? (to ? names.person?.(to) : undefined);
      const fromName = text(d, 'fromName') ?? (from ? names.person?.(from) : undefined);
      if (from)
        return {
          title: `Reallocated${fromName ? ` from ${fromName}` : ''} to ${toName ?? 'another caseworker'}`,
        };
      return { title: `Allocated to ${toName ?? 'a caseworker'}` };
    }
    case 'child_linked':
      return { title: 'Linked to an existing child record' };
    case 'child_record_created':
      return { title: 'New child record created from the request' };
    case 'more_information_requested':
      return withReason('The local authority asked the school for more information');
    case 'information_provided':
      return withReason('The school replied with more information');
    case 'decision_recorded': {
      const decided = dateIn(d, 'decidedOn');
      return withReason(
        d.decision === 'assess'
          ? `Decided to carry out an EHC needs assessment${on(decided)}`
          : `Decided not to carry out an EHC needs assessment${on(decided)}`,
      );
    }
    case 'draft_plan_served':
      return { title: `Draft EHC plan sent to the family${on(dateIn(d, 'on'))}` };
    case 'final_plan_issued':
      return { title: `Final EHC plan issued${on(dateIn(d, 'on'))}` };
    case 'not_issue_notice':
      return { title: `Family told the local authority will not issue an EHC plan${on(dateIn(d, 'on'))}` };
    case 'advice_requested': {
      const due = dateIn(d, 'dueOn');
      return {
        title: `Advice asked for${fromAdviser}${on(dateIn(d, 'requestedOn'))}`,
        ...(due ? { body: `Due by ${due}.` } : {}),
      };
    }
    case 'advice_received':
      return {
        title: `Advice received${fromAdviser}${on(dateIn(d, 'receivedOn'))}`,
        ...(typeof d.onTime === 'boolean'
          ? { body: d.onTime ? 'Received within 6 weeks.' : 'Received after the 6 weeks.' }
          : {}),
      };
    case 'advice_chased':
      return { title: `Chased for the advice${fromAdviser}` };
    case 'advice_link_created': {
      const expiresAt = text(d, 'expiresAt');
      return {
        title: `Upload link created for the advice${fromAdviser}`,
        ...(expiresAt ? { body: `The link works once, until ${formatDateTime(expiresAt)}.` } : {}),
      };
    }
    case 'advice_uploaded_by_adviser':
      return { title: `Advice uploaded${adviser ? ` by ${adviser}` : ' by the adviser'} through their link` };
    case 'exception_recorded': {
      const code = text(d, 'reason');
      const limits = Array.isArray(d.appliesTo)
        ? d.appliesTo.filter(isDateKey).map((k) => statutoryDateKeyLabels[k])
        : [];
      return {
        title: `Exception recorded: ${isExceptionReason(code) ? exceptionReasons[code].label : 'exceptional circumstances'}`,
        body: `${limits.length ? `Applies to: ${limits.join(', ')}. ` : ''}From ${dateIn(d, 'fromOn') ?? 'an unknown date'}.`,
      };
    }
    case 'family_contact': {
      const method = labelOf(familyContactMethods, text(d, 'method'));
      return {
        title: `Contact with the family${method ? ` (${method.toLowerCase()})` : ''}${on(dateIn(d, 'contactedOn'))}`,
      };
    }
    case 'note_added':
      return { title: 'Note added' };
    case 'task_added': {
      const due = dateIn(d, 'dueOn');
      return { title: `Task added${due ? `, due ${due}` : ''}` };
    }
    case 'task_completed':
      return { title: 'Task completed' };
    default:
      return withReason(e.kind.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()));
  }
}

/** What happened to a request, newest first (MOJ timeline pattern, in GOV.UK markup). */
export function Timeline({ events, names }: { events: TimelineEvent[]; names?: TimelineNames }) {
  if (events.length === 0) return <p className="govuk-body">Nothing has happened yet.</p>;
  return (
    <ol className="app-timeline govuk-list">
      {[...events].reverse().map((e) => {
        const { title, body } = describeEvent(e, names);
        return (
          <li key={e.id} className="app-timeline__item">
            <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{title}</h3>
            <p className="govuk-body-s govuk-!-margin-bottom-1">
              {e.by ? `${e.by}, ` : ''}
              {formatDateTime(e.at)}
            </p>
            {body && <p className="govuk-body app-pre-wrap">{body}</p>}
          </li>
        );
      })}
    </ol>
  );
}
