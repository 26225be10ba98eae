export * from './intervals';
export * from './working-hours';
