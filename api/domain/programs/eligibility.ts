/** Optional entry rules of a cohort. */
export interface EligibilityRule {
  /** Whole months since `employeeHireDate`, at least. */
  minMonthsInRole?: number;
}

export type EligibilityVerdict = { eligible: true } | { eligible: false; reason: string };

/** Whole calendar months from one 'YYYY-MM-DD' date to another (negative when `to` is earlier). */
export function wholeMonthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/** Whether a person with this hire date may join on `today`; a missing hire date fails a tenure rule. */
export function checkEligibility(
  rule: EligibilityRule,
  hireDate: string | null,
  today: string,
): EligibilityVerdict {
  const min = rule.minMonthsInRole;
  if (min === undefined) return { eligible: true };
  if (!hireDate)
    return {
      eligible: false,
      reason: `the cohort needs ${min} months in role and the directory holds no hire date`,
    };
  const months = wholeMonthsBetween(hireDate, today);
  return months >= min
    ? { eligible: true }
    : {
        eligible: false,
        reason: `the cohort needs ${min} months in role; hired ${hireDate}, that is ${Math.max(0, months)}`,
      };
}
