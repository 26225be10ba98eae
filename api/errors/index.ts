export * from './app-error';
export * from './upstream-error';
