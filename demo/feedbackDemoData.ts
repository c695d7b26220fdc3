// The feedback givers of the demo world (docs/rules.md "Feedback givers by link"), pure data: whom Pieter asked
// for feedback on Anna's first ComBel (practice staff) and whom Lotte asked for her summative request (peers,
// students, colleagues), and what those who already answered wrote. Played through by scripts/seed/feedbackDemo.ts
// with the inviteRater function's own plain function, so the parts, links and mails are what the app makes.
import type { FeedbackGiverRole } from '@praktijkvolg/domain';

export interface DemoFeedbackGiver {
  name: string;
  email: string;
  giverRole: FeedbackGiverRole;
  /** The giver's answers, submitted; absent: asked, not answered yet. */
  answers?: Record<string, string>;
}

export interface DemoFeedbackRequest {
  trajectId: string;
  formType: 'combel' | 'aanvraag_summatief';
  /** Who asks (a demo person's uid) and their institute. */
  askedBy: string;
  instituteId: string;
  givers: DemoFeedbackGiver[];
}

export const DEMO_FEEDBACK: DemoFeedbackRequest[] = [
  {
    trajectId: 'anna-jaar1',
    formType: 'combel',
    askedBy: 'pieter',
    instituteId: 'lumc-huisarts',
    givers: [
      {
        name: 'Ellen de Graaf',
        email: 'ellen@praktijk-delinde.example',
        giverRole: 'doktersassistent',
        answers: {
          praktijkGoed:
            'Anna is vriendelijk en duidelijk aan de telefoon en overlegt goed als een patiënt tussendoor moet komen.',
          praktijkBeter:
            'Ze loopt vaak uit; plan na het spreekuur een vast moment voor de terugbelverzoeken.',
        },
      },
      { name: 'Bart Smit', email: 'bart@praktijk-delinde.example', giverRole: 'poh' },
    ],
  },
  {
    trajectId: 'lotte-pdg',
    formType: 'aanvraag_summatief',
    askedBy: 'lotte',
    instituteId: 'hr-pdg',
    givers: [
      {
        name: 'Sem Jansen',
        email: 'sem@student-hr.example',
        giverRole: 'medestudent',
        answers: {
          feedbackTekst:
            'Je gaf de groep eerst tijd om zelf na te denken en vroeg daarna door; daardoor deed iedereen mee.',
          situatie: 'Intervisie PDG, les over motiveren',
        },
      },
      {
        name: 'Mila de Boer',
        email: 'mila@leerling-roc.example',
        giverRole: 'student',
        answers: {
          feedbackTekst: 'De opdracht was duidelijk en ik wist precies wat ik aan het eind moest kunnen.',
        },
      },
    ],
  },
];
