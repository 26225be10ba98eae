export * from './me';
export * from './programs';
export * from './enrollments';
export * from './pods';
export * from './client-config';
export * from './sessions';
export * from './results';
