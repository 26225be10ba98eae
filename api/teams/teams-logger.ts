import type { ILogger, LogLevel } from '@microsoft/teams.common';
import type { Logger } from 'pino';

/**
 * The Teams SDK's logger interface over pino. The SDK passes whole activities to its debug and error calls, and an
 * activity carries what members typed (check-out text), so only message strings and error names reach the log.
 */
export function teamsLogger(logger: Logger, name = 'teams'): ILogger {
  const write = (level: 'debug' | 'info' | 'warn' | 'error' | 'trace', msg: unknown[]) => {
    const text = msg
      .filter((m): m is string => typeof m === 'string')
      .join(' ')
      .slice(0, 300);
    const error = msg.find((m): m is Error => m instanceof Error);
    logger[level](
      { component: name, ...(error ? { errorName: error.name } : {}) },
      text || error?.name || 'teams sdk',
    );
  };
  const self: ILogger = {
    debug: (...msg) => write('debug', msg),
    info: (...msg) => write('info', msg),
    warn: (...msg) => write('warn', msg),
    error: (...msg) => write('error', msg),
    trace: (...msg) => write('trace', msg),
    log: (level: LogLevel, ...msg) => write(level === 'trace' ? 'trace' : level, msg),
    child: (child) => teamsLogger(logger, `${name}/${child}`),
  };
  return self;
}
