// Read-only rendering of a part's answers (after submission, other raters' parts, print), from the domain's
// one answer-to-text renderer (domain/src/forms/answersText.ts), so a screen, a PDF and an export read alike.
import {
  answerSections,
  answerText,
  NOT_ANSWERED,
  type AnswerPair,
  type FieldDef,
} from '@praktijkvolg/domain';

/** One answer as text (the domain's `answerText`). */
export const leafText = answerText;

function Pairs({ answers }: { answers: AnswerPair[] }) {
  return (
    <dl className="answers">
      {answers.map((a) => (
        <div key={a.key}>
          <dt>{a.label}</dt>
          <dd>{a.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function AnswersView({
  fields,
  answers,
}: {
  fields: readonly FieldDef[];
  answers: Record<string, unknown>;
}) {
  return (
    <div>
      {answerSections(fields, answers).map((s) =>
        s.kind === 'answer' ? (
          <dl className="answers" key={s.key}>
            <dt>{s.label}</dt>
            <dd>{s.value}</dd>
          </dl>
        ) : (
          <section className="section" key={s.key}>
            <h3>{s.label}</h3>
            {s.items.length === 0 && <p className="muted">{NOT_ANSWERED}</p>}
            {s.items.map((item) => (
              <div className="group-item" key={item.key}>
                <strong>{item.label}</strong>
                <Pairs answers={item.answers} />
              </div>
            ))}
          </section>
        ),
      )}
    </div>
  );
}
