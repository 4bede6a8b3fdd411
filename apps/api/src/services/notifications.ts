import {
  applyTenantScope,
  assessmentRequest,
  localAuthority,
  membership,
  notification,
  userAccount,
  withTenant,
  type Tx,
} from '@casework/db';
import {
  addDays,
  formatLongDate,
  londonDateOf,
  statutoryDateKeyLabels,
  statutoryDateKeys,
  type PlainDate,
  type StatutoryDateKey,
} from '@casework/domain';
import { and, eq, gte, inArray, isNotNull, isNull, lte, or } from 'drizzle-orm';

import { EMAIL_JOB, type EmailJobPayload } from '../jobs/handlers';
import { enqueueJob } from '../jobs/queue';
import type { AppDeps } from './types';

/** A statutory date this close (in calendar days, today included) is "due soon". */
export const DUE_SOON_DAYS = 10;
/** An allocation older than this is not announced: it was made while the scan was not running. */
const ALLOCATION_NOTICE_DAYS = 7;
/** Sent to the LA and not yet finished: the statutory clock runs (isOpenCase in @casework/domain). */
const openStatuses = ['submitted', 'more_information_requested', 'assessing'];

export type NotificationKind = 'new_request' | 'allocated' | 'due_soon' | 'overdue';

interface Candidate {
  recipientId: string;
  kind: NotificationKind;
  requestId: string;
  title: string;
  dedupeKey: string;
}

interface CaseStaff {
  emailOf: Map<string, string>;
  /** Who hears about unallocated work: the team managers, or the caseworkers if there are none. */
  intake: string[];
}

async function loadCaseStaff(tx: Tx, laId: string): Promise<CaseStaff> {
  const rows = await tx
    .select({ userId: membership.userId, role: membership.role, email: userAccount.email })
    .from(membership)
    .innerJoin(userAccount, eq(userAccount.id, membership.userId))
    .where(
      and(
        eq(membership.laId, laId),
        isNull(membership.endedAt),
        inArray(membership.role, ['caseworker', 'team_manager']),
      ),
    );
  const emailOf = new Map(rows.map((r) => [r.userId, r.email]));
  const withRole = (role: string) => [...new Set(rows.filter((r) => r.role === role).map((r) => r.userId))];
  const managers = withRole('team_manager');
  return { emailOf, intake: managers.length > 0 ? managers : withRole('caseworker') };
}

function dateLabel(key: string | null): string {
  return key && (statutoryDateKeys as readonly string[]).includes(key)
    ? statutoryDateKeyLabels[key as StatutoryDateKey]
    : 'A statutory date';
}

/**
 * Creates the notifications an LA's staff should have now, and queues one email for each new one.
 * Safe to run as often as you like: every notification has a dedupe key, so a repeat adds nothing.
 * Runs in the LA's own tenant scope; nothing of another LA is read or written.
 */
