export * from './client';
export * from './tenant';
export * from './migrate';
export * from './roles';
export * from './schema';
export { localAuthorities, type LocalAuthorityReference } from './reference/local-authorities';
export { seedDemo, isEmpty } from './seed/seed-demo';
export * from './seed/demo-data';
export { rowsOf } from './rows';
