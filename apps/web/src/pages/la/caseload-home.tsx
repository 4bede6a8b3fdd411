import { requestStatusLabels, type CaseloadFilters } from '@casework/domain';
import { Button, Checkboxes, ErrorSummary, Pagination, Select, TextInput } from '@casework/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';

import { SuccessBanner, type Flash } from '../../app/flash';
import { formErrors } from '../../app/form-errors';
import { useLaRole } from '../../app/la-role';
import { usePageTitle } from '../../app/page-title';
import { RouterLink } from '../../app/router-link';
import { useLocalAuthorities } from '../../app/use-reference';
import { useMe } from '../../app/use-me';
import { useRowSelection } from './use-row-selection';
import { useTRPC } from '../../trpc';
import { CaseTable } from './case-table';
import {
  caseloadFiltersFrom,
  caseloadStatuses,
  dueWithinOptions,
  hasCaseloadFilters,
  hrefWith,
  withParams,
} from './caseload-filters';
import { ReallocateForm, useBulkAllocate } from './reallocate-form';
import { useCaseworkers } from './use-caseworkers';

const quickLinks = [
  { text: 'All open cases', query: '' },
  { text: 'My cases', query: 'caseworker=me' },
  { text: 'Not allocated', query: 'caseworker=unallocated' },
  { text: 'Overdue', query: 'overdue=1' },
  { text: 'Due within 14 days', query: 'due=14' },
];

/** The LA's caseload: every received request, filtered, sorted and paged by the server. */
export function CaseloadHome() {
  const me = useMe().data;
  const trpc = useTRPC();
  const { isTeamManager } = useLaRole();
  const [params, setParams] = useSearchParams();
  const filters = caseloadFiltersFrom(params);
  const caseload = useQuery(
    trpc.casework.caseload.queryOptions(filters, { placeholderData: keepPreviousData }),
  );
  const selection = useRowSelection();
  const { selected } = selection;
  const [done, setDone] = useState<Flash | null>(null);
  const allocate = useBulkAllocate((flash) => {
    selection.clear();
    setDone(flash);
  });
  const errors = formErrors(caseload.error, { schoolUrn: 'school', search: 'q' });
  const allocateErrors = formErrors(allocate.error, { caseworkerId: 'allocateTo', requestIds: 'select-all' });
  usePageTitle('Caseload', errors.hasErrors || allocateErrors.hasErrors);

  const navigate = (next: URLSearchParams) => {
    selection.clear();
    setDone(null);
    setParams(next);
  };
  const data = caseload.data;
  const rows = caseload.isError ? [] : (data?.items ?? []);
  const total = caseload.isError ? 0 : (data?.total ?? 0);
  const totalPages = Math.max(1, Math.ceil(total / filters.pageSize));
  const first = (filters.page - 1) * filters.pageSize + 1;
  const currentQuery = params.toString();

  return (
    <>
      <SuccessBanner flash={done} />
      <ErrorSummary errors={[...errors.summary, ...allocateErrors.summary]} />
      <span className="govuk-caption-l">{me?.active?.organisationName}</span>
      <h1 className="govuk-heading-l">Caseload</h1>

      <nav aria-label="Quick views" className="govuk-!-margin-bottom-4">
        <ul className="govuk-list app-inline-list">
          {quickLinks.map((l) => (
            <li key={l.text}>
              <RouterLink
                className="govuk-link"
                href={hrefWith('/', new URLSearchParams(l.query))}
                aria-current={currentQuery === l.query ? 'page' : undefined}
              >
                {l.text}
              </RouterLink>
            </li>
          ))}
        </ul>
      </nav>

      <CaseloadFilterForm
        key={currentQuery}
        filters={filters}
        errors={errors.byField}
        onApply={(changes) => navigate(withParams(params, changes))}
      />

      {caseload.isPending ? (
        <p className="govuk-body" aria-live="polite">
          Loading…
        </p>
      ) : caseload.isError ? (
        <p className="govuk-body">Check the filters and try again.</p>
      ) : rows.length === 0 ? (
        <p className="govuk-body" data-testid="caseload-empty">
          {hasCaseloadFilters(filters) ? 'No cases match the filters.' : 'There are no open cases.'}
        </p>
      ) : (
        <>
          {isTeamManager && (
            <ReallocateForm
              selectedIds={[...selected]}
              allocate={allocate}
              label="Reallocate selected cases to"
              buttonText="Reallocate selected"
            />
          )}
          <CaseTable
            caption={
              <>
                {total} {total === 1 ? 'case' : 'cases'}
                {totalPages > 1 && (
                  <span className="govuk-caption-m">
                    Showing {first} to {Math.min(total, first + rows.length - 1)}
                  </span>
                )}
              </>
            }
            rows={rows}
            sort={{ key: filters.sort, direction: filters.direction }}
            onSort={(key, direction) => navigate(withParams(params, { sort: key, direction }))}
            selection={isTeamManager ? selection.props : undefined}
          />
          <Pagination
            currentPage={filters.page}
            totalPages={totalPages}
            hrefForPage={(page) =>
              hrefWith('/', withParams(params, { page: page > 1 ? String(page) : undefined }))
            }
            landmarkLabel="Caseload pages"
          />
        </>
      )}
    </>
  );
}

