import { daysBetween, londonDateOf } from '@casework/domain';
import { Button, DateInput, ErrorSummary, Select, Table, Tag, type DateInputValue } from '@casework/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';

import type { TimelinessReport } from '../../app/api-types';
import { dateFromParts, partsFromDate } from '../../app/date-parts';
import { formErrors } from '../../app/form-errors';
import { formatDate } from '../../app/format';
import { useLaRole } from '../../app/la-role';
import { usePageTitle } from '../../app/page-title';
import { RouterLink } from '../../app/router-link';
import { useMe } from '../../app/use-me';
import { useTRPC } from '../../trpc';
import { NotFoundPage } from '../not-found';
import { withParams } from './caseload-filters';
import { monthLabel, TimelinessChart } from './timeliness-chart';

const fieldIds = { fromOn: 'fromOn-day', toOn: 'toOn-day', 'period.toOn': 'toOn-day' };

function percent(n: number | null): string {
  return n === null ? '–' : `${n.toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`;
}

function rate(within: number, issued: number): string {
  return issued === 0 ? '–' : percent(Math.round((within / issued) * 1000) / 10);
}

/** "20 weeks, 6 days": whole weeks alone would show 20 for a plan that missed the 20-week limit. */
export function timeTaken(days: number): string {
  const weeks = Math.floor(days / 7);
  const rest = days % 7;
  return `${weeks} ${weeks === 1 ? 'week' : 'weeks'}${rest ? `, ${rest} ${rest === 1 ? 'day' : 'days'}` : ''}`;
}

/** The calendar year to date, as DfE counts a year. */
function defaultPeriod(now = new Date()) {
  const today = londonDateOf(now);
  return { fromOn: `${today.slice(0, 4)}-01-01`, toOn: today };
}

/**
 * Timeliness of new EHC plans as DfE reports it (reg 13(2): within 20 weeks of the request),
 * including and excluding cases with an exception, with the plans behind every figure.
 */
export function TimelinessPage() {
  const me = useMe().data;
  const trpc = useTRPC();
  const { canSeeTimeliness } = useLaRole();
  const [params, setParams] = useSearchParams();
  const defaults = defaultPeriod();
  const period = { fromOn: params.get('from') ?? defaults.fromOn, toOn: params.get('to') ?? defaults.toOn };
  const report = useQuery(
    trpc.casework.timeliness.queryOptions(period, {
      enabled: canSeeTimeliness,
      placeholderData: keepPreviousData,
    }),
  );
  const errors = formErrors(report.error, fieldIds);
  usePageTitle('Timeliness of new EHC plans', errors.hasErrors);
  if (!canSeeTimeliness) return <NotFoundPage />;
  const data = report.isError ? undefined : report.data;

  return (
    <>
      <ErrorSummary errors={errors.summary} />
      <span className="govuk-caption-l">{me?.active?.organisationName}</span>
      <h1 className="govuk-heading-l">Timeliness of new EHC plans</h1>
      <p className="govuk-body">
        Final EHC plans issued in the period, and how many were issued within 20 weeks of the request being
        received, counted as the Department for Education counts them: with and without the cases that have an
        exception.
      </p>
      <PeriodForm
        key={`${period.fromOn}|${period.toOn}`}
        period={period}
        errors={errors.byField}
        onApply={(fromOn, toOn) =>
          setParams(withParams(params, { from: fromOn, to: toOn, month: undefined, within: undefined }))
        }
      />
      {report.isPending ? (
        <p className="govuk-body" aria-live="polite">
          Loading…
        </p>
      ) : !data ? null : data.summary.includingExceptions.plansIssued === 0 ? (
        <p className="govuk-body">
          No final EHC plans were issued between {formatDate(data.period.fromOn)} and{' '}
          {formatDate(data.period.toOn)}.
        </p>
      ) : (
        <TimelinessFigures
          report={data}
          params={params}
          onFilter={(changes) => setParams(withParams(params, changes), { replace: true })}
        />
      )}
    </>
  );
}

