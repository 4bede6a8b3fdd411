import { describe, it, expect } from 'vitest';
import { localAuthorities } from './local-authorities';

describe('localAuthorities reference data', () => {
  it('has exactly 153 English local authorities', () => {
    expect(localAuthorities).toHaveLength(153);
  });

  it('uses well-formed DfE and GSS codes', () => {
    for (const la of localAuthorities) {
      expect(la.dfeCode).toMatch(/^\d{3}$/);
      expect(la.onsCode).toMatch(/^E(06|08|09|10)\d{6}$/);
      if (la.previousOnsCode !== undefined) {
        expect(la.previousOnsCode).toMatch(/^E(06|08|09|10)\d{6}$/);
      }
      expect(la.name.trim()).toBe(la.name);
      expect(la.name.length).toBeGreaterThan(0);
    }
  });

  it('has unique DfE codes, GSS codes and names', () => {
    const unique = (values: string[]) => new Set(values).size;
    expect(unique(localAuthorities.map((la) => la.dfeCode))).toBe(153);
    const allGss = localAuthorities.flatMap((la) =>
      la.previousOnsCode ? [la.onsCode, la.previousOnsCode] : [la.onsCode],
    );
    expect(unique(allGss)).toBe(allGss.length);
    expect(unique(localAuthorities.map((la) => la.name))).toBe(153);
  });

  it('is sorted by DfE code', () => {
    const codes = localAuthorities.map((la) => la.dfeCode);
    expect([...codes].sort()).toEqual(codes);
  });

  it('uses only the nine English regions', () => {
    const regions = new Set(localAuthorities.map((la) => la.region));
    expect([...regions].sort()).toEqual([
      'East Midlands',
      'East of England',
      'London',
      'North East',
      'North West',
      'South East',
      'South West',
      'West Midlands',
      'Yorkshire and The Humber',
    ]);
  });

  it('has the expected mix of authority types', () => {
    const count = (prefix: string) => localAuthorities.filter((la) => la.onsCode.startsWith(prefix)).length;
    expect(count('E10')).toBe(21);
    expect(count('E06')).toBe(63);
    expect(count('E08')).toBe(36);
    expect(count('E09')).toBe(33);
  });

  it.each([
    ['886', 'E10000016', 'Kent'],
    ['202', 'E09000007', 'Camden'],
    ['942', 'E06000063', 'Cumberland'],
    ['943', 'E06000064', 'Westmorland and Furness'],
    ['815', 'E06000065', 'North Yorkshire'],
    ['933', 'E06000066', 'Somerset'],
    ['201', 'E09000001', 'City of London'],
    ['420', 'E06000053', 'Isles of Scilly'],
    ['839', 'E06000058', 'Bournemouth, Christchurch and Poole'],
    ['838', 'E06000059', 'Dorset'],
    ['825', 'E06000060', 'Buckinghamshire'],
    ['940', 'E06000061', 'North Northamptonshire'],
    ['941', 'E06000062', 'West Northamptonshire'],
  ])('maps DfE %s to %s (%s)', (dfeCode, onsCode, name) => {
    const la = localAuthorities.find((row) => row.dfeCode === dfeCode);
    expect(la).toBeDefined();
    expect(la?.onsCode).toBe(onsCode);
    expect(la?.name).toBe(name);
  });

  it('records the 2025 GSS re-codes for Barnsley and Sheffield', () => {
    const barnsley = localAuthorities.find((la) => la.dfeCode === '370');
    const sheffield = localAuthorities.find((la) => la.dfeCode === '373');
    expect(barnsley).toMatchObject({ onsCode: 'E08000038', previousOnsCode: 'E08000016', name: 'Barnsley' });
    expect(sheffield).toMatchObject({
      onsCode: 'E08000039',
      previousOnsCode: 'E08000019',
      name: 'Sheffield',
    });
  });

  it('includes the other named examples', () => {
    const names = new Map(localAuthorities.map((la) => [la.dfeCode, la.name]));
    expect(names.get('800')).toBe('Bath and North East Somerset');
    expect(names.get('330')).toBe('Birmingham');
    expect(names.get('380')).toBe('Bradford');
    expect(names.get('926')).toBe('Norfolk');
    expect(names.get('919')).toBe('Hertfordshire');
  });

  it('excludes authorities abolished before April 2023', () => {
    const codes = new Set(localAuthorities.map((la) => la.dfeCode));
    // Cumbria 909, Northamptonshire 928, old Dorset county 835, Poole 836, Bournemouth 837.
    // (North Yorkshire 815 and Somerset 933 kept their DfE numbers as unitaries.)
    for (const gone of ['909', '928', '835', '836', '837']) expect(codes.has(gone)).toBe(false);
  });
});
