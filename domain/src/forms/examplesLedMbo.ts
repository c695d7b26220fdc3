// Filled examples of the LED and mbo form parts (Dutch content), part of FORM_EXAMPLES (./examples.ts).
import type { LearnerReportAnswers } from './learnerReport';
import type { LeerdoelenAnswers } from './leerdoelen';
import type { ObservatieLedAnswers } from './observatieLed';

const leerdoelen: LeerdoelenAnswers = {
  leerdoelen: [
    {
      doel: 'Ik kan een groepsbijeenkomst structureren met een duidelijke opening en afsluiting.',
      aanpak: 'Observatie door mijn collega-docent in blok 2.',
      inCursus: true,
    },
    { doel: 'Ik geef feedback die aansluit bij de leervraag van de aios.' },
  ],
  verwachtingen: 'Maandelijks een uur overleg; mijn collega-docent observeert twee keer per jaar.',
};

const learnerReport: LearnerReportAnswers = {
  inventarisatie:
    'Teamvergadering over het nieuwe onderwijsmodel, stagebezoek bij een student, webinar over formatief evalueren.',
  activiteiten: [
    {
      type: 'interactie_samenwerken',
      beschrijving: 'Teamvergadering over het nieuwe onderwijsmodel met het hele team.',
      leeropbrengst: "Mijn beleving en die van mijn collega's kunnen heel verschillend zijn.",
      doorwerking: 'Ik neem meer tijd om iedereen mee te nemen.',
      verklaring: 'Het open gesprek maakte verschillen zichtbaar.',
    },
    {
      type: 'primair_proces',
      beschrijving: 'Stagebezoek bij een student met haar praktijkbegeleider.',
      leeropbrengst: 'Je kunt ook anders naar studenten kijken dan vanuit school.',
      doorwerking: 'Ik vraag in de les vaker naar ervaringen uit de stage.',
      verklaring: 'Het perspectief van de praktijkbegeleider was nieuw voor mij.',
    },
  ],
};

const observatieLed: ObservatieLedAnswers = {
  datum: '2026-02-10',
  situatie: 'Terugkomdag groep 2, onderwerp consultvoering',
  leerpunten: [
    {
      leerpunt: 'Ik kan een groepsbijeenkomst structureren met een duidelijke opening en afsluiting.',
      waargenomen: 'Opening met doelen op het bord; de afsluiting schoot erbij in door tijdgebrek.',
      feedforward: 'Zet een wekker tien minuten voor het einde.',
    },
    {
      leerpunt: 'Ik geef feedback die aansluit bij de leervraag van de aios.',
      waargenomen: 'Je vroeg twee keer naar de leervraag voordat je feedback gaf.',
    },
  ],
  nabespreking: 'Besproken na de les; de docent neemt de tijdsbewaking mee naar de volgende bijeenkomst.',
};

export const LED_MBO_EXAMPLES = {
  leerdoelen: {
    deelnemer: leerdoelen,
    collega_docent: {
      reactie:
        'Heldere doelen. Het tweede doel werken we uit in de terugkomdagen: ik let op of je feedback aansluit bij de leervraag.',
      afspraken: 'Ik observeer in blok 2 en blok 4; daarna een half uur nabespreking.',
    },
  },
  learner_report: { deelnemer: learnerReport },
  observatie_led: { collega_docent: observatieLed },
  praktijkopdracht: {
    deelnemer: {
      opdracht: 'Een groepsbijeenkomst voorbereiden met een activerende werkvorm',
      uitvoering: 'Terugkomdag groep 2: casusbespreking in drietallen over slecht-nieuwsgesprekken.',
      reflectie:
        'De drietallen werkten goed; de nabespreking plenair was te lang. Volgende keer kortere ronde.',
    },
    collega_docent: {
      reactie: 'Sterke keuze van de werkvorm. Probeer de plenaire ronde te beperken tot twee vragen.',
    },
  },
};
