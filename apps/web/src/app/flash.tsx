import { NotificationBanner } from '@casework/ui';
import { useLocation } from 'react-router';

import { RouterLink } from './router-link';

/** A confirmation carried to the next page, shown there in a success banner. */
export interface Flash {
  heading: string;
  body?: string;
  link?: { href: string; text: string };
}

/** Navigation state that makes the next page show `flash`. */
export function withFlash(flash: Flash): { state: { flash: Flash } } {
  return { state: { flash } };
}

function isFlash(value: unknown): value is Flash {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { heading?: unknown }).heading === 'string'
  );
}

/** The confirmation the previous page left in the navigation state, if any. */
export function useFlash(): Flash | null {
  const state: unknown = useLocation().state;
  const flash =
    typeof state === 'object' && state !== null ? (state as { flash?: unknown }).flash : undefined;
  return isFlash(flash) ? flash : null;
}

export function SuccessBanner({ flash }: { flash: Flash | null }) {
  if (!flash) return null;
  return (
    <NotificationBanner type="success" heading={flash.heading}>
      {flash.body && <p className="govuk-body">{flash.body}</p>}
      {flash.link && (
        <p className="govuk-body">
          <RouterLink className="govuk-notification-banner__link" href={flash.link.href}>
            {flash.link.text}
          </RouterLink>
        </p>
      )}
    </NotificationBanner>
  );
}
