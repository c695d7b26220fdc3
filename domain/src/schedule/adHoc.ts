// Instances created on demand rather than by a programme's table.
import { PROGRAMMES } from '../programmes';
import { rolesFitToRate } from '../policies/roleHistory';
import type { ScheduleTraject } from '../traject';
import { part, type Occurrence } from './occurrence';
import type { FormInstanceSpec, InstancePart, ScheduleOptions } from './types';
import { toSpec } from './windows';

/**
 * An instance created on demand rather than by the schedule: a KPB/KVB, a summative assessment after
 * a go, a second summative request after a no-go. `sequence` makes the occurrenceKey unique
 * (e.g. 'kpb-17', 'beoordeling-summatief-1').
 */
export function adHocInstance(
  traject: ScheduleTraject,
  formType:
    | 'kpb'
    | 'aanvraag_summatief'
    | 'beoordeling_summatief'
    | 'observatie'
    | 'leerdoelen'
    | 'voorwaarden_vervolg',
  args: { sequence: number; dueDate: string; opensDate?: string; title?: string },
  options: ScheduleOptions = {},
): FormInstanceSpec {
  // Never a former werkplekbegeleider on an assessor part (rule 8): the part then waits for the secretariat.
  const r = rolesFitToRate(traject.roles, traject.roleHistory);
  const defaults: Record<typeof formType, { key: string; title: string; parts: InstancePart[] }> = {
    kpb: { key: 'kpb', title: 'KPB/KVB', parts: [part(r, 'aios'), part(r, 'opleider')] },
    aanvraag_summatief: {
      key: 'aanvraag-summatief',
      title: 'Aanvraag summatief lesbezoek',
      parts: [part(r, 'deelnemer'), part(r, 'pdg_trainer')],
    },
    beoordeling_summatief: {
      key: 'beoordeling-summatief',
      title: 'Beoordeling summatief lesbezoek',
      parts: [part(r, 'assessor'), part(r, 'tweede_assessor')],
    },
    observatie: {
      key: 'observatie-extra',
      title: 'Extra lesbezoek',
      parts: [
        part(r, PROGRAMMES[traject.programme].family === 'led' ? 'collega_docent' : 'werkplekbegeleider'),
      ],
    },
    leerdoelen: { key: 'leerdoelen', title: 'Leerdoelen', parts: [part(r, 'deelnemer')] },
    // After a decision "door onder voorwaarden": the hoofd opleiding's staff part (policies/voortgangsbeslissing.ts).
    voorwaarden_vervolg: {
      key: 'voorwaarden-vervolg',
      title: 'Vervolg voorwaarden',
      parts: [{ partId: 'hoofd_opleiding', role: 'hoofd_opleiding', raterUids: [] }],
    },
  };
  const d = defaults[formType];
  const o: Occurrence = {
    formType,
    occurrenceKey: `${d.key}-${args.sequence}`,
    title: args.title ?? `${d.title} ${args.sequence}`,
    dueDate: args.dueDate,
    parts: d.parts,
  };
  if (args.opensDate) o.opensDate = args.opensDate;
  return toSpec(traject, o, options);
}
