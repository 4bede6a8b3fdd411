export * from './errors';
export * from './plain-date';
export * from './roles';
export * from './account';
export * from './statutory-clock';