/** The MOJ filter: every choice is applied together with one button, and kept in the address. */
function CaseloadFilterForm({
  filters,
  errors,
  onApply,
}: {
  filters: CaseloadFilters;
  errors: Record<string, string>;
  onApply: (changes: Record<string, string | undefined>) => void;
}) {
  const las = useLocalAuthorities();
  const caseworkers = useCaseworkers();
  const [search, setSearch] = useState(filters.search ?? '');
  const [status, setStatus] = useState(filters.status ?? '');
  const [caseworker, setCaseworker] = useState(filters.caseworker ?? '');
  const [school, setSchool] = useState(filters.schoolUrn ?? '');
  const [schoolLa, setSchoolLa] = useState(filters.schoolLaCode ?? '');
  const [due, setDue] = useState(filters.dueWithinDays === undefined ? '' : String(filters.dueWithinDays));
  const [flags, setFlags] = useState<string[]>([
    ...(filters.isOverdue ? ['overdue'] : []),
    ...(filters.hasException ? ['exceptions'] : []),
    ...(filters.isOpen ? ['open'] : []),
  ]);
  const dueOptions: { value: string; text: string }[] = [
    { value: '', text: 'Any date' },
    ...dueWithinOptions,
  ];
  if (due && !dueOptions.some((o) => o.value === due))
    dueOptions.push({ value: due, text: `Within ${due} days` });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply({
      q: search.trim() || undefined,
      status: status || undefined,
      caseworker: caseworker || undefined,
      school: school.trim() || undefined,
      schoolLa: schoolLa || undefined,
      due: due || undefined,
      overdue: flags.includes('overdue') ? '1' : undefined,
      exceptions: flags.includes('exceptions') ? '1' : undefined,
      closed: flags.includes('open') ? undefined : '1',
    });
  };

  return (
    <form onSubmit={submit} noValidate className="app-filters" role="search" aria-label="Filter cases">
      <h2 className="govuk-heading-m">Filter cases</h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <TextInput
            id="q"
            label="Child’s name, UPN or reference"
            labelSize="s"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            error={errors.search}
            spellCheck={false}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select
            id="status"
            label="Status"
            labelSize="s"
            value={status}
            onChange={(e) => setStatus(e.target.value)}
            options={[
              { value: '', text: 'Any status' },
              ...caseloadStatuses.map((s) => ({ value: s, text: requestStatusLabels[s] })),
            ]}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select
            id="caseworker"
            label="Caseworker"
            labelSize="s"
            value={caseworker}
            onChange={(e) => setCaseworker(e.target.value)}
            options={[
              { value: '', text: 'Anyone' },
              { value: 'me', text: 'My cases' },
              { value: 'unallocated', text: 'Not allocated' },
              ...(caseworkers.data ?? []).map((c) => ({ value: c.id, text: c.name })),
            ]}
          />
        </div>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <TextInput
            id="school"
            label="School URN"
            labelSize="s"
            width="govuk-input--width-10"
            inputMode="numeric"
            value={school}
            onChange={(e) => setSchool(e.target.value)}
            error={errors.schoolUrn}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select
            id="schoolLa"
            label="Local authority of the school"
            labelSize="s"
            value={schoolLa}
            onChange={(e) => setSchoolLa(e.target.value)}
            error={errors.schoolLaCode}
            options={[
              { value: '', text: 'Any local authority' },
              ...(las.data ?? []).map((la) => ({ value: la.code, text: la.name })),
            ]}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select
            id="due"
            label="Next statutory date due"
            labelSize="s"
            value={due}
            onChange={(e) => setDue(e.target.value)}
            options={dueOptions}
          />
        </div>
      </div>
      <Checkboxes
        name="flags"
        idPrefix="flags"
        legend="Show only"
        legendSize="s"
        isSmall
        values={flags}
        onChange={setFlags}
        items={[
          { value: 'overdue', label: 'Overdue cases' },
          { value: 'exceptions', label: 'Cases with an exception recorded' },
          {
            value: 'open',
            label: 'Open cases',
            hint: 'Received, more information requested or assessing. A status chosen above takes its place.',
          },
        ]}
      />
      <div className="govuk-button-group">
        <Button type="submit" variant="secondary">
          Apply filters
        </Button>
        <RouterLink className="govuk-link" href="/">
          Clear filters
        </RouterLink>
      </div>
    </form>
  );
}
