import type { PartId } from '../programmes';
import { aanvraagSummatiefForm } from './aanvraagSummatief';
import { beoordelingSummatiefForm } from './beoordelingSummatief';
import { combelForm } from './combel';
import { dienstenForm } from './diensten';
import { kpbForm } from './kpb';
import { learnerReportForm } from './learnerReport';
import { leerdoelenForm } from './leerdoelen';
import { leohForm } from './leoh';
import { observatieForm } from './observatie';
import { observatieLedForm } from './observatieLed';
import { ontwikkelingsmeterForm } from './ontwikkelingsmeter';
import { overeenkomstWpbForm } from './overeenkomstWpb';
import { praktijkopdrachtForm } from './praktijkopdracht';
import { fieldsForPart } from './definition';
import { FORM_TYPES, type FieldDef, type FormDefinition, type FormType } from './types';
import { voortgangsadviesForm } from './voortgangsadvies';
import { voortgangsbeslissingForm } from './voortgangsbeslissing';
import { voortgangsgesprekForm } from './voortgangsgesprek';
import { voorwaardenVervolgForm } from './voorwaardenVervolg';

/** Every form definition, keyed by FormType (current version). */
export const FORM_DEFINITIONS: Record<FormType, FormDefinition> = {
  combel: combelForm,
  voortgangsadvies: voortgangsadviesForm,
  voortgangsgesprek: voortgangsgesprekForm,
  leoh: leohForm,
  diensten: dienstenForm,
  kpb: kpbForm,
  observatie: observatieForm,
  ontwikkelingsmeter: ontwikkelingsmeterForm,
  overeenkomst_wpb: overeenkomstWpbForm,
  aanvraag_summatief: aanvraagSummatiefForm,
  beoordeling_summatief: beoordelingSummatiefForm,
  leerdoelen: leerdoelenForm,
  learner_report: learnerReportForm,
  voortgangsbeslissing: voortgangsbeslissingForm,
  observatie_led: observatieLedForm,
  praktijkopdracht: praktijkopdrachtForm,
  voorwaarden_vervolg: voorwaardenVervolgForm,
};

export function getFormDefinition(formType: FormType): FormDefinition {
  return FORM_DEFINITIONS[formType];
}

// answersSchema and draftSchema (zod) are in ./partSchemas.ts, so a bundle that only reads definitions (the
// web app's form route, docs/architecture.md) leaves zod out.

/** For the rules generator: top-level answer keys allowed per form type (all parts). */
export function answerKeysByFormType(): Record<FormType, string[]> {
  return Object.fromEntries(
    FORM_TYPES.map((t) => [t, FORM_DEFINITIONS[t].fields.map((f) => f.key)]),
  ) as Record<FormType, string[]>;
}

/** For the rules generator: top-level answer keys allowed per form type and part. */
export function answerKeysByPart(): Record<FormType, Partial<Record<PartId, string[]>>> {
  return Object.fromEntries(
    FORM_TYPES.map((t) => {
      const def = FORM_DEFINITIONS[t];
      return [
        t,
        Object.fromEntries(def.parts.map((p) => [p.partId, fieldsForPart(def, p.partId).map((f) => f.key)])),
      ];
    }),
  ) as Record<FormType, Partial<Record<PartId, string[]>>>;
}

/** For the rules generator: max length of every top-level string field (text/longtext/date). */
export function maxLengthsByFormType(): Record<FormType, Record<string, number>> {
  return Object.fromEntries(
    FORM_TYPES.map((t) => [
      t,
      Object.fromEntries(
        FORM_DEFINITIONS[t].fields.flatMap((f): [string, number][] =>
          f.kind === 'text' || f.kind === 'longtext'
            ? [[f.key, f.maxLength]]
            : f.kind === 'date'
              ? [[f.key, 10]]
              : [],
        ),
      ),
    ]),
  ) as Record<FormType, Record<string, number>>;
}

/** Institute text overrides: labels and help only, so stored answers stay valid (same version). */
export interface TextOverrides {
  title?: string;
  description?: string;
  /** Keyed by field path: 'tops', 'competenties', 'competenties.communicatie' (group item), 'competenties.*.niveau' (sub-field). */
  fields?: Record<string, { label?: string; help?: string }>;
}

export function applyTextOverrides(def: FormDefinition, overrides: TextOverrides): FormDefinition {
  const o = overrides.fields ?? {};
  const text = <T extends { label: string; help?: string }>(x: T, path: string): T => {
    const ov = o[path];
    return ov
      ? {
          ...x,
          ...(ov.label !== undefined && { label: ov.label }),
          ...(ov.help !== undefined && { help: ov.help }),
        }
      : x;
  };
  const mapField = (f: FieldDef): FieldDef => {
    const top = text(f, f.key);
    if (top.kind === 'group') {
      return {
        ...top,
        items: top.items.map((it) => text(it, `${f.key}.${it.key}`)),
        fields: top.fields.map((sf) => text(sf, `${f.key}.*.${sf.key}`)),
      };
    }
    if (top.kind === 'list')
      return { ...top, fields: top.fields.map((sf) => text(sf, `${f.key}.*.${sf.key}`)) };
    return top;
  };
  return {
    ...def,
    title: overrides.title ?? def.title,
    description: overrides.description ?? def.description,
    fields: def.fields.map(mapField),
  };
}
