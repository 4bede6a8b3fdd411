import {
  caseloadSortKeys,
  requestStatuses,
  type CaseloadFilters,
  type RequestStatus,
} from '@casework/domain';

/** Statuses a caseworker can filter by: every status a received request can have. */
export const caseloadStatuses = requestStatuses.filter(
  (s): s is Exclude<RequestStatus, 'draft'> => s !== 'draft',
);

export const dueWithinOptions = [
  { value: '0', text: 'Today' },
  { value: '7', text: 'Within 7 days' },
  { value: '14', text: 'Within 14 days' },
  { value: '28', text: 'Within 28 days' },
] as const;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The caseload query for the page's address. Filters live in the URL so a filtered list can be
 * bookmarked, shared and reloaded; anything not understood is ignored rather than refused, except
 * a school URN, which the server checks and explains.
 */
export function caseloadFiltersFrom(params: URLSearchParams): CaseloadFilters {
  const status = params.get('status');
  const caseworker = params.get('caseworker') ?? '';
  const sort = params.get('sort');
  const due = params.get('due') ?? '';
  const schoolLa = params.get('schoolLa') ?? '';
  const page = Number(params.get('page') ?? '1');
  return {
    status: caseloadStatuses.find((s) => s === status),
    caseworker:
      caseworker === 'me' || caseworker === 'unallocated' || uuidPattern.test(caseworker)
        ? caseworker
        : undefined,
    schoolUrn: params.get('school')?.trim() || undefined,
    schoolLaCode: /^\d{3}$/.test(schoolLa) ? schoolLa : undefined,
    dueWithinDays: /^\d{1,3}$/.test(due) && Number(due) <= 365 ? Number(due) : undefined,
    isOverdue: params.get('overdue') === '1' ? true : undefined,
    hasException: params.get('exceptions') === '1' ? true : undefined,
    isOpen: params.get('closed') !== '1',
    search: params.get('q')?.trim() || undefined,
    sort: caseloadSortKeys.find((k) => k === sort) ?? 'nextDue',
    direction: params.get('direction') === 'desc' ? 'desc' : 'asc',
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
    pageSize: 25,
  };
}

/** Whether anything narrows the list beyond the default of open cases. */
export function hasCaseloadFilters(f: CaseloadFilters): boolean {
  return Boolean(
    f.status ||
    f.caseworker ||
    f.schoolUrn ||
    f.schoolLaCode ||
    f.dueWithinDays !== undefined ||
    f.isOverdue ||
    f.hasException ||
    f.search ||
    !f.isOpen,
  );
}

/** The same address with some parameters changed; an empty value removes one. Changing filters goes back to page 1. */
export function withParams(
  params: URLSearchParams,
  changes: Record<string, string | undefined>,
  keepPage = false,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [k, v] of Object.entries(changes)) {
    if (v) next.set(k, v);
    else next.delete(k);
  }
  if (!keepPage && !('page' in changes)) next.delete('page');
  return next;
}

export function hrefWith(path: string, params: URLSearchParams): string {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
