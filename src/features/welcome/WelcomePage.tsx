import { PageHeader } from '../../components/PageHeader';
import { Welcome } from './Welcome';

/** `/welcome`: the welcome again, any time. */
export function WelcomePage() {
  return (
    <>
      <PageHeader
        title="How PeerPods works"
        description="The purpose of the program, the ground rules every pod keeps, and how a session runs."
      />
      <Welcome />
    </>
  );
}
