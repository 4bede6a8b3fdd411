export * from './reference';
export * from './identity';
export * from './audit';
export * from './assessment-request';
export * from './casework';
