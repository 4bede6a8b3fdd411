import { ButtonLink, ErrorSummary, Pagination } from '@casework/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';

import { SuccessBanner, useFlash, type Flash } from '../../app/flash';
import { formErrors } from '../../app/form-errors';
import { useLaRole } from '../../app/la-role';
import { usePageTitle } from '../../app/page-title';
import { RouterLink } from '../../app/router-link';
import { useMe } from '../../app/use-me';
import { useRowSelection } from './use-row-selection';
import { useTRPC } from '../../trpc';
import { CaseTable, rowName } from './case-table';
import { caseloadFiltersFrom, hrefWith, withParams } from './caseload-filters';
import { ReallocateForm, useBulkAllocate } from './reallocate-form';

/**
 * New requests waiting to be allocated, oldest first: the 6 weeks to decide whether to assess
 * run from the day each was received (reg 4, 5(1)), allocated or not.
 */
export function IntakePage() {
  const me = useMe().data;
  const trpc = useTRPC();
  const { canWorkCases, userId } = useLaRole();
  const [params, setParams] = useSearchParams();
  const fromUrl = caseloadFiltersFrom(params);
  const filters = {
    ...fromUrl,
    status: 'submitted' as const,
    caseworker: 'unallocated' as const,
    isOpen: true,
    sort: params.has('sort') ? fromUrl.sort : ('received' as const),
  };
  const queue = useQuery(trpc.casework.caseload.queryOptions(filters, { placeholderData: keepPreviousData }));
  const selection = useRowSelection();
  const { selected } = selection;
  const flashFromRoute = useFlash();
  const [done, setDone] = useState<Flash | null>(null);
  const allocate = useBulkAllocate((flash) => {
    selection.clear();
    setDone(flash);
  });
  const errors = formErrors(allocate.error, { caseworkerId: 'allocateTo', requestIds: 'select-all' });
  const loadErrors = formErrors(queue.error);
  usePageTitle('New requests', errors.hasErrors || loadErrors.hasErrors);
  const rows = queue.data?.items ?? [];
  const total = queue.data?.total ?? 0;
  const totalPages = Math.max(1, Math.ceil(total / filters.pageSize));

  return (
    <>
      <SuccessBanner flash={done ?? flashFromRoute} />
      <ErrorSummary errors={[...loadErrors.summary, ...errors.summary]} />
      <span className="govuk-caption-l">{me?.active?.organisationName}</span>
      <h1 className="govuk-heading-l">New requests</h1>
      <p className="govuk-body">
        Requests received and not yet allocated to a caseworker, oldest first. The local authority must decide
        whether to assess within 6 weeks of receiving each one.
      </p>
      {canWorkCases && (
        <ButtonLink href="/intake/record" variant="secondary">
          Record a request made directly to the LA
        </ButtonLink>
      )}

      {queue.isPending ? (
        <p className="govuk-body" aria-live="polite">
          Loading…
        </p>
      ) : rows.length === 0 ? (
        <p className="govuk-body" data-testid="intake-empty">
          There are no new requests waiting to be allocated.
        </p>
      ) : (
        <>
          {canWorkCases && (
            <ReallocateForm
              selectedIds={[...selected]}
              allocate={allocate}
              label="Allocate selected requests to"
              buttonText="Allocate selected"
            />
          )}
          <CaseTable
            caption={`${total} new ${total === 1 ? 'request' : 'requests'}`}
            rows={rows}
            sort={{ key: filters.sort, direction: filters.direction }}
            onSort={(key, direction) => setParams(withParams(params, { sort: key, direction }))}
            selection={canWorkCases ? selection.props : undefined}
            action={
              canWorkCases
                ? {
                    heading: 'Allocate',
                    cell: (r) => (
                      <ul className="govuk-list app-table-actions govuk-!-margin-bottom-0">
                        {userId && (
                          <li>
                            <button
                              type="button"
                              className="govuk-link app-link-button"
                              onClick={() => allocate.mutate({ requestIds: [r.id], caseworkerId: userId })}
                            >
                              Allocate to me<span className="govuk-visually-hidden"> ({rowName(r)})</span>
                            </button>
                          </li>
                        )}
                        <li>
                          <RouterLink className="govuk-link" href={`/cases/${r.id}/allocate?from=intake`}>
                            Choose caseworker<span className="govuk-visually-hidden"> ({rowName(r)})</span>
                          </RouterLink>
                        </li>
                      </ul>
                    ),
                  }
                : undefined
            }
          />
          <Pagination
            currentPage={filters.page}
            totalPages={totalPages}
            hrefForPage={(page) =>
              hrefWith('/intake', withParams(params, { page: page > 1 ? String(page) : undefined }))
            }
            landmarkLabel="New request pages"
          />
        </>
      )}
    </>
  );
}