function PeriodForm({
  period,
  errors,
  onApply,
}: {
  period: { fromOn: string; toOn: string };
  errors: Record<string, string>;
  onApply: (fromOn: string, toOn: string) => void;
}) {
  const [fromOn, setFromOn] = useState<DateInputValue>(partsFromDate(period.fromOn));
  const [toOn, setToOn] = useState<DateInputValue>(partsFromDate(period.toOn));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(dateFromParts(fromOn), dateFromParts(toOn));
  };
  return (
    <form onSubmit={submit} noValidate className="app-filters" aria-label="Period">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <DateInput
            id="fromOn"
            legend="Plans issued from"
            legendSize="s"
            hint="For example, 1 1 2027"
            value={fromOn}
            onChange={setFromOn}
            error={errors.fromOn}
          />
        </div>
        <div className="govuk-grid-column-one-half">
          <DateInput
            id="toOn"
            legend="To"
            legendSize="s"
            hint="Both days are included"
            value={toOn}
            onChange={setToOn}
            error={errors.toOn ?? errors['period.toOn']}
          />
        </div>
      </div>
      <Button type="submit" variant="secondary">
        Show figures
      </Button>
    </form>
  );
}

function TimelinessFigures({
  report,
  params,
  onFilter,
}: {
  report: TimelinessReport;
  params: URLSearchParams;
  onFilter: (changes: Record<string, string | undefined>) => void;
}) {
  const incl = report.summary.includingExceptions;
  const excl = report.summary.excludingExceptions;
  const withException = incl.plansIssued - excl.plansIssued;
  const byBucket = (counts: typeof incl, bucket: string) =>
    counts.weeksFromRequestToPlan.find((b) => b.bucket === bucket)?.count ?? 0;

  return (
    <>
      <h2 className="govuk-heading-m">
        {formatDate(report.period.fromOn)} to {formatDate(report.period.toOn)}
      </h2>
      <div className="govuk-grid-row app-figures">
        <div className="govuk-grid-column-one-third">
          <p className="govuk-body app-figure">
            <span className="app-figure__number">{incl.plansIssued}</span>
            <span className="app-figure__label">final plans issued</span>
          </p>
        </div>
        <div className="govuk-grid-column-one-third">
          <p className="govuk-body app-figure">
            <span className="app-figure__number">{percent(incl.percentWithin20Weeks)}</span>
            <span className="app-figure__label">within 20 weeks, including exceptions</span>
          </p>
        </div>
        <div className="govuk-grid-column-one-third">
          <p className="govuk-body app-figure">
            <span className="app-figure__number">{percent(excl.percentWithin20Weeks)}</span>
            <span className="app-figure__label">within 20 weeks, excluding exceptions</span>
          </p>
        </div>
      </div>
      <Table
        caption="Summary"
        captionSize="m"
        firstCellIsHeader
        head={[
          '',
          { content: 'Including exceptions', format: 'numeric' },
          { content: 'Excluding exceptions', format: 'numeric' },
        ]}
        rows={[
          [
            'Final plans issued',
            { content: String(incl.plansIssued), format: 'numeric' },
            { content: String(excl.plansIssued), format: 'numeric' },
          ],
          [
            'Issued within 20 weeks',
            { content: String(incl.issuedWithin20Weeks), format: 'numeric' },
            { content: String(excl.issuedWithin20Weeks), format: 'numeric' },
          ],
          [
            'Percentage within 20 weeks',
            { content: percent(incl.percentWithin20Weeks), format: 'numeric' },
            { content: percent(excl.percentWithin20Weeks), format: 'numeric' },
          ],
        ]}
      />
      <p className="govuk-body-s">
        {withException} {withException === 1 ? 'plan was' : 'plans were'} for a case with an exception
        recorded, so {withException === 1 ? 'it is' : 'they are'} left out of the figures excluding
        exceptions.
      </p>

      <h2 className="govuk-heading-m">By month of issue</h2>
      <TimelinessChart months={report.months} tableId="by-month" />
      <div id="by-month">
        <Table
          caption="Plans issued by month"
          firstCellIsHeader
          head={[
            'Month',
            { content: 'Plans issued', format: 'numeric' },
            { content: 'Within 20 weeks', format: 'numeric' },
            { content: '%', format: 'numeric' },
            { content: 'Excluding exceptions: issued', format: 'numeric' },
            { content: 'Excluding exceptions: within 20 weeks', format: 'numeric' },
            { content: 'Excluding exceptions: %', format: 'numeric' },
          ]}
          rows={report.months.map((m) => ({
            key: m.month,
            cells: [
              monthLabel(m.month),
              { content: String(m.plansIssued), format: 'numeric' },
              { content: String(m.within20Weeks), format: 'numeric' },
              { content: rate(m.within20Weeks, m.plansIssued), format: 'numeric' },
              { content: String(m.plansIssuedExcludingExceptions), format: 'numeric' },
              { content: String(m.within20WeeksExcludingExceptions), format: 'numeric' },
              {
                content: rate(m.within20WeeksExcludingExceptions, m.plansIssuedExcludingExceptions),
                format: 'numeric',
              },
            ],
          }))}
        />
      </div>

      <Table
        caption="Weeks from request to final plan"
        captionSize="m"
        firstCellIsHeader
        head={[
          'Weeks',
          { content: 'Including exceptions', format: 'numeric' },
          { content: 'Excluding exceptions', format: 'numeric' },
        ]}
        rows={report.buckets.map((b) => ({
          key: b.bucket,
          cells: [
            b.label,
            { content: String(byBucket(incl, b.bucket)), format: 'numeric' },
            { content: String(byBucket(excl, b.bucket)), format: 'numeric' },
          ],
        }))}
      />

      <PlansList
        key={`${params.get('month') ?? ''}|${params.get('within') ?? ''}`}
        report={report}
        params={params}
        onFilter={onFilter}
      />
    </>
  );
}

