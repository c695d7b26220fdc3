// The traject converter: every read parsed with the domain's traject schema (zod), in its own chunk so the form
// route loads zod after the form is interactive (docs/architecture.md, "The form route on a phone").
import { trajectSchema } from '@praktijkvolg/domain';
import { converterOf } from '../../app/converter';
import { trajectView } from './model';

export const trajectConverter = converterOf(trajectSchema, trajectView);
