import type { ChannelDirectory, Clock, Directory, Storage } from '../../ports';

/** What the program, cohort and enrollment use cases need. */
export interface ProgramsDeps extends Storage {
  directory: Directory;
  /** Checks a program's summary channel exists before it is bound. */
  channelDirectory: ChannelDirectory;
  clock: Clock;
}
