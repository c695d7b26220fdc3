/**
 * May this person write this part? (rules 2, 4, 5 and 1 of docs/rules.md at act time.)
 * Each rater writes only their own part; a submitted part is final (a correction is a new version,
 * made by the server); staff parts (the voortgangsbeslissing) only by that staff role; the
 * secretariat writes no assessment content; the subject of a LEOh never fills it; a
 * werkplekbegeleider never assesses the summative lesson visit.
 */
import { FORM_DEFINITIONS } from '../forms/registry';
import {
  isStaffRole,
  isTrajectRole,
  partLabel,
  STAFF_ROLE_LABELS,
  TRAJECT_ROLE_LABELS,
  type PartId,
} from '../programmes';
import type { RoleAssignments, RoleHistory } from '../traject';
import {
  allow,
  deny,
  hasStaffRole,
  partsOf,
  sameInstitute,
  type Actor,
  type Decision,
  type FormLike,
} from './common';
import { roleBarredBy } from './roleHistory';
import { decisionAwaitsAdvice, DECISION_WAITS_MESSAGE } from './voortgangsbeslissing';

export interface ActContext {
  /** When given, the form's window is checked. */
  now?: Date;
  /** When given, the act-time separation checks use the traject's roles and role history (rule 8). */
  traject?: { roles: RoleAssignments; roleHistory?: RoleHistory | undefined };
}

export function mayActOnPart(actor: Actor, form: FormLike, partId: PartId, ctx: ActContext = {}): Decision {
  if (!sameInstitute(actor, form)) return deny('Dit formulier hoort bij een andere instelling.');
  const def = FORM_DEFINITIONS[form.formType];
  const part = partsOf(form)[partId];
  if (!part || !def.parts.some((p) => p.partId === partId)) return deny('Dit formulier heeft dit deel niet.');

  if (form.status === 'vervallen')
    return deny('Dit formulier is vervallen en kan niet meer worden ingevuld.');
  if (form.status === 'ingediend')
    return deny('Dit formulier is ingediend bij het secretariaat en kan niet meer worden gewijzigd.');
  if (part.status === 'submitted') {
    return deny(
      'Dit deel is al ingediend. Een correctie wordt een nieuwe versie; vraag het secretariaat om het deel te heropenen.',
    );
  }
  if (ctx.now && form.opensAt && ctx.now < form.opensAt) return deny('Dit formulier is nog niet open.');
  if (ctx.now && form.closesAt && ctx.now > form.closesAt)
    return deny('De termijn van dit formulier is verstreken.');

  // Staff part: only that staff role (rule 4: only the hoofd opleiding records the decision), and the decision
  // only once the opleider's and the docenten's advice are in (policies/voortgangsbeslissing.ts).
  if (isStaffRole(part.role)) {
    if (hasStaffRole(actor, part.role) && (part.raterUids.length === 0 || part.raterUids.includes(actor.uid)))
      return decisionAwaitsAdvice(form) ? deny(DECISION_WAITS_MESSAGE) : allow;
    return deny(`Alleen ${STAFF_ROLE_LABELS[part.role].toLowerCase()} vult dit deel in.`);
  }

  const isRater = part.raterUids.includes(actor.uid);
  const viaLink = form.formId !== undefined && actor.linkPart === `${form.formId}/${partId}`;
  if (!isRater && !viaLink) {
    if (
      hasStaffRole(actor, 'secretariaat', 'admin', 'fase_coordinator', 'opleiderscoach', 'hoofd_opleiding')
    ) {
      return deny(
        'Medewerkers van het instituut beheren trajecten maar schrijven geen beoordelingen in andermans deel.',
      );
    }
    return deny(`Alleen de ${partLabel(partId).toLowerCase()} van dit traject vult dit deel in.`);
  }

  if (form.formType === 'leoh' && form.subjectUid === actor.uid) {
    return deny('Een opleider vult de LEOh over zichzelf niet in; dat doet de aios.');
  }
  if (
    form.formType === 'beoordeling_summatief' &&
    ctx.traject?.roles.werkplekbegeleider?.includes(actor.uid)
  ) {
    return deny('De werkplekbegeleider mag nooit assessor zijn bij het summatief lesbezoek.');
  }
  // Rule 8: a former werkplekbegeleider the server listed on an assessor part still may not fill it.
  const barredBy =
    ctx.traject && isTrajectRole(part.role) ? roleBarredBy(ctx.traject, actor.uid, part.role) : undefined;
  if (barredBy) {
    return deny(
      `Je bent ${TRAJECT_ROLE_LABELS[barredBy].label.toLowerCase()} in dit traject geweest en mag daarom het deel "${partLabel(partId).toLowerCase()}" nooit invullen.`,
    );
  }
  return allow;
}

/**
 * The opleider sends a dossier LEOh to the secretariat once the aios part is submitted; never a
 * private (month 3) LEOh (rule 3).
 */
export function maySubmitDossierLeoh(actor: Actor, form: FormLike): Decision {
  if (!sameInstitute(actor, form)) return deny('Dit formulier hoort bij een andere instelling.');
  if (form.formType !== 'leoh') return deny('Alleen een LEOh kan bij het secretariaat worden ingediend.');
  if (form.leohKind !== 'dossier')
    return deny('De LEOh van maand 3 is voor eigen gebruik en gaat niet naar het secretariaat.');
  if (form.subjectUid !== actor.uid) return deny('Alleen de opleider over wie de LEOh gaat, dient hem in.');
  if (form.status === 'ingediend') return deny('Deze LEOh is al ingediend.');
  if (partsOf(form).aios?.status !== 'submitted') return deny('De aios heeft de LEOh nog niet ingevuld.');
  return allow;
}
