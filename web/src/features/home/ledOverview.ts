// What the LED docent, her collega-docent and her LED-trainer see of an LED traject on their home: the
// leerdoelen with the collega-docent's response, the observations on her own learning points and the practice
// assignments with reflection, each with where it stands. Pure, so LedPanel.tsx only renders it.
import { getProgramme, type PartId } from '@praktijkvolg/domain';
import type { FormEnvelope } from '../forms/model';
import type { TrajectDoc } from '../trajecten/model';

export interface LedItem {
  formId: string;
  title: string;
  to: string;
  /** Dutch: where it stands for the reader. */
  state: string;
  done: boolean;
}

export interface LedOverview {
  trajectId: string;
  traineeName: string;
  /** The reader's role in the traject, Dutch. */
  as: 'docent' | 'collega-docent' | 'LED-trainer';
  leerdoelen: LedItem[];
  observaties: LedItem[];
  praktijkopdrachten: LedItem[];
}

const submitted = (f: FormEnvelope, id: PartId) => f.parts[id]?.status === 'submitted';

function stateOf(f: FormEnvelope): string {
  switch (f.formType) {
    case 'leerdoelen':
      return !submitted(f, 'deelnemer')
        ? 'leerdoelen nog niet ingediend'
        : submitted(f, 'collega_docent')
          ? 'leerdoelen en reactie collega-docent ingediend'
          : 'wacht op de reactie van de collega-docent';
    case 'praktijkopdracht':
      return !submitted(f, 'deelnemer')
        ? 'opdracht en reflectie nog niet ingediend'
        : submitted(f, 'collega_docent')
          ? 'reflectie en reactie ingediend'
          : 'wacht op de reactie van de collega-docent';
    default:
      return submitted(f, 'collega_docent') ? 'observatie ingevuld' : 'nog niet geobserveerd';
  }
}

function item(f: FormEnvelope, uid: string): LedItem {
  const own = Object.entries(f.parts).find(
    ([, p]) => p !== undefined && p.raterUids.includes(uid) && p.status !== 'submitted',
  );
  return {
    formId: f.formId,
    title: f.title,
    to: own && f.status === 'open' ? `/formulieren/${f.formId}/${own[0]}` : `/formulieren/${f.formId}`,
    state: stateOf(f),
    done: f.status === 'completed',
  };
}

const byDue = (a: FormEnvelope, b: FormEnvelope) => a.dueAt.getTime() - b.dueAt.getTime();

/** One overview per LED traject the reader is docent, collega-docent or LED-trainer in. */
export function ledOverviews(
  forms: readonly FormEnvelope[],
  trajecten: readonly TrajectDoc[],
  uid: string,
): LedOverview[] {
  return trajecten
    .filter((t) => getProgramme(t.programme).family === 'led')
    .flatMap((t): LedOverview[] => {
      const as = t.roles.deelnemer?.includes(uid)
        ? 'docent'
        : t.roles.collega_docent?.includes(uid)
          ? 'collega-docent'
          : t.roles.led_trainer?.includes(uid)
            ? 'LED-trainer'
            : null;
      if (!as) return [];
      const own = forms.filter((f) => f.trajectId === t.trajectId && f.status !== 'vervallen').sort(byDue);
      const of = (type: FormEnvelope['formType']) =>
        own.filter((f) => f.formType === type).map((f) => item(f, uid));
      return [
        {
          trajectId: t.trajectId,
          traineeName: t.traineeName,
          as,
          leerdoelen: of('leerdoelen'),
          observaties: of('observatie_led'),
          praktijkopdrachten: of('praktijkopdracht'),
        },
      ];
    });
}
