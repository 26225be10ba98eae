export * from './program-access';
export * from './pod-access';
export * from './session-access';
