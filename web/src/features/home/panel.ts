// What every home panel gets. A panel is one file exporting one component of this type; HomePage lists the
// panels in order (HOME_PANELS there). A panel renders null when it has nothing for this person.
import type { ReactNode } from 'react';
import type { SignedIn } from '../../app/session';
import type { FormEnvelope } from '../forms/model';
import type { TrajectDoc } from '../trajecten/model';
import type { myWork } from './work';

export interface HomePanelProps {
  session: SignedIn;
  /** One "now" per visit, so every panel counts days the same way. */
  now: Date;
  /** The forms this person rates or reads (loaded: panels are shown once forms and trajecten are in). */
  forms: FormEnvelope[];
  trajecten: TrajectDoc[];
  trajectMap: Map<string, TrajectDoc>;
  /** My work in buckets, refused parts left out (work.ts). */
  work: ReturnType<typeof myWork>;
}

export type HomePanel = (props: HomePanelProps) => ReactNode;
