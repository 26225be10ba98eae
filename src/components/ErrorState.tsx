import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { ApiProblem } from '../api-client/api-problem';

const TITLES: Record<number, string> = {
  0: 'PeerPods could not be reached',
  403: 'You do not have access to this',
  404: 'Not found',
};

/** A failed load or action: what went wrong, the request id to quote, and a retry when one makes sense. */
export function ErrorState({
  error,
  title,
  onRetry,
}: {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}) {
  const problem = error instanceof ApiProblem ? error : undefined;
  const heading = title ?? (problem ? TITLES[problem.status] : undefined) ?? 'Something went wrong';
  const detail = error instanceof Error ? error.message : 'An unexpected error occurred.';
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{heading}</MessageBarTitle>
        {detail}
        {problem?.requestId ? ` (request id ${problem.requestId})` : null}
      </MessageBarBody>
      {onRetry ? (
        <MessageBarActions>
          <Button onClick={onRetry}>Try again</Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
