import type { Directory, Storage } from '../../ports';

/** What reading people from the directory into the people cache needs. */
export interface PeopleDeps extends Storage {
  directory: Directory;
}
