import pino, { type Logger } from 'pino';

/**
 * Paths never written to logs: credentials anywhere they might travel, and request or response bodies
 * (check-out text is confidential to the pod).
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'req.body',
  'res.body',
  'body',
  '*.body',
  'token',
  '*.token',
  'accessToken',
  '*.accessToken',
  'clientSecret',
  '*.clientSecret',
  'authorization',
  '*.authorization',
  // Database errors carry the statement's parameters, which may be check-out text.
  'err.params',
  '*.params',
];

export interface LoggerOptions {
  level: string;
  /** Where lines go; stdout by default. Tests pass a stream to read them back. */
  destination?: pino.DestinationStream;
}

export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      base: { service: 'peerpods-api' },
    },
    options.destination ?? pino.destination(1),
  );
}
