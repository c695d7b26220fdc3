// The answer-to-text renderer lives in the domain (domain/src/forms/answersText.ts), shared with the web app
// and the exports; this module only keeps the LEOh PDF's existing imports working.
export { answerLines, bounded, MAX_OTHER_VALUE, NOT_ANSWERED, type AnswerLine } from '@praktijkvolg/domain';