/** The plans behind the figures, narrowed by month and by whether they were on time. */
function PlansList({
  report,
  params,
  onFilter,
}: {
  report: TimelinessReport;
  params: URLSearchParams;
  onFilter: (changes: Record<string, string | undefined>) => void;
}) {
  const monthParam = params.get('month') ?? '';
  const withinParam = params.get('within') ?? '';
  const [month, setMonth] = useState(monthParam);
  const [within, setWithin] = useState(withinParam);
  const plans = report.plans.filter(
    (p) =>
      (!monthParam || p.month === monthParam) &&
      (withinParam === 'yes' ? p.isWithin20Weeks : withinParam === 'no' ? !p.isWithin20Weeks : true),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onFilter({ month: month || undefined, within: within || undefined });
  };
  return (
    <section aria-labelledby="plans-heading">
      <h2 className="govuk-heading-m" id="plans-heading">
        The plans behind the figures
      </h2>
      <form onSubmit={submit} noValidate className="app-filters" role="search" aria-label="Filter plans">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <Select
              id="month"
              label="Month of issue"
              labelSize="s"
              value={month}
              onChange={(e) => setMonth(e.target.value)}
              options={[
                { value: '', text: 'Every month' },
                ...report.months.map((m) => ({ value: m.month, text: monthLabel(m.month) })),
              ]}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <Select
              id="within"
              label="Issued within 20 weeks"
              labelSize="s"
              value={within}
              onChange={(e) => setWithin(e.target.value)}
              options={[
                { value: '', text: 'Either' },
                { value: 'yes', text: 'Within 20 weeks' },
                { value: 'no', text: 'After 20 weeks' },
              ]}
            />
          </div>
          <div className="govuk-grid-column-one-third app-filters__button">
            <Button type="submit" variant="secondary">
              Show plans
            </Button>
          </div>
        </div>
      </form>
      {plans.length === 0 ? (
        <p className="govuk-body">No plans match.</p>
      ) : (
        <Table
          caption={`${plans.length} ${plans.length === 1 ? 'plan' : 'plans'}`}
          head={[
            'Reference',
            'Child',
            'Received',
            'Final plan issued',
            'Time taken',
            'Within 20 weeks',
            'Exception',
          ]}
          rows={plans.map((p) => ({
            key: p.id,
            cells: [
              <RouterLink className="govuk-link app-nowrap" href={`/cases/${p.id}`}>
                {p.reference ?? 'No reference'}
              </RouterLink>,
              p.childName ?? '–',
              <span className="app-nowrap">{formatDate(p.receivedOn)}</span>,
              <span className="app-nowrap">{formatDate(p.issuedOn)}</span>,
              <span className="app-nowrap">{timeTaken(daysBetween(p.receivedOn, p.issuedOn))}</span>,
              p.isWithin20Weeks ? <Tag colour="green">Yes</Tag> : <Tag colour="red">No</Tag>,
              p.hasException ? 'Yes' : 'No',
            ],
          }))}
        />
      )}
    </section>
  );
}
