import { computeStatutoryDates, plainDate } from '@casework/domain';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { StatutoryDates } from './statutory-dates';

describe('the statutory dates table', () => {
  it('warns when a legal date falls on a bank holiday, and says the limit does not move', () => {
    // Received Monday 7 September 2026: the 16-week notice falls on Monday 28 December 2026.
    const dates = computeStatutoryDates({ receivedOn: plainDate('2026-09-07'), today: plainDate('2026-09-08') });
    const html = renderToStaticMarkup(<StatutoryDates dates={dates} />);
    expect(html).toContain('28 December 2026');
    expect(html).toContain('Monday 28 December 2026 is a bank holiday');
    expect(html).toContain('The legal limit does not move');
    // 19 October 2026 is an ordinary Monday: no warning.
    expect(html.match(/does not move/g)).toHaveLength(1);
  });
});
