export * from './busy-item';
export * from './find-recurring-slots';
export * from './free-busy-plan';
export * from './move-occurrence';
export * from './scheduling-input-error';
export * from './slot-search-types';
export * from './series';
