export * from './me';
export * from './client-config';
