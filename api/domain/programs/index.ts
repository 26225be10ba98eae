export { cohortEndDate, utcDate } from './cohort-calendar';
export {
  checkEligibility,
  wholeMonthsBetween,
  type EligibilityRule,
  type EligibilityVerdict,
} from './eligibility';
export * from './program';
export * from './cohort';
export * from './enrollment';
