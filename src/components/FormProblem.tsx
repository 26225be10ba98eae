import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ApiProblem } from '../api-client/api-problem';

/**
 * The API's answer to a submitted form when it is not about one of the form's fields: the problem detail and any
 * field errors naming fields this form does not show.
 */
export function FormProblem({ problem, fields }: { problem: unknown; fields: readonly string[] }) {
  if (!problem) return null;
  const apiProblem = problem instanceof ApiProblem ? problem : undefined;
  const others = apiProblem?.otherFieldErrors(fields) ?? [];
  const onlyFieldErrors = apiProblem && Object.keys(apiProblem.fieldErrors).length > 0 && others.length === 0;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>
          {onlyFieldErrors ? 'Check the highlighted fields' : 'This could not be saved'}
        </MessageBarTitle>
        {onlyFieldErrors
          ? null
          : problem instanceof Error
            ? problem.message
            : 'An unexpected error occurred.'}
        {others.length ? (
          <ul>
            {others.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}