export async function scanForNotifications(
  deps: AppDeps,
  laId: string,
  now: Date,
): Promise<{ created: number }> {
  const today = londonDateOf(now);
  const dueSoonUntil = addDays(today, DUE_SOON_DAYS);
  const allocatedSince = new Date(now.getTime() - ALLOCATION_NOTICE_DAYS * 86_400_000);

  return withTenant(deps.db, { laId }, async (tx) => {
    const staff = await loadCaseStaff(tx, laId);
    const requests = await tx
      .select({
        id: assessmentRequest.id,
        reference: assessmentRequest.reference,
        status: assessmentRequest.status,
        allocatedTo: assessmentRequest.allocatedTo,
        allocatedAt: assessmentRequest.allocatedAt,
        nextDueOn: assessmentRequest.nextDueOn,
        nextDueKey: assessmentRequest.nextDueKey,
      })
      .from(assessmentRequest)
      .where(
        and(
          eq(assessmentRequest.laId, laId),
          inArray(assessmentRequest.status, openStatuses),
          or(
            and(eq(assessmentRequest.status, 'submitted'), isNull(assessmentRequest.allocatedTo)),
            and(isNotNull(assessmentRequest.allocatedTo), gte(assessmentRequest.allocatedAt, allocatedSince)),
            lte(assessmentRequest.nextDueOn, dueSoonUntil),
          ),
        ),
      );

    const isStaff = (userId: string | null): userId is string => userId !== null && staff.emailOf.has(userId);
    const candidates: Candidate[] = [];
    for (const r of requests) {
      const reference = r.reference ?? 'A request';
      // Someone who has left the LA is not told; the team managers hear instead.
      const responsible = isStaff(r.allocatedTo) ? [r.allocatedTo] : staff.intake;
      const add = (recipients: string[], kind: NotificationKind, title: string, dedupeKey: string) => {
        for (const recipientId of recipients)
          candidates.push({ recipientId, kind, requestId: r.id, title, dedupeKey });
      };

      if (r.status === 'submitted' && r.allocatedTo === null) {
        add(staff.intake, 'new_request', `New request ${reference} received`, `new_request:${r.id}`);
      }
      if (isStaff(r.allocatedTo) && r.allocatedAt && r.allocatedAt >= allocatedSince) {
        add(
          [r.allocatedTo],
          'allocated',
          `${reference} has been allocated to you`,
          `allocated:${r.id}:${r.allocatedAt.toISOString()}`,
        );
      }
      if (r.nextDueOn) {
        const dueOn = r.nextDueOn as PlainDate;
        const what = dateLabel(r.nextDueKey);
        const when = formatLongDate(dueOn);
        const key = r.nextDueKey ?? 'date';
        if (dueOn < today) {
          add(
            responsible,
            'overdue',
            `${reference}: ${what} was due on ${when} (overdue)`,
            `overdue:${r.id}:${key}:${dueOn}`,
          );
        } else if (dueOn <= dueSoonUntil) {
          add(
            responsible,
            'due_soon',
            `${reference}: ${what} is due on ${when}`,
            `due_soon:${r.id}:${key}:${dueOn}`,
          );
        }
      }
    }

    const byRecipient = new Map<string, Map<string, Candidate>>();
    for (const c of candidates) {
      const mine = byRecipient.get(c.recipientId) ?? new Map<string, Candidate>();
      mine.set(c.dedupeKey, c);
      byRecipient.set(c.recipientId, mine);
    }

    let created = 0;
    for (const [recipientId, mine] of byRecipient) {
      // RLS shows a notification only to its recipient, and RETURNING must be able to see the
      // row: act as the recipient for their own notifications, still within this LA.
      await applyTenantScope(tx, { laId, userId: recipientId });
      const inserted = await tx
        .insert(notification)
        .values(
          [...mine.values()].map((c) => ({
            laId,
            recipientId,
            kind: c.kind,
            requestId: c.requestId,
            title: c.title,
            dedupeKey: c.dedupeKey,
            createdAt: now,
          })),
        )
        .onConflictDoNothing()
        .returning({ id: notification.id, title: notification.title, requestId: notification.requestId });
      const to = staff.emailOf.get(recipientId);
      for (const n of inserted) {
        created += 1;
        if (!to || !n.requestId) continue;
        const payload: EmailJobPayload = {
          to,
          subject: n.title,
          text: emailText(n.title, caseLink(deps, n.requestId)),
        };
        await enqueueJob(tx, { kind: EMAIL_JOB, payload, runAfter: now, dedupeKey: `email:${n.id}` });
      }
    }
    return { created };
  });
}

function caseLink(deps: AppDeps, requestId: string): string {
  return new URL(`/cases/${requestId}`, deps.config.appOrigin).toString();
}

/** Plain text only, and nothing about the child: the reference and date are enough to find the case. */
function emailText(title: string, link: string): string {
  return [
    title,
    '',
    'Sign in to Casework to see the case:',
    link,
    '',
    'This email was sent automatically by Casework. Do not reply to it.',
    '',
  ].join('\n');
}

/** Runs the scan for every onboarded LA. One LA's failure is logged and does not stop the others. */
export async function scanEveryLa(deps: AppDeps, now: Date): Promise<{ las: number; created: number }> {
  const las = await withTenant(deps.db, {}, (tx) =>
    tx.select({ id: localAuthority.id }).from(localAuthority).where(isNotNull(localAuthority.onboardedAt)),
  );
  let created = 0;
  for (const la of las) {
    try {
      created += (await scanForNotifications(deps, la.id, now)).created;
    } catch (error) {
      deps.logger.error(
        { event: 'notifications.scan_failed', laId: la.id, err: error },
        'notification scan failed',
      );
    }
  }
  return { las: las.length, created };
}
