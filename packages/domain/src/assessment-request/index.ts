export * from './status';
export * from './reference';
export * from './inputs';
export * from './progress';
