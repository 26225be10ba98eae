import {
  MAX_SESSION_MINUTES,
  minSessionMinutes,
  sessionLengthBounds,
  sessionLengthProblem,
} from '../../../../api/domain/sessions/session-length';
import { defaultSessionMinutes } from '../../../../api/domain/sessions/session-plan';

describe('session length rules', () => {
  it.each([
    [2, 60],
    [3, 90],
    [4, 105],
  ])(
    'when a pod has %i members, then the shortest session on the 15-minute grid is %i minutes',
    (size, minutes) => {
      expect(minSessionMinutes(size)).toBe(minutes);
    },
  );

  it.each([2, 3, 4])('when a pod of %i takes the default length, then the rules accept it', (size) => {
    expect(sessionLengthProblem(defaultSessionMinutes(size), size)).toBeUndefined();
  });

  it.each([
    [45, 2, /at least 60 minutes/],
    [30, 3, /at least 90 minutes/],
    [70, 2, /steps of 15/],
    [MAX_SESSION_MINUTES + 15, 4, /at most 240/],
  ])('when %i minutes are asked for a pod of %i, then the rules say why not', (minutes, size, why) => {
    expect(sessionLengthProblem(minutes, size)).toMatch(why);
  });

  it('when a program sets its own bounds, then they narrow the agenda minimum and the maximum but never widen them', () => {
    expect(sessionLengthBounds(2, { minMinutes: 30, maxMinutes: 300 })).toEqual({
      min: 60,
      max: MAX_SESSION_MINUTES,
    });
    expect(sessionLengthBounds(2, { minMinutes: 90, maxMinutes: 120 })).toEqual({ min: 90, max: 120 });
    expect(sessionLengthProblem(105, 4, { maxMinutes: 90 })).toMatch(/No session length suits a pod of 4/);
  });
});
