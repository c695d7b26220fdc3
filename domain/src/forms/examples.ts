/**
 * Realistic filled examples of every form part (Dutch content). Used by the tests (every schema must
 * accept them), and handy for emulator seed data and UI previews.
 */
import type { PartId } from '../programmes';
import type { AanvraagSummatiefAnswers } from './aanvraagSummatief';
import type { BeoordelingSummatiefAnswers } from './beoordelingSummatief';
import type { CombelAnswers } from './combel';
import { feedbackExamples } from './feedbackGiver';
import type { DienstenAnswers } from './diensten';
import type { KpbAnswers } from './kpb';
import type { LeohAnswers } from './leoh';
import type { ObservatieAnswers } from './observatie';
import type { OntwikkelingsmeterAnswers } from './ontwikkelingsmeter';
import type { OvereenkomstWpbAnswers } from './overeenkomstWpb';
import { LED_MBO_EXAMPLES } from './examplesLedMbo';
import type { FormType } from './types';
import type { VoortgangsadviesAnswers } from './voortgangsadvies';
import type { VoortgangsbeslissingAnswers } from './voortgangsbeslissing';
import type { VoortgangsgesprekAnswers } from './voortgangsgesprek';
import { voorwaardenVervolgExample } from './voorwaardenVervolg';

const combelCompetenties: CombelAnswers['competenties'] = {
  medisch_handelen: {
    niveau: 'op_verwachting',
    onderbouwing:
      'Gestructureerde anamnese; differentiaaldiagnose bij buikpijn goed onderbouwd (KPB 12 sept).',
  },
  communicatie: {
    niveau: 'boven_verwachting',
    onderbouwing: 'Sluit goed aan bij de hulpvraag, ook bij anderstalige patiënten.',
  },
  samenwerking: { niveau: 'op_verwachting' },
  organisatie: {
    niveau: 'onder_verwachting',
    onderbouwing: 'Loopt uit op het spreekuur; post en recepten blijven liggen.',
  },
  maatschappelijk_handelen: { niveau: 'niet_gezien' },
  wetenschap_en_onderwijs: {
    niveau: 'op_verwachting',
    onderbouwing: 'Zoekt NHG-standaarden actief op en deelt dit in het leergesprek.',
  },
  professionaliteit: { niveau: 'op_verwachting' },
};

const combelOpleider: CombelAnswers = {
  feedbackPraktijk:
    'Assistenten: vriendelijk en duidelijk in overleg; komt soms zonder concrete hulpvraag. POH: goede overdracht bij DM-patiënten.',
  competenties: combelCompetenties,
  tops: 'Rustige, empathische houding; goede lichamelijk onderzoek.',
  tips: 'Plan na elk spreekuur 15 minuten voor post en recepten; kom naar overleg met een beleidsvoorstel.',
};
const combelAios: CombelAnswers = {
  competenties: combelCompetenties,
  tops: 'Ik voel me zekerder bij kinderen met koorts.',
  tips: 'Tijdsmanagement: ik wil vaker op tijd klaar zijn.',
  leerdoelen:
    '1. Spreekuur binnen de tijd afronden (4 patiënten per uur). 2. Zelfstandig visites afleggen. 3. Eén KPB per week plannen.',
};

const voortgangsadvies: VoortgangsadviesAnswers = {
  advies: 'go_op_voorwaarden',
  onderbouwing:
    'Medisch inhoudelijk op niveau; organisatie van het spreekuur blijft achter (zie ComBel maand 6).',
  voorwaarden:
    "Voor maand 9 zelfstandig een spreekuur van 4 patiënten per uur draaien, beoordeeld met 3 KPB's.",
  besprokenMetAios: true,
};

const voortgangsgesprek: VoortgangsgesprekAnswers = {
  datum: '2025-12-02',
  aanwezigen: ['aios', 'opleider', 'groepsdocent'],
  samenvatting:
    'Eerste voortgangsgesprek op de opleidingspraktijk. Aios is goed gestart; aandacht voor tempo en zelfstandigheid.',
  afspraken: 'Aios plant wekelijks een KPB; opleider plant een gezamenlijk spreekuur op dinsdagochtend.',
};

