export * from './nhs-number';
export * from './postcode';
export * from './schemas';
export * from './school-codes';
export * from './upn';
