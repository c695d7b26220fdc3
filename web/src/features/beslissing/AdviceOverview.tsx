// For the hoofd opleiding recording a voortgangsbeslissing: every advice given in this traject (the
// opleider's voortgangsadvies, the docenten's advice in the voortgangsgesprek) side by side, with links to
// the ComBels. Advice is not decision (rule 4 of docs/rules.md): this only informs the form below it.
import { useQueries } from '@tanstack/react-query';
import { Link } from 'wouter';
import { formatDate, getFormDefinition, type LeafField, type PartId } from '@praktijkvolg/domain';
import { ScrollTable } from '../../app/ScrollTable';
import { dutchMessage } from '../../app/errors';
import { useSignedIn } from '../../app/session';
import { leafText } from '../forms/AnswersView';
import { partTitle } from '../forms/OtherParts';
import { formQueries, useStaffForms } from '../forms/queries';

const ADVICE_TYPES = new Set(['voortgangsadvies', 'voortgangsgesprek']);

function text(
  formType: 'voortgangsadvies' | 'voortgangsgesprek',
  key: string,
  answers: Record<string, unknown>,
): string {
  const f = getFormDefinition(formType).fields.find((x) => x.key === key);
  return f && f.kind !== 'group' && f.kind !== 'list' ? leafText(f as LeafField, answers[key]) : '—';
}

export default function AdviceOverview({ trajectId }: { trajectId: string }) {
  const session = useSignedIn();
  const forms = useStaffForms(session.claims.institute, { trajectId });
  const all = (forms.data ?? []).slice().sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  const sources = all.flatMap((f) =>
    ADVICE_TYPES.has(f.formType)
      ? (Object.entries(f.parts) as [PartId, NonNullable<(typeof f.parts)[PartId]>][])
          .filter(([, p]) => p.status === 'submitted')
          .map(([partId]) => ({ form: f, partId }))
      : [],
  );
  const parts = useQueries({ queries: sources.map((s) => formQueries.part(s.form.formId, s.partId)) });
  const combels = all.filter((f) => f.formType === 'combel');

  const rows = sources
    .map((s, i) => ({ ...s, part: parts[i]?.data ?? undefined }))
    .filter((r) => r.part && (r.form.formType === 'voortgangsadvies' || r.part.answers.advies !== undefined));

  return (
    <section className="card" aria-labelledby="advice-title">
      <h2 id="advice-title">Adviezen in dit traject</h2>
      {forms.isError && <p className="banner error">{dutchMessage(forms.error)}</p>}
      {forms.isPending || parts.some((p) => p.isPending) ? (
        <p role="status">Adviezen laden…</p>
      ) : rows.length === 0 ? (
        <p className="muted">Er zijn nog geen adviezen ingediend.</p>
      ) : (
        <ScrollTable label="Tabel adviezen">
          <table>
            <caption className="visually-hidden">Adviezen naast elkaar</caption>
            <thead>
              <tr>
                <th scope="col">Van</th>
                <th scope="col">Advies</th>
                <th scope="col">Onderbouwing</th>
                <th scope="col">Voorwaarden / afspraken</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ form, partId, part }) => {
                const type = form.formType as 'voortgangsadvies' | 'voortgangsgesprek';
                const a = part!.answers;
                const adviceKey = type === 'voortgangsadvies' ? 'advies' : 'advies';
                return (
                  <tr key={`${form.formId}/${partId}`}>
                    <th scope="row">
                      {form.title}
                      <div className="muted">
                        {partTitle(getFormDefinition(type), partId)}
                        {part!.submittedAt ? ` · ${formatDate(part!.submittedAt)}` : ''}
                      </div>
                    </th>
                    <td>
                      <strong>{text(type, adviceKey, a)}</strong>
                    </td>
                    <td>{text(type, type === 'voortgangsadvies' ? 'onderbouwing' : 'samenvatting', a)}</td>
                    <td>{text(type, type === 'voortgangsadvies' ? 'voorwaarden' : 'afspraken', a)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {combels.length > 0 && (
        <>
          <h3>ComBels</h3>
          <ul>
            {combels.map((c) => (
              <li key={c.formId}>
                <Link to={`/formulieren/${c.formId}/afdrukken`}>{c.title}</Link>{' '}
                {c.revealed ? (
                  <span className="chip ok">alle delen ingediend</span>
                ) : (
                  <span className="chip neutral">nog niet compleet</span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
