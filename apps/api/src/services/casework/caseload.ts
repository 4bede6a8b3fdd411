import { assessmentRequest, rowsOf, school, userAccount, type Tx } from '@casework/db';
import {
  addDays,
  isRequestStatus,
  requestStatusLabels,
  statutoryDateKeyLabels,
  statutoryDateKeys,
  statutoryDateState,
  timelinessSummary,
  weeksElapsed,
  weeksFromRequestToPlanBuckets,
  isFinalPlanWithin20Weeks,
  daysBetween,
  type CaseloadFilters,
  type PlainDate,
  type StatutoryDateKey,
} from '@casework/domain';
import {
  and,
  asc,
  count,
  desc,
  eq,
  gte,
  ilike,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';

const openStatuses = ['submitted', 'more_information_requested', 'assessing'];

function isStatutoryKey(key: string | null): key is StatutoryDateKey {
  return !!key && (statutoryDateKeys as readonly string[]).includes(key);
}

/** The LA's caseload: filtered, sorted and paged in the database. */
export async function listCaseload(
  tx: Tx,
  laId: string,
  userId: string,
  filters: CaseloadFilters,
  today: PlainDate,
) {
  const caseworker = alias(userAccount, 'caseworker');
  const conditions: SQL[] = [eq(assessmentRequest.laId, laId), sql`${assessmentRequest.status} <> 'draft'`];
  if (filters.status) conditions.push(eq(assessmentRequest.status, filters.status));
  else if (filters.isOpen) conditions.push(inArray(assessmentRequest.status, openStatuses));
  if (filters.caseworker === 'me') conditions.push(eq(assessmentRequest.allocatedTo, userId));
  else if (filters.caseworker === 'unallocated') conditions.push(isNull(assessmentRequest.allocatedTo));
  else if (filters.caseworker) conditions.push(eq(assessmentRequest.allocatedTo, filters.caseworker));
  if (filters.schoolUrn) conditions.push(eq(assessmentRequest.schoolUrn, filters.schoolUrn));
  if (filters.schoolLaCode) conditions.push(eq(school.laCode, filters.schoolLaCode));
  if (filters.dueWithinDays !== undefined) {
    conditions.push(
      gte(assessmentRequest.nextDueOn, today),
      lte(assessmentRequest.nextDueOn, addDays(today, filters.dueWithinDays)),
    );
  }
  if (filters.isOverdue === true) conditions.push(lt(assessmentRequest.nextDueOn, today));
  if (filters.isOverdue === false)
    conditions.push(
      or(isNull(assessmentRequest.nextDueOn), gte(assessmentRequest.nextDueOn, today)) ?? sql`true`,
    );
  if (filters.hasException !== undefined)
    conditions.push(eq(assessmentRequest.hasException, filters.hasException));
  if (filters.search) {
    const term = `%${filters.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      or(
        ilike(assessmentRequest.childName, term),
        ilike(assessmentRequest.reference, term),
        eq(assessmentRequest.childUpn, filters.search.toUpperCase()),
      ) ?? sql`false`,
    );
  }
  const where = and(...conditions);
  const dir = filters.direction === 'desc' ? desc : asc;
  const order = {
    nextDue: [
      sql`${assessmentRequest.nextDueOn} ${sql.raw(filters.direction === 'desc' ? 'desc' : 'asc')} nulls last`,
    ],
    received: [dir(assessmentRequest.receivedOn)],
    child: [dir(assessmentRequest.childName)],
    reference: [dir(assessmentRequest.reference)],
    status: [dir(assessmentRequest.status)],
    caseworker: [dir(caseworker.displayName)],
  }[filters.sort];

  const [rows, [total]] = await Promise.all([
    tx
      .select({
        id: assessmentRequest.id,
        reference: assessmentRequest.reference,
        childName: assessmentRequest.childName,
        childUpn: assessmentRequest.childUpn,
        status: assessmentRequest.status,
        receivedOn: assessmentRequest.receivedOn,
        nextDueOn: assessmentRequest.nextDueOn,
        nextDueKey: assessmentRequest.nextDueKey,
        hasException: assessmentRequest.hasException,
        source: assessmentRequest.source,
        schoolName: school.name,
        schoolLaCode: school.laCode,
        caseworkerId: assessmentRequest.allocatedTo,
        caseworkerName: caseworker.displayName,
      })
      .from(assessmentRequest)
      .leftJoin(school, eq(school.urn, assessmentRequest.schoolUrn))
      .leftJoin(caseworker, eq(caseworker.id, assessmentRequest.allocatedTo))
      .where(where)
      .orderBy(...order, asc(assessmentRequest.reference))
      .limit(filters.pageSize)
      .offset((filters.page - 1) * filters.pageSize),
    tx
      .select({ n: count() })
      .from(assessmentRequest)
      .leftJoin(school, eq(school.urn, assessmentRequest.schoolUrn))
      .where(where),
  ]);
  return {
    total: total?.n ?? 0,
    page: filters.page,
    pageSize: filters.pageSize,
    items: rows.map((r) => {
      const status = isRequestStatus(r.status) ? r.status : 'submitted';
      const dueOn = r.nextDueOn as PlainDate | null;
      return {
        ...r,
        status,
        statusLabel: requestStatusLabels[status],
        weeksElapsed: r.receivedOn ? weeksElapsed(r.receivedOn as PlainDate, today) : null,
        nextDue:
          dueOn && isStatutoryKey(r.nextDueKey)
            ? {
                key: r.nextDueKey,
                label: statutoryDateKeyLabels[r.nextDueKey],
                dueOn,
                state: statutoryDateState(dueOn, undefined, today),
              }
            : null,
      };
    }),
  };
}

/** A team manager's view: open cases, overdue and due-soon items per caseworker. */
export async function teamOverview(tx: Tx, laId: string, today: PlainDate) {
  const soon = addDays(today, 10);
  // Everyone who can hold cases is listed, with none as well as many; unallocated work is one row.
  const rows = rowsOf<{
    id: string | null;
    name: string | null;
    open: number;
    overdue: number;
    due_soon: number;
  }>(
    await tx.execute(sql`
      with staff as (
        select distinct u.id, u.display_name as name
        from membership m join user_account u on u.id = m.user_id
        where m.la_id = ${laId} and m.ended_at is null and m.role in ('caseworker', 'team_manager')
      ), open_cases as (
        select r.allocated_to, r.next_due_on from assessment_request r
        where r.la_id = ${laId} and r.status in ('submitted', 'more_information_requested', 'assessing')
      ), holders as (
        select id, name from staff
        union
        select distinct c.allocated_to, u.display_name from open_cases c left join user_account u on u.id = c.allocated_to
      )
      select h.id, h.name,
             count(c.*)::int as open,
             count(c.*) filter (where c.next_due_on < ${today})::int as overdue,
             count(c.*) filter (where c.next_due_on >= ${today} and c.next_due_on <= ${soon})::int as due_soon
      from holders h left join open_cases c on c.allocated_to is not distinct from h.id
      group by h.id, h.name
      order by h.id is not null, h.name`),
  );
  return rows.map((r) => ({
    caseworkerId: r.id,
    name: r.name ?? 'Not allocated',
    open: r.open,
    overdue: r.overdue,
    dueSoon: r.due_soon,
  }));
}

/**
 * Timeliness of new EHC plans, as DfE reports it: plans issued in the period, how many within
 * 20 weeks of the request, including and excluding cases with an exception; by month of issue,
 * with the cases behind each figure, and the weeks taken as a distribution.
 */
export async function timelinessReport(tx: Tx, laId: string, period: { fromOn: PlainDate; toOn: PlainDate }) {
  const rows = await tx
    .select({
      id: assessmentRequest.id,
      reference: assessmentRequest.reference,
      childName: assessmentRequest.childName,
      receivedOn: assessmentRequest.receivedOn,
      finalPlanIssuedOn: assessmentRequest.finalPlanIssuedOn,
      hasException: assessmentRequest.hasException,
    })
    .from(assessmentRequest)
    .where(
      and(
        eq(assessmentRequest.laId, laId),
        isNotNull(assessmentRequest.finalPlanIssuedOn),
        isNotNull(assessmentRequest.receivedOn),
        gte(assessmentRequest.finalPlanIssuedOn, period.fromOn),
        lte(assessmentRequest.finalPlanIssuedOn, period.toOn),
      ),
    )
    .orderBy(asc(assessmentRequest.finalPlanIssuedOn), asc(assessmentRequest.reference));
  const cases = rows.map((r) => ({
    receivedOn: r.receivedOn as PlainDate,
    finalPlanIssuedOn: r.finalPlanIssuedOn as PlainDate,
    hasException: r.hasException,
  }));
  const summary = timelinessSummary(cases, period);
  const plans = rows.map((r) => {
    const received = r.receivedOn as PlainDate;
    const issued = r.finalPlanIssuedOn as PlainDate;
    const days = daysBetween(received, issued);
    return {
      id: r.id,
      reference: r.reference,
      childName: r.childName,
      receivedOn: received,
      issuedOn: issued,
      month: issued.slice(0, 7),
      weeks: Math.floor(days / 7),
      isWithin20Weeks: isFinalPlanWithin20Weeks(received, issued),
      hasException: r.hasException,
      bucket: weeksFromRequestToPlanBuckets.find((b) => days <= b.upToWeeks * 7)?.bucket ?? '52+',
    };
  });
  const months = [...new Set(plans.map((p) => p.month))].sort().map((month) => {
    const inMonth = plans.filter((p) => p.month === month);
    const excl = inMonth.filter((p) => !p.hasException);
    return {
      month,
      plansIssued: inMonth.length,
      within20Weeks: inMonth.filter((p) => p.isWithin20Weeks).length,
      plansIssuedExcludingExceptions: excl.length,
      within20WeeksExcludingExceptions: excl.filter((p) => p.isWithin20Weeks).length,
    };
  });
  return {
    period,
    summary,
    months,
    plans,
    buckets: weeksFromRequestToPlanBuckets.map((b) => ({ bucket: b.bucket, label: b.label })),
  };
}
