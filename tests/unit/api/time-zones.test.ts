import { toIana } from '../../../api/graph/time-zones';

describe('toIana', () => {
  it.each([
    ['Pacific Standard Time', 'America/Los_Angeles'],
    ['AUS Eastern Standard Time', 'Australia/Sydney'],
    ['W. Europe Standard Time', 'Europe/Berlin'],
    ['UTC', 'UTC'],
    ['Asia/Kolkata', 'Asia/Kolkata'],
    ['Australia/Sydney', 'Australia/Sydney'],
  ])('when Graph says %p, then the domain sees %p', (name, iana) => {
    expect(toIana(name)).toBe(iana);
  });

  it('when Graph says India Standard Time, then the zone is an IANA name for India', () => {
    // CLDR's primary id is the older spelling Asia/Calcutta; both name the same IANA zone.
    expect(['Asia/Kolkata', 'Asia/Calcutta']).toContain(toIana('India Standard Time'));
  });

  it.each([['Nonsense Standard Time'], ['tzone://Microsoft/Custom'], [''], [null], ['+05:30']])(
    'when Graph says %p, then no zone is claimed',
    (name) => {
      expect(toIana(name)).toBeUndefined();
    },
  );
});
