/** Option sets and item lists shared by several forms. Values are identifiers; labels are Dutch. */

/** The 7 competency areas of the Dutch GP competency profile (DOMAIN: ComBel default). */
export const COMPETENTIEGEBIEDEN = [
  { key: 'medisch_handelen', label: 'Medisch handelen' },
  { key: 'communicatie', label: 'Communicatie' },
  { key: 'samenwerking', label: 'Samenwerking' },
  { key: 'organisatie', label: 'Organisatie' },
  { key: 'maatschappelijk_handelen', label: 'Maatschappelijk handelen' },
  { key: 'wetenschap_en_onderwijs', label: 'Wetenschap en onderwijs' },
  { key: 'professionaliteit', label: 'Professionaliteit' },
] as const;

/**
 * ComBel rating scale. The official scale was not found (DOMAIN), so this is the default an
 * institute can replace (a new form version): below / at / above the level expected at this moment.
 */
export const COMBEL_SCHAAL = [
  { value: 'onder_verwachting', label: 'Onder het verwachte niveau' },
  { value: 'op_verwachting', label: 'Op het verwachte niveau' },
  { value: 'boven_verwachting', label: 'Boven het verwachte niveau' },
  { value: 'niet_gezien', label: 'Niet gezien / niet te beoordelen' },
] as const;

export const ADVIES_OPTIES = [
  { value: 'go', label: 'Go', help: 'De aios kan door.' },
  {
    value: 'go_op_voorwaarden',
    label: 'Go op voorwaarden',
    help: 'De aios kan door als aan de voorwaarden is voldaan.',
  },
  { value: 'no_go', label: 'No-go', help: 'De aios kan (nog) niet door.' },
] as const;

/** PDG beroepstaken with EC (seed 003). */
export const BEROEPSTAKEN = [
  {
    key: 'bt1',
    label: 'BT1 Professionele ontwikkeling (12 EC)',
    help: 'Je initieert, plant en verantwoordt je professionele ontwikkeling en beroepsmatig handelen op een reflectieve manier.',
  },
  {
    key: 'bt2',
    label: 'BT2 Onderwijsontwikkeling en kwaliteit (12 EC)',
    help: 'Je levert een bijdrage aan onderwijsontwikkeling en kwaliteitsverbetering.',
  },
  {
    key: 'bt3',
    label: 'BT3 Onderwijs verzorgen (10 EC)',
    help: 'Je verzorgt onderwijs volgens de PDCA-cyclus.',
  },
  { key: 'bt4', label: 'BT4 Onderwijs ontwerpen (8 EC)', help: 'Je ontwerpt onderwijs.' },
  {
    key: 'bt5',
    label: 'BT5 Veilig leerklimaat (10 EC)',
    help: 'Je zorgt voor een veilig leerklimaat in de groep.',
  },
  {
    key: 'bt6',
    label: 'BT6 Begeleiden (8 EC)',
    help: 'Je begeleidt (zorg)leerlingen in hun school- en beroepsloopbaan.',
  },
] as const;

/** Widely used Dutch lesson-observation scale (DOMAIN public facts). */
export const LESOBSERVATIE_SCHAAL = [
  { value: 'onvoldoende', label: 'Onvoldoende' },
  { value: 'grensgeval', label: 'Grensgeval' },
  { value: 'voldoende', label: 'Voldoende' },
  { value: 'goed', label: 'Goed' },
  { value: 'niet_gezien', label: 'Niet gezien' },
] as const;

/**
 * Default behaviour indicators of BT3 and BT5 for the lesson observation. Institutes adapt the texts
 * (labels); keys stay stable.
 */
