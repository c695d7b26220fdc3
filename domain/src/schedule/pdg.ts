// PDG (seed 003): overeenkomst at the start, 4 lesson visits (2 per half), formative visit and
// ontwikkelingsmeter halfway, ontwikkelingsmeter at the end, one summative request.
import type { ScheduleTraject } from '../traject';
import type { Clock } from './clock';
import { part, type Occurrence } from './occurrence';

export function pdg(t: ScheduleTraject, clock: Clock, duration: number): Occurrence[] {
  const r = t.roles;
  const half = duration / 2;
  const out: Occurrence[] = [];
  out.push({
    formType: 'overeenkomst_wpb',
    occurrenceKey: 'overeenkomst-wpb',
    title: 'Overeenkomst werkplekbegeleider',
    month: 1,
    opensDate: t.startDate,
    dueDate: clock.month(1),
    parts: [part(r, 'werkplekbegeleider'), part(r, 'deelnemer'), part(r, 'pdg_trainer')],
  });
  // 4 visits: 2 in each half, due at the quarter marks; each half's visits open at its start.
  for (let k = 1; k <= 4; k++) {
    const firstHalf = k <= 2;
    out.push({
      formType: 'observatie',
      occurrenceKey: `observatie-${k}`,
      title: `Lesbezoek ${k} werkplekbegeleider (${firstHalf ? 'eerste' : 'tweede'} helft)`,
      month: (k * duration) / 4,
      opensDate: firstHalf ? t.startDate : clock.month(half),
      dueDate: clock.month((k * duration) / 4),
      parts: [part(r, 'werkplekbegeleider')],
    });
  }
  out.push({
    formType: 'observatie',
    occurrenceKey: 'observatie-formatief',
    title: 'Formatief lesbezoek PDG-trainer (halverwege)',
    month: half,
    dueDate: clock.month(half),
    parts: [part(r, 'pdg_trainer')],
  });
  out.push({
    formType: 'ontwikkelingsmeter',
    occurrenceKey: 'ontwikkelingsmeter-tussentijds',
    title: 'Ontwikkelingsmeter tussentijds portfolio',
    month: half,
    dueDate: clock.month(half),
    parts: [part(r, 'werkplekbegeleider')],
  });
  out.push({
    formType: 'ontwikkelingsmeter',
    occurrenceKey: 'ontwikkelingsmeter-eind',
    title: 'Ontwikkelingsmeter kwalificatieportfolio',
    month: duration,
    dueDate: clock.month(duration),
    parts: [part(r, 'werkplekbegeleider')],
  });
  // The deelnemer chooses the moment: no deadline; the due day is the programme's end, from which the notice
  // counts back (policies/summatief.ts). A go or no-go creates what follows (functions, not this table).
  out.push({
    formType: 'aanvraag_summatief',
    occurrenceKey: 'aanvraag-summatief-1',
    title: 'Aanvraag summatief lesbezoek',
    month: duration,
    opensDate: t.startDate,
    dueDate: clock.month(duration),
    parts: [part(r, 'deelnemer'), part(r, 'pdg_trainer')],
  });
  return out;
}
