import type { CalendarGateway, Clock, Storage } from '../../ports';

/** What cohort results need: the store, and invite responses from the organizers' calendars. */
export interface ResultsDeps extends Storage {
  calendar: Pick<CalendarGateway, 'listInstances'>;
  clock: Clock;
}