export const GEDRAGSINDICATOREN = [
  {
    key: 'bt3_lesdoelen',
    label: 'BT3 – Lesdoelen en opbouw',
    help: 'Je maakt lesdoelen en de opbouw van de les duidelijk voor de studenten.',
  },
  {
    key: 'bt3_werkvormen',
    label: 'BT3 – Activerende werkvormen',
    help: 'Je zet activerende (digitale) werkvormen in die passen bij het lesdoel.',
  },
  {
    key: 'bt3_differentiatie',
    label: 'BT3 – Afstemmen op verschillen',
    help: 'Je stemt instructie en verwerking af op verschillen tussen studenten.',
  },
  {
    key: 'bt3_beroepspraktijk',
    label: 'BT3 – Verbinding met de beroepspraktijk',
    help: 'Je verbindt de lesinhoud met de beroepspraktijk van de studenten.',
  },
  {
    key: 'bt3_evaluatie',
    label: 'BT3 – Evalueren en bijsturen',
    help: 'Je gaat na of de lesdoelen bereikt zijn en stuurt bij (PDCA).',
  },
  {
    key: 'bt5_veiligheid',
    label: 'BT5 – Veilig en respectvol klimaat',
    help: 'Je zorgt voor een klimaat waarin studenten zich veilig voelen om te leren en fouten te maken.',
  },
  {
    key: 'bt5_relatie',
    label: 'BT5 – Relatie met studenten',
    help: 'Je bouwt een positieve, professionele relatie op met de studenten.',
  },
  {
    key: 'bt5_groepsproces',
    label: 'BT5 – Groepsprocessen',
    help: 'Je stuurt groepsprocessen bij en spreekt studenten aan op gedrag.',
  },
  {
    key: 'bt5_structuur',
    label: 'BT5 – Afspraken en routines',
    help: 'Je hanteert duidelijke afspraken, regels en routines (klassenmanagement).',
  },
] as const;

/** Didactisch Coachen: feedback on content, strategy, modus and personal qualities (seed 003). */
export const FEEDBACK_ASPECTEN = [
  { key: 'inhoud', label: 'Inhoud', help: 'Wat de deelnemer doet of zegt (de taak).' },
  { key: 'strategie', label: 'Strategie', help: 'Hoe de deelnemer het aanpakt (het proces).' },
  { key: 'modus', label: 'Modus', help: 'De houding en toon waarmee de deelnemer handelt.' },
  {
    key: 'persoonlijke_kwaliteiten',
    label: 'Persoonlijke kwaliteiten',
    help: 'Welke kwaliteiten van de deelnemer zichtbaar worden.',
  },
] as const;

export const FEEDBACK_BRONNEN = [
  { value: 'werkplekbegeleider', label: 'Werkplekbegeleider' },
  { value: 'student', label: 'Student' },
  { value: 'pdg_trainer', label: 'PDG-trainer' },
  { value: 'medecursist', label: 'Medecursist (peer)' },
  { value: 'collega', label: 'Collega' },
  { value: 'anders', label: 'Anders' },
] as const;

/** The 11 activity types of seed 004 (6 informal, 5 formal). */
export const ACTIVITEIT_TYPES = [
  { value: 'primair_proces', label: 'Lesgeven en coachen (het primaire proces)', categorie: 'informeel' },
  {
    value: 'interactie_samenwerken',
    label: 'Interactie, discussie, samenwerken en delen',
    categorie: 'informeel',
  },
  { value: 'taken_rollen', label: 'Taken, rollen en extracurriculaire activiteiten', categorie: 'informeel' },
  { value: 'informatiebronnen', label: 'Consulteren van informatiebronnen', categorie: 'informeel' },
  { value: 'experimenteren_innoveren', label: 'Experimenteren en innoveren', categorie: 'informeel' },
  { value: 'reflecteren_evalueren', label: 'Reflecteren en evalueren', categorie: 'informeel' },
  {
    value: 'professionaliseringsprogramma',
    label: 'Professionaliseringsprogramma (workshop, webinar)',
    categorie: 'formeel',
  },
  { value: 'cursus_graad', label: 'Cursus voor een graad of studiepunten', categorie: 'formeel' },
  { value: 'structurele_coaching', label: 'Structurele coaching ontvangen', categorie: 'formeel' },
  { value: 'conferentie', label: 'Conferentie of congres', categorie: 'formeel' },
  {
    value: 'formele_samenwerking',
    label: 'Formele samenwerking (professionele leergemeenschap, docentennetwerk)',
    categorie: 'formeel',
  },
] as const;
export type ActiviteitType = (typeof ACTIVITEIT_TYPES)[number]['value'];
