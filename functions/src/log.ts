// One module for log lines: every line is "<area>: <what happened>" plus a flat object of fields, so
// Cloud Logging can filter on the area prefix and the jsonPayload fields. Never log form answers or
// other personal content beyond ids and addresses already needed to trace a delivery.
import { logger } from 'firebase-functions';

/** "<area>: <what happened>", e.g. "mail: delivered". */
export type LogLine = `${string}: ${string}`;
export type LogFields = object;

export const log = {
  info: (line: LogLine, fields?: LogFields): void => logger.info(line, fields ?? {}),
  warn: (line: LogLine, fields?: LogFields): void => logger.warn(line, fields ?? {}),
  error: (line: LogLine, fields?: LogFields): void => logger.error(line, fields ?? {}),
};
