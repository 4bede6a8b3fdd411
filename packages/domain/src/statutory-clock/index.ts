export * from './compute-statutory-dates';
export * from './date-assertions';
export * from './england-bank-holidays';
export * from './statutory-date';
export * from './statutory-exception';
export * from './statutory-periods';
export * from './timeliness';
export * from './working-days';
