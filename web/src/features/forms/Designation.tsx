// Who filled a part, and who named them (docs/rules.md, "Who fills an assessment part"): a shared part (duo-
// opleiders) or a part handed to a waarnemer must never read as "Jouw antwoorden" when someone else wrote it.
import type { PartDesignation } from './model';
import { usePart } from './queries';

interface Filled {
  status: 'open' | 'draft' | 'submitted';
  /** Who last wrote the answers (the part's `updatedBy`); unknown when only the envelope is readable. */
  updatedBy?: string | null | undefined;
  designation?: PartDesignation | undefined;
}

/** "Ingevuld door Jan Waarnemer, aangewezen door Pieter van Dijk", or null when there is nothing to say. */
export function partFillerText(part: Filled, names: Record<string, string> = {}, me?: string): string | null {
  const d = part.designation;
  const verb = d?.designatedAs === 'trainee' ? 'uitgenodigd' : 'aangewezen';
  const by = part.updatedBy;
  if (part.status === 'submitted' && by) {
    if (d && by === d.raterUid) return `Ingevuld door ${d.name}, ${verb} door ${d.designatedByName}`;
    return `Ingevuld door ${by === me ? 'jou' : (names[by] ?? 'een andere beoordelaar')}`;
  }
  if (!d) return null;
  return `${d.designatedAs === 'trainee' ? 'Uitgenodigd' : 'Waarnemer'}: ${d.name}, ${verb} door ${d.designatedByName}`;
}

/** Who last wrote the answers when that was not me (a duo-opleider, a waarnemer), else null. */
export function otherWriter(part: Filled, names: Record<string, string> = {}, me?: string): string | null {
  const by = part.updatedBy;
  if (!by || by === me) return null;
  const d = part.designation;
  return d && by === d.raterUid ? d.name : (names[by] ?? 'een andere beoordelaar');
}

/** The heading over a part's answers: "Jouw antwoorden" only when I wrote them. */
export function answersHeading(part: Filled, names?: Record<string, string>, me?: string): string {
  const other = otherWriter(part, names, me);
  return other ? `Antwoorden van ${other}` : 'Jouw antwoorden';
}

/**
 * The overview's line under a designated part. A submitted part is read (when the rules allow) to say who
 * actually filled it; otherwise the envelope's designation says who was named.
 */
export function DesignationLine({
  formId,
  partId,
  status,
  designation,
  names,
  me,
}: {
  formId: string;
  partId: string;
  status: Filled['status'];
  designation: PartDesignation | undefined;
  names: Record<string, string> | undefined;
  me: string;
}) {
  const part = usePart(formId, partId, status === 'submitted' && !!designation);
  const updatedBy = part.data?.updatedBy;
  const text =
    status === 'submitted' && updatedBy
      ? partFillerText({ status, updatedBy, designation }, names, me)
      : partFillerText({ status: 'open', designation });
  if (!text) return null;
  return (
    <div className="meta" data-testid="designation">
      {text}
    </div>
  );
}
