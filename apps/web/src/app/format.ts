import { formatLongDate, isPlainDate, londonDateOf } from '@casework/domain';

/** "7 March 2027 at 2:05pm", in England's time. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hour: 'numeric',
    minute: '2-digit',
    hour12: true,
  })
    .format(d)
    .replace(/\s/g, '')
    .toLowerCase();
  return `${formatLongDate(londonDateOf(d))} at ${time}`;
}

export function formatTime(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hour: 'numeric',
    minute: '2-digit',
    hour12: true,
  })
    .format(new Date(iso))
    .replace(/\s/g, '')
    .toLowerCase();
}

/** "7 March 2027" for a calendar date, or the fallback when there is none. */
export function formatDate(date: string | null | undefined, fallback = 'Not yet'): string {
  return date && isPlainDate(date) ? formatLongDate(date) : fallback;
}
