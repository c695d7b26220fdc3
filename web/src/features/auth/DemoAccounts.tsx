// Emulator only: one-click sign-in as any demo person (the seed gives them DEMO_PASSWORD).
import { useMutation } from '@tanstack/react-query';
import { signInWithEmailAndPassword } from 'firebase/auth';
import { useLocation } from 'wouter';
import { DEMO_INSTITUTES, DEMO_PASSWORD, DEMO_PEOPLE } from '../../../../demo/demoData';
import { dutchMessage } from '../../app/errors';
import { auth } from '../../app/firebaseApp';

export default function DemoAccounts({ next }: { next: string }) {
  const [, navigate] = useLocation();
  const signIn = useMutation({
    mutationFn: (email: string) => signInWithEmailAndPassword(auth, email, DEMO_PASSWORD),
    onSuccess: () => navigate(next, { replace: true }),
  });
  return (
    <section className="section" aria-labelledby="demo-title">
      <h2 id="demo-title">Demo-accounts (alleen lokaal)</h2>
      <p className="muted">
        Op de lokale emulators kun je met één klik als een van de demo-personen aanmelden.
      </p>
      {signIn.isError && (
        <div className="banner error" role="alert">
          <p>
            {dutchMessage(
              signIn.error,
              'Aanmelden als demo-persoon is mislukt. Draait de demo-seed (npm start)?',
            )}
          </p>
        </div>
      )}
      {DEMO_INSTITUTES.map((inst) => (
        <div key={inst.id}>
          <h3>{inst.name}</h3>
          <ul className="worklist">
            {DEMO_PEOPLE.filter((p) => p.instituteId === inst.id).map((p) => (
              <li key={p.uid}>
                <button
                  type="button"
                  className="linklike"
                  disabled={signIn.isPending}
                  onClick={() => signIn.mutate(p.email)}
                >
                  {p.displayName}
                </button>{' '}
                <span className="meta">— {p.demoRole}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
