// An occurrence is one row of a programme family's table before windows are applied (see windows.ts).
import type { FormType } from '../forms/types';
import type { LeohKind } from '../forms/leoh';
import type { TrajectRole } from '../programmes';
import type { RoleAssignments } from '../traject';
import type { InstancePart, MeetingInfo } from './types';

export interface Occurrence {
  formType: FormType;
  occurrenceKey: string;
  title: string;
  dueDate: string;
  parts: InstancePart[];
  month?: number;
  /** Overrides the window rule's opening day. */
  opensDate?: string;
  leohKind?: LeohKind;
  subjectUid?: string;
  meeting?: MeetingInfo;
}

/** The part filled by the traject's holders of `role`. */
export function part(roles: RoleAssignments, role: TrajectRole): InstancePart {
  return { partId: role, role, raterUids: [...(roles[role] ?? [])] };
}

export function has(roles: RoleAssignments, role: TrajectRole): boolean {
  return (roles[role]?.length ?? 0) > 0;
}
