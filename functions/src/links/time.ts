// Amsterdam wall-clock formatting for ids and mails (the domain's helpers cover the Dutch phrasing).
import { tz } from '@date-fns/tz';
import { TIME_ZONE } from '@praktijkvolg/domain';
import { format } from 'date-fns';

export function formatInTimeZone(date: Date, pattern: string): string {
  return format(date, pattern, { in: tz(TIME_ZONE) });
}
