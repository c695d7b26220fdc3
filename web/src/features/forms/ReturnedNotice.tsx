// The server sent this rater's submission back to draft (partWritten: the form's checks failed, e.g. "behaald"
// with BT3 onvoldoende). Shown above the form until a corrected submission is accepted: the reason in Dutch,
// and each issue linked to its field. docs/rules.md, "Answers: shape and completeness".
import { answerPathLabel, formatDateTime, type FormDefinition } from '@praktijkvolg/domain';
import type { FormPart } from './model';
import { fieldId } from './fields';

type Returned = NonNullable<FormPart['returned']>;

/** 'feedbackCitaten.0.datum' → ['feedbackCitaten', 0, 'datum'], as the domain labels paths. */
const pathOf = (path: string) => path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));

export function ReturnedNotice({ def, returned }: { def: FormDefinition; returned: Returned }) {
  const issues = returned.issues.filter((i) => i.path !== '');
  return (
    <div className="banner error" role="alert" data-testid="returned">
      <h2>Teruggezet naar concept</h2>
      <p>{returned.reason}</p>
      {issues.length > 0 && (
        <ul>
          {issues.map((i) => (
            <li key={`${i.path}:${i.message}`}>
              <a href={`#${fieldId(i.path)}`}>
                {answerPathLabel(def, pathOf(i.path))}: {i.message}
              </a>
            </li>
          ))}
        </ul>
      )}
      <p className="muted">Teruggezet op {formatDateTime(returned.at)}; je antwoorden zijn bewaard.</p>
    </div>
  );
}
