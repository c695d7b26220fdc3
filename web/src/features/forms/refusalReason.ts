// Why a part cannot be filled, in Dutch: for a part the rules refused to show and for a save or submission
// they refused. Pure (no session store, no SDK state), so every message has a unit test beside it.
import {
  partLabel,
  partRefusal,
  TRAJECT_ROLE_LABELS,
  TRAJECT_ROLES,
  type Actor,
  type FormLike,
  type PartId,
  type RoleAssignments,
  type RoleHistory,
} from '@praktijkvolg/domain';

/** What decides the reason: who asks, the form when readable, the traject when readable. */
export interface RefusalContext {
  actor: Actor;
  partId: PartId;
  form?: FormLike | undefined;
  traject?:
    { traineeName: string; roles: RoleAssignments; roleHistory?: RoleHistory | undefined } | undefined;
  now: Date;
}

/** Explains in Dutch why this person may not fill this part (the rules refused to show it). */
export function refusalReason({ actor, partId, form, traject, now }: RefusalContext): string {
  if (form) {
    // From the part's state: sealed, not in yet, submitted on ..., window closed (docs/rules.md).
    const reason = partRefusal(actor, form, partId, {
      now,
      ...(traject && { traject }),
    });
    if (reason) return reason;
  }
  const myRoles = traject ? TRAJECT_ROLES.filter((r) => traject.roles[r]?.includes(actor.uid)) : [];
  if (myRoles.includes('werkplekbegeleider') && (partId === 'assessor' || partId === 'tweede_assessor')) {
    return `Je bent werkplekbegeleider van ${traject?.traineeName ?? 'deze deelnemer'}. Een werkplekbegeleider mag nooit ${partId === 'assessor' ? 'assessor' : 'tweede assessor'} zijn bij het summatief lesbezoek van de deelnemer die hij of zij begeleidt. Dit deel vult de ${partLabel(partId).toLowerCase()} in.`;
  }
  if (myRoles.length > 0) {
    return `Dit deel is voor de ${partLabel(partId).toLowerCase()}. Jij bent ${myRoles.map((r) => TRAJECT_ROLE_LABELS[r].label.toLowerCase()).join(' en ')} in dit traject en kunt dit deel daarom niet invullen of inzien.`;
  }
  if ((actor.staffRoles ?? []).length > 0)
    return 'Medewerkers van het instituut beheren trajecten maar schrijven geen beoordelingen in andermans deel.';
  return 'Je hebt geen toegang tot dit formulier. Klopt dat niet? Neem contact op met het secretariaat van je opleiding.';
}

/** How a failed write reads: a refusal by the rules, or the SDK's own (already Dutch) message. */
export type WriteFailure = { refused: true } | { refused: false; message: string };

/**
 * The Dutch reason shown when saving or submitting failed. A refusal by the rules is explained from the part's
 * state where the domain can tell why (window closed, already submitted by a duo-opleider, ...); otherwise it
 * says what to do. Any other failure keeps its own message.
 */
export function writeFailureReason(failure: WriteFailure, ctx: RefusalContext): string {
  if (!failure.refused) return failure.message;
  const reason = ctx.form && partRefusal(ctx.actor, ctx.form, ctx.partId, { now: ctx.now });
  if (reason) return reason;
  return 'De beveiligingsregels weigerden dit. Misschien is het formulier intussen gesloten of door iemand anders ingediend: laad de pagina opnieuw. Je antwoorden blijven op dit toestel bewaard.';
}
