import { describe, expect, it } from 'vitest';

import { caseloadFiltersFrom, hasCaseloadFilters, withParams } from './caseload-filters';

const parse = (query: string) => caseloadFiltersFrom(new URLSearchParams(query));

describe('the caseload filters in the address', () => {
  it('shows open cases by the next statutory date when nothing is chosen', () => {
    const f = parse('');
    expect(f).toMatchObject({ isOpen: true, sort: 'nextDue', direction: 'asc', page: 1, pageSize: 25 });
    expect(hasCaseloadFilters(f)).toBe(false);
  });

  it('reads every filter a caseworker can set', () => {
    const f = parse(
      'status=assessing&caseworker=me&school=900001&schoolLa=886&due=14&overdue=1&exceptions=1&closed=1&q=Amelia&sort=child&direction=desc&page=3',
    );
    expect(f).toEqual({
      status: 'assessing',
      caseworker: 'me',
      schoolUrn: '900001',
      schoolLaCode: '886',
      dueWithinDays: 14,
      isOverdue: true,
      hasException: true,
      isOpen: false,
      search: 'Amelia',
      sort: 'child',
      direction: 'desc',
      page: 3,
      pageSize: 25,
    });
    expect(hasCaseloadFilters(f)).toBe(true);
  });

  it('ignores values it does not understand instead of failing the page', () => {
    const f = parse('status=draft&caseworker=someone&schoolLa=Kent&due=soon&sort=age&page=-2');
    expect(f.status).toBeUndefined();
    expect(f.caseworker).toBeUndefined();
    expect(f.schoolLaCode).toBeUndefined();
    expect(f.dueWithinDays).toBeUndefined();
    expect(f.sort).toBe('nextDue');
    expect(f.page).toBe(1);
  });

  it('accepts a caseworker by id and not allocated', () => {
    expect(parse('caseworker=unallocated').caseworker).toBe('unallocated');
    expect(parse('caseworker=0b7e4a1c-6f1d-4c59-9d0e-2f3a4b5c6d7e').caseworker).toBe(
      '0b7e4a1c-6f1d-4c59-9d0e-2f3a4b5c6d7e',
    );
  });

  it('goes back to the first page when a filter changes, but not when the page does', () => {
    const params = new URLSearchParams('status=assessing&page=4');
    expect(withParams(params, { caseworker: 'me' }).toString()).toBe('status=assessing&caseworker=me');
    expect(withParams(params, { page: '5' }).toString()).toBe('status=assessing&page=5');
    expect(withParams(params, { status: undefined }).toString()).toBe('');
  });
});
