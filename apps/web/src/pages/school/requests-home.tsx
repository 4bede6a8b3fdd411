import { requestStatuses, requestStatusLabels, type ListSchoolRequests } from '@casework/domain';
import { ButtonLink, Select, Table, TextInput, type SortDirection } from '@casework/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';

import { formErrors } from '../../app/form-errors';
import { formatDate } from '../../app/format';
import { usePageTitle } from '../../app/page-title';
import { RouterLink } from '../../app/router-link';
import { RequestStatusTag } from '../../app/status-tag';
import { useLocalAuthorities } from '../../app/use-reference';
import { useMe } from '../../app/use-me';
import { useTRPC } from '../../trpc';
import { AssignedToMe } from './assigned-to-me';

const sortKeys = ['updated', 'child', 'la', 'reference', 'status', 'weeks', 'nextDate'] as const;

function filtersFrom(params: URLSearchParams): ListSchoolRequests {
  const sort = params.get('sort');
  const status = params.get('status');
  return {
    laCode: params.get('la') || undefined,
    status: requestStatuses.find((s) => s === status),
    search: params.get('search') || undefined,
    sort: sortKeys.find((k) => k === sort) ?? 'updated',
    direction: params.get('direction') === 'asc' ? 'asc' : 'desc',
  };
}

export function SchoolRequestsHome() {
  const me = useMe().data;
  if (me?.active?.role === 'teacher') return <AssignedToMe />;
  return <RequestsList />;
}

/** Every request of the active school, in every LA, with where each one stands. */
function RequestsList() {
  const me = useMe().data;
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const las = useLocalAuthorities();
  const requests = useQuery(trpc.requests.list.queryOptions(filters, { placeholderData: keepPreviousData }));
  const [search, setSearch] = useState(filters.search ?? '');
  const errors = formErrors(requests.error);
  usePageTitle('Requests', errors.hasErrors);
  const isSenco = me?.active?.role === 'senco';

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };
  const applySearch = (e: FormEvent) => {
    e.preventDefault();
    update({ search: search.trim() || undefined });
  };
  const exportHref = `/files/requests.csv?${new URLSearchParams(
    Object.entries({
      laCode: filters.laCode,
      status: filters.status,
      search: filters.search,
      sort: filters.sort,
      direction: filters.direction,
    }).filter((e): e is [string, string] => !!e[1]),
  ).toString()}`;
  const rows = requests.data ?? [];

  return (
    <>
      <span className="govuk-caption-l">{me?.active?.organisationName}</span>
      <h1 className="govuk-heading-l">Requests</h1>
      <p className="govuk-body">
        Every request for an EHC needs assessment from this school, in every local authority. The LA has 6
        weeks from receiving a request to decide whether to assess, and 20 weeks to issue a final plan.
      </p>
      {isSenco && (
        <ButtonLink href="/requests/new" className="govuk-!-margin-bottom-6">
          Start a new request
        </ButtonLink>
      )}

      <form onSubmit={applySearch} className="app-filters" role="search" aria-label="Filter requests">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <TextInput
              id="search"
              name="search"
              label="Search by child’s name or reference"
              labelSize="s"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              error={errors.byField.search}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <Select
              id="la"
              label="Local authority"
              labelSize="s"
              value={filters.laCode ?? ''}
              onChange={(e) => update({ la: e.target.value || undefined })}
              options={[
                { value: '', text: 'All local authorities' },
                ...(las.data ?? []).map((la) => ({ value: la.code, text: la.name })),
              ]}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <Select
              id="status"
              label="Status"
              labelSize="s"
              value={filters.status ?? ''}
              onChange={(e) => update({ status: e.target.value || undefined })}
              options={[
                { value: '', text: 'All statuses' },
                ...requestStatuses.map((s) => ({ value: s, text: requestStatusLabels[s] })),
              ]}
            />
          </div>
        </div>
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button govuk-button--secondary">
            Search
          </button>
          {(filters.search || filters.laCode || filters.status) && (
            <RouterLink className="govuk-link" href="/">
              Clear filters
            </RouterLink>
          )}
          <a className="govuk-link" href={exportHref} download>
            Download as CSV
          </a>
        </div>
      </form>

      {requests.isPending ? (
        <p className="govuk-body">Loading…</p>
      ) : rows.length === 0 ? (
        <p className="govuk-body" data-testid="requests-empty">
          {filters.search || filters.laCode || filters.status
            ? 'No requests match the filters.'
            : 'There are no requests yet.'}
        </p>
      ) : (
        <Table
          caption={`${rows.length} ${rows.length === 1 ? 'request' : 'requests'}`}
          captionSize="m"
          sort={
            filters.sort === 'updated'
              ? undefined
              : { key: filters.sort, direction: filters.direction === 'asc' ? 'ascending' : 'descending' }
          }
          onSort={(key: string, direction: SortDirection) =>
            update({ sort: key, direction: direction === 'ascending' ? 'asc' : 'desc' })
          }
          head={[
            { content: 'Child', sortKey: 'child' },
            { content: 'Local authority', sortKey: 'la' },
            { content: 'Reference', sortKey: 'reference' },
            { content: 'Status', sortKey: 'status' },
            { content: 'Weeks of 20', sortKey: 'weeks', format: 'numeric' },
            { content: 'Next statutory date', sortKey: 'nextDate' },
            'Handled by',
          ]}
          rows={rows.map((r) => ({
            key: r.id,
            cells: [
              <RouterLink className="govuk-link" href={`/requests/${r.id}`}>
                {r.childName ?? 'Child’s name not given yet'}
              </RouterLink>,
              r.laName,
              r.reference ? <span className="app-nowrap">{r.reference}</span> : 'Not sent',
              <RequestStatusTag status={r.status} />,
              { content: r.weeksElapsed === null ? '–' : `${r.weeksElapsed}`, format: 'numeric' },
              r.nextDate ? (
                <>
                  {formatDate(r.nextDate.dueOn)}
                  <br />
                  <span className="govuk-hint govuk-!-font-size-16">{r.nextDate.label}</span>
                </>
              ) : (
                '–'
              ),
              r.handledBy ?? (r.reference ? 'Not yet allocated' : '–'),
            ],
          }))}
        />
      )}
    </>
  );
}
