import { notification } from '@casework/db';
import { NotFound } from '@casework/domain';
import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';

import { laProcedure, router, type ScopedContext } from '../trpc/init';

const readers = laProcedure(['caseworker', 'team_manager', 'panel_member', 'la_admin']);

const markNotificationRead = z.object({ notificationId: z.uuid('Choose a notification') });

/** Row-level security already limits rows to the recipient in the active LA; the filter says so too. */
function mine(ctx: ScopedContext) {
  return and(
    eq(notification.recipientId, ctx.actor.userId),
    eq(notification.laId, ctx.actor.active?.laId ?? ''),
  );
}

/** The signed-in person's notifications: new requests, allocations, and dates due soon or overdue. */
export const notificationsRouter = router({
  list: readers.query(async ({ ctx }) => {
    const rows = await ctx.tx
      .select({
        id: notification.id,
        kind: notification.kind,
        title: notification.title,
        requestId: notification.requestId,
        createdAt: notification.createdAt,
        readAt: notification.readAt,
      })
      .from(notification)
      .where(mine(ctx))
      .orderBy(desc(notification.createdAt), desc(notification.id))
      .limit(50);
    const [unread] = await ctx.tx
      .select({ n: count() })
      .from(notification)
      .where(and(mine(ctx), isNull(notification.readAt)));
    return {
      items: rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        title: r.title,
        requestId: r.requestId,
        createdAt: r.createdAt.toISOString(),
        isRead: r.readAt !== null,
      })),
      unreadCount: Number(unread?.n ?? 0),
    };
  }),

  markRead: readers.input(markNotificationRead).mutation(async ({ ctx, input }) => {
    const [row] = await ctx.tx
      .update(notification)
      .set({ readAt: ctx.deps.now() })
      .where(and(mine(ctx), eq(notification.id, input.notificationId), isNull(notification.readAt)))
      .returning({ id: notification.id });
    if (!row) {
      // Already read is fine; anyone else's (or no such) notification is not found.
      const [existing] = await ctx.tx
        .select({ id: notification.id })
        .from(notification)
        .where(and(mine(ctx), eq(notification.id, input.notificationId)));
      if (!existing) throw new NotFound('notification');
    }
    return { ok: true as const };
  }),

  markAllRead: readers.mutation(async ({ ctx }) => {
    const rows = await ctx.tx
      .update(notification)
      .set({ readAt: ctx.deps.now() })
      .where(and(mine(ctx), isNull(notification.readAt)))
      .returning({ id: notification.id });
    return { marked: rows.length };
  }),
});