const leohRating = { oordeel: 'goed' } as const;
const leoh: LeohAnswers = {
  rollen: {
    leermeester: {
      oordeel: 'uitstekend',
      toelichting: 'Legt helder uit waarom hij voor een bepaald beleid kiest.',
    },
    coach: leohRating,
    aanspreekpunt: {
      oordeel: 'verbeterpunt',
      toelichting: 'Op donderdag moeilijk bereikbaar tijdens het spreekuur.',
    },
    collega: leohRating,
    rolmodel: leohRating,
  },
  onderdelen: {
    deskundigheid_overdragen: leohRating,
    begeleiden_beoordelen: { oordeel: 'voldoende' },
    professionele_ontwikkeling: { oordeel: 'niet_van_toepassing' },
    leeromgeving: { oordeel: 'goed', toelichting: 'Eigen spreekkamer en vaste overlegmomenten.' },
  },
  tops: 'Neemt echt de tijd voor het leergesprek.',
  tips: 'Spreek een vaste manier af om tijdens het spreekuur te storen.',
  besprokenOp: '2025-11-20',
};

const diensten: DienstenAnswers = {
  aantalDiensten: 14,
  onderdelen: {
    telefonische_triage: { niveau: 'op_verwachting' },
    consulten_visites: { niveau: 'op_verwachting' },
    spoed: { niveau: 'boven_verwachting', toelichting: 'Werkt volgens ABCDE, ook onder druk.' },
    samenwerking: { niveau: 'op_verwachting' },
    organisatie_verslaglegging: { niveau: 'op_verwachting' },
  },
  oordeel: 'positief',
  toelichting: 'De aios kan diensten doen met supervisie op afstand.',
  bekwaamheidsverklaring: true,
  ingangsdatum: '2026-03-01',
};

const kpbAios: KpbAnswers = {
  soort: 'kpb',
  datum: '2025-10-14',
  onderwerp: 'Anamnese en beleid bij lage rugpijn',
  feedbackpunten: 'Uitleg aan de patiënt',
  zelfbeoordeling: 'Anamnese volledig, uitleg te technisch.',
  leerdoel: 'Uitleg in eenvoudige woorden met een tekening; volgende KPB opnieuw observeren.',
};
const kpbOpleider: KpbAnswers = {
  observatie: 'Patiënt 45 jaar, lage rugpijn sinds 2 weken. Rode vlaggen uitgevraagd.',
  feedbackMedischHandelen: 'Goed: rode vlaggen. Tip: lichamelijk onderzoek gerichter (Lasègue).',
  andereGebieden: ['communicatie'],
  feedbackAndereGebieden: 'Check of de patiënt de uitleg begrepen heeft.',
};

const observatie: ObservatieAnswers = {
  datum: '2025-11-05',
  lesonderwerp: 'Klantgesprek voeren (niveau 3)',
  groep: 'Commercie 2B',
  observatievraag: 'Hoe activeer ik de stille studenten achterin?',
  gedragsindicatoren: {
    bt3_lesdoelen: { oordeel: 'goed', waarneming: 'Lesdoelen op het bord en aan het begin besproken.' },
    bt3_werkvormen: { oordeel: 'voldoende' },
    bt3_differentiatie: { oordeel: 'grensgeval', waarneming: 'Iedereen kreeg dezelfde opdracht.' },
    bt3_beroepspraktijk: { oordeel: 'goed' },
    bt3_evaluatie: { oordeel: 'niet_gezien' },
    bt5_veiligheid: { oordeel: 'goed' },
    bt5_relatie: { oordeel: 'goed' },
    bt5_groepsproces: { oordeel: 'voldoende' },
    bt5_structuur: { oordeel: 'voldoende' },
  },
  feedback: {
    strategie: {
      feedUp: 'Alle studenten oefenen actief met het klantgesprek.',
      feedback: "Twee duo's achterin keken vooral toe.",
      feedforward: 'Wijs rollen toe en loop gericht naar de achterste tafels.',
    },
    modus: { feedback: 'Rustig en zeker; humor werkt goed.' },
  },
  sterkePunten: 'Duidelijke structuur en een prettige sfeer.',
};

const ontwikkelingsmeter: OntwikkelingsmeterAnswers = {
  moment: 'tussentijds',
  beroepstaken: {
    bt1: {
      niveau: 'in_ontwikkeling',
      toelichting: 'Vraagt actief om feedback en verwerkt die in het portfolio.',
    },
    bt2: { niveau: 'beginnend', toelichting: 'Onderzoeksplan is in voorbereiding.' },
    bt3: {
      niveau: 'op_niveau',
      toelichting: 'Lessen zijn goed opgebouwd; evaluatie aan het einde kan sterker.',
    },
    bt4: { niveau: 'in_ontwikkeling', toelichting: 'Eerste lessenreeks ontworpen.' },
    bt5: { niveau: 'op_niveau', toelichting: 'Veilige sfeer, duidelijke afspraken.' },
    bt6: { niveau: 'niet_gezien', toelichting: 'Nog geen loopbaangesprekken gevoerd.' },
  },
  vervolg: 'Focus op differentiatie en op BT6.',
};

