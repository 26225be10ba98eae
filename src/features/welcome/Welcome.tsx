import { Body1, Button, Card, Subtitle2, Text } from '@fluentui/react-components';
import { FIRST_SESSION_SCRIPT, GROUND_RULES, PURPOSE, SESSION_STEPS } from './welcome-content';
import { useWelcomeStyles } from './Welcome.styles';

/** The welcome: purpose, ground rules and how a session runs. `onDone` shows the dismiss button. */
export function Welcome({
  onDone,
  headingLevel = 'h2',
}: {
  onDone?: () => void;
  headingLevel?: 'h1' | 'h2';
}) {
  const styles = useWelcomeStyles();
  const sub = headingLevel === 'h1' ? 'h2' : 'h3';
  return (
    <Card aria-labelledby="welcome-title">
      <div className={styles.section}>
        <Subtitle2 as={headingLevel} id="welcome-title">
          Welcome to peer coaching
        </Subtitle2>
        <Body1>{PURPOSE}</Body1>
      </div>
      <div className={styles.grid}>
        <section className={styles.section} aria-labelledby="rules-title">
          <Subtitle2 as={sub} id="rules-title">
            Ground rules
          </Subtitle2>
          <ul className={styles.list}>
            {GROUND_RULES.map((rule) => (
              <li key={rule.title}>
                <Text weight="semibold">{rule.title}.</Text> {rule.text}
              </li>
            ))}
          </ul>
        </section>
        <section className={styles.section} aria-labelledby="session-title">
          <Subtitle2 as={sub} id="session-title">
            How a session runs
          </Subtitle2>
          <ol className={styles.list}>
            {SESSION_STEPS.map((step) => (
              <li key={step.title}>
                <Text weight="semibold">{step.title}.</Text> {step.text}
              </li>
            ))}
          </ol>
        </section>
        <section className={styles.section} aria-labelledby="first-title">
          <Subtitle2 as={sub} id="first-title">
            Your first session
          </Subtitle2>
          <ol className={styles.list}>
            {FIRST_SESSION_SCRIPT.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
        </section>
      </div>
      {onDone ? (
        <div className={styles.actions}>
          <Button appearance="primary" onClick={onDone}>
            Got it
          </Button>
        </div>
      ) : null}
    </Card>
  );
}
