export * from './errors';
export * from './plain-date';
export * from './roles';
export * from './account';
export * from './statutory-clock';
export * from './identifiers';
export * from './request-template';
export * from './assessment-request';