const overeenkomstWpb: OvereenkomstWpbAnswers = {
  school: 'Zadkine, team Commercie',
  opleidingWerkplekbegeleider: 'Cursus werkplekbegeleider (2023)',
  geenHierarchischeRelatie: true,
  tijdsinvestering: true,
  lesbezoeken: true,
  ontwikkelingsmeter: true,
  geenAssessor: true,
  bijeenkomsten: true,
};

const bronnen = [
  'werkplekbegeleider',
  'student',
  'pdg_trainer',
  'student',
  'medecursist',
  'werkplekbegeleider',
] as const;
const aanvraag: AanvraagSummatiefAnswers = {
  lesdatum: '2026-02-10',
  lesonderwerp: 'Bezwaren van klanten ombuigen',
  groep: 'Commercie niveau 4, leerjaar 2',
  beginsituatie: 'Groep van 18 studenten, net terug van stage; kennen de basis van het klantgesprek.',
  lesdoelen:
    'Aan het eind van de les kan de student drie technieken noemen en er één toepassen in een rollenspel.',
  lesopzet:
    'Start (10 min): terugblik stage. Instructie (15 min). Rollenspel in drietallen (30 min). Nabespreking en exit ticket (15 min).',
  feedbackCitaten: bronnen.map((bron, i) => ({
    citaat: `Citaat ${i + 1}: "Je geeft heldere instructie en checkt of iedereen begrijpt wat de opdracht is."`,
    bron,
    datum: '2026-01-15',
    beroepstaak: i % 2 === 0 ? ('bt3' as const) : ('bt5' as const),
  })),
  verantwoording:
    'Volgens het directe-instructiemodel bouw ik de les op van voordoen naar zelfstandig oefenen; de rollenspellen sluiten aan bij de beroepspraktijk.',
};
const aanvraagBesluit: AanvraagSummatiefAnswers = {
  besluit: 'go',
  toelichtingBesluit:
    'De aanvraag is volledig; de feedback is gevarieerd en de verantwoording sluit aan bij de theorie.',
};

const beoordeling: BeoordelingSummatiefAnswers = {
  datumLesbezoek: '2026-03-12',
  beroepstaken: {
    bt3: {
      oordeel: 'goed',
      onderbouwing: 'Heldere opbouw, passende werkvormen, evaluatie van de lesdoelen.',
    },
    bt5: {
      oordeel: 'voldoende',
      onderbouwing: 'Veilige sfeer; enkele studenten haakten af zonder dat dit werd opgemerkt.',
    },
  },
  eindoordeel: 'behaald',
};

const voortgangsbeslissing: VoortgangsbeslissingAnswers = {
  uitkomst: 'door',
  onderbouwing:
    'Positieve adviezen van opleider en groepsbegeleiders; ComBels op niveau; dienstenoverzicht compleet.',
  gebaseerdOp: ['advies_opleider', 'advies_groepsdocenten', 'combel'],
  datumBeslissing: '2026-07-01',
};

/** One filled, valid example per form type and part. */
export const FORM_EXAMPLES: Record<FormType, Partial<Record<PartId, Record<string, unknown>>>> = {
  combel: {
    aios: combelAios,
    opleider: combelOpleider,
    groepsdocent: {
      competenties: combelCompetenties,
      tops: 'Goede reflectie in de terugkomdag.',
      tips: 'Meer eigen leervragen inbrengen.',
    },
    ...feedbackExamples('combel'),
  },
  voortgangsadvies: { opleider: voortgangsadvies },
  voortgangsgesprek: {
    groepsdocent: voortgangsgesprek,
    tutor: voortgangsgesprek,
    opleider: voortgangsgesprek,
  },
  leoh: { aios: leoh },
  diensten: { opleider: diensten },
  kpb: { aios: kpbAios, opleider: kpbOpleider },
  observatie: { werkplekbegeleider: observatie, pdg_trainer: observatie, collega_docent: observatie },
  ontwikkelingsmeter: { werkplekbegeleider: ontwikkelingsmeter },
  overeenkomst_wpb: {
    werkplekbegeleider: overeenkomstWpb,
    deelnemer: { akkoord: true, afspraken: 'Elke twee weken op dinsdag na het 4e uur een half uur overleg.' },
    pdg_trainer: { akkoord: true },
  },
  aanvraag_summatief: {
    deelnemer: aanvraag,
    pdg_trainer: aanvraagBesluit,
    ...feedbackExamples('aanvraag_summatief'),
  },
  beoordeling_summatief: { assessor: beoordeling, tweede_assessor: beoordeling },
  voortgangsbeslissing: { hoofd_opleiding: voortgangsbeslissing },
  voorwaarden_vervolg: { hoofd_opleiding: voorwaardenVervolgExample },
  ...LED_MBO_EXAMPLES,
};
