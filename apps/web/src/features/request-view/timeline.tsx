import { formatDateTime } from '../../app/format';

export interface TimelineEvent {
  id: string;
  kind: string;
  detail: Record<string, unknown>;
  by: string | null;
  at: string;
}

function describe(e: TimelineEvent): { title: string; body?: string } {
  const reason = typeof e.detail.reason === 'string' ? e.detail.reason : undefined;
  switch (e.kind) {
    case 'submitted':
      return { title: `Request sent to the local authority (reference ${typeof e.detail.reference === 'string' ? e.detail.reference : ''})` };
    case 'withdrawn':
      return { title: 'Request withdrawn by the school', ...(reason ? { body: reason } : {}) };
    default:
      return { title: e.kind.replace(/_/g, ' '), ...(reason ? { body: reason } : {}) };
  }
}

/** What happened to a request, newest first (MOJ timeline pattern, in GOV.UK markup). */
export function Timeline({ events }: { events: TimelineEvent[] }) {
  if (events.length === 0) return <p className="govuk-body">Nothing has happened yet.</p>;
  return (
    <ol className="app-timeline govuk-list">
      {[...events].reverse().map((e) => {
        const { title, body } = describe(e);
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
