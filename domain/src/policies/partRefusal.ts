/**
 * Why a person cannot open or fill a part, said from the part's actual state (docs/rules.md, "Dossier
 * LEOh, exports and counts"). mayActOnPart answers "may I write it?" and checks the part's status first,
 * so a part that is someone else's and merely sealed read "al ingediend ... heropenen". Here the first
 * question is whose part it is: another rater's part of a sealed form is sealed until every part is in,
 * another's part that is not in yet is not in yet; one's own part is submitted (with when), or lapsed, or
 * its window has closed (with when), or not open yet.
 */
import { formatDateTime } from '../dates';
import { FORM_DEFINITIONS } from '../forms/registry';
import { isStaffRole, partLabel, type PartId } from '../programmes';
import { mayActOnPart, type ActContext } from './actOnPart';
import { formAudience } from './audience';
import { hasStaffRole, partsOf, sameInstitute, type Actor, type FormLike } from './common';

/** A part as the envelope lists it; `submittedAt` when the envelope carries it. */
type ListedPart = NonNullable<ReturnType<typeof partsOf>[PartId]> & { submittedAt?: Date | undefined };

function ownsPart(actor: Actor, form: FormLike, partId: PartId, part: ListedPart): boolean {
  if (part.raterUids.includes(actor.uid)) return true;
  if (form.formId !== undefined && actor.linkPart === `${form.formId}/${partId}`) return true;
  return isStaffRole(part.role) && hasStaffRole(actor, part.role) && part.raterUids.length === 0;
}

/** Reads this form at all: rates a part of it, is one of its readers, or staff that reads its answers. */
function readsForm(actor: Actor, form: FormLike, ctx: ActContext): boolean {
  const parts = Object.values(partsOf(form));
  if (parts.some((p) => p?.raterUids.includes(actor.uid))) return true;
  if (!ctx.traject) return false;
  const audience = formAudience(form, ctx.traject);
  return audience.readerUids.includes(actor.uid) || audience.staffRoles.some((r) => hasStaffRole(actor, r));
}

/**
 * The reason in Dutch, or undefined when the form's state explains nothing (the caller then explains by
 * the person's roles). `ctx.now` enables the window checks.
 */
export function partRefusal(
  actor: Actor,
  form: FormLike,
  partId: PartId,
  ctx: ActContext = {},
): string | undefined {
  if (!sameInstitute(actor, form)) return 'Dit formulier hoort bij een andere instelling.';
  const def = FORM_DEFINITIONS[form.formType];
  const part = partsOf(form)[partId] as ListedPart | undefined;
  if (!part || !def.parts.some((p) => p.partId === partId)) return 'Dit formulier heeft dit deel niet.';
  const whose = `de ${partLabel(partId).toLowerCase()}`;

  if (!ownsPart(actor, form, partId, part)) {
    if (readsForm(actor, form, ctx)) {
      if (def.sealed && !form.revealed)
        return `Dit deel is van ${whose} en blijft verzegeld tot alle beoordelaars hun deel hebben ingediend. Zo beoordeelt iedereen zelfstandig; daarna zie je alle delen naast elkaar.`;
      if (part.status !== 'submitted')
        return `Dit deel is van ${whose} en is nog niet ingediend. Je kunt het lezen zodra het is ingediend.`;
    }
    // Not theirs: who fills it, as the write policy says it (its status is not the reason).
    const asIfOpen: FormLike = {
      ...form,
      status: 'open',
      parts: { ...partsOf(form), [partId]: { ...part, status: 'open' } },
    };
    const who = mayActOnPart(actor, asIfOpen, partId, { ...(ctx.traject && { traject: ctx.traject }) });
    return who.ok ? undefined : who.reason;
  }

  if (part.status === 'submitted')
    return `Dit deel is al ingediend${part.submittedAt ? ` op ${formatDateTime(part.submittedAt)}` : ''} en kan niet meer worden gewijzigd.`;
  if (form.status === 'vervallen') return 'Dit formulier is vervallen en kan niet meer worden ingevuld.';
  if (form.status === 'ingediend')
    return 'Dit formulier is ingediend bij het secretariaat en kan niet meer worden gewijzigd.';
  if (ctx.now && form.closesAt && ctx.now > form.closesAt)
    return `De termijn van dit formulier is verstreken op ${formatDateTime(form.closesAt)}.`;
  if (ctx.now && form.opensAt && ctx.now < form.opensAt)
    return `Dit formulier is nog niet open; het opent op ${formatDateTime(form.opensAt)}.`;
  const d = mayActOnPart(actor, form, partId, ctx);
  return d.ok ? undefined : d.reason;
}
