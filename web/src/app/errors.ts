// Every error a person can see, in Dutch. Firebase codes get a plain explanation; messages from our own
// callables (already Dutch) are shown as they are.
import { FirebaseError } from 'firebase/app';

const byCode: Record<string, string> = {
  'permission-denied': 'Je hebt hiervoor geen toestemming.',
  unauthenticated: 'Je bent niet (meer) aangemeld. Meld je opnieuw aan.',
  unavailable:
    'Er is geen verbinding met de server. Je wijzigingen worden bewaard en verstuurd zodra je weer online bent.',
  'not-found': 'Dit onderdeel bestaat niet (meer).',
  'deadline-exceeded': 'De server reageerde niet op tijd. Probeer het opnieuw.',
  'resource-exhausted': 'Te veel verzoeken achter elkaar. Wacht even en probeer het opnieuw.',
  internal: 'Er ging iets mis op de server. Probeer het later opnieuw.',
  'auth/invalid-action-code': 'Deze aanmeldlink is verlopen of al gebruikt. Vraag hieronder een nieuwe aan.',
  'auth/expired-action-code': 'Deze aanmeldlink is verlopen. Vraag hieronder een nieuwe aan.',
  'auth/invalid-email': 'Dit e-mailadres hoort niet bij deze aanmeldlink. Controleer het adres.',
  'auth/network-request-failed':
    'Er is geen verbinding. Controleer je internetverbinding en probeer het opnieuw.',
  'auth/user-disabled': 'Dit account is geblokkeerd. Neem contact op met het secretariaat.',
  'auth/invalid-custom-token': 'Deze link kon niet worden gebruikt. Vraag een nieuwe link aan.',
  'auth/wrong-password': 'Aanmelden is mislukt.',
  'auth/invalid-credential': 'Aanmelden is mislukt.',
};

/** The Firestore/Functions/Auth code without the service prefix ('functions/permission-denied' → 'permission-denied'). */
export function errorCode(err: unknown): string | undefined {
  if (!(err instanceof FirebaseError)) return undefined;
  return err.code.startsWith('auth/') ? err.code : err.code.replace(/^(functions|firestore)\//, '');
}

export function isPermissionDenied(err: unknown): boolean {
  return errorCode(err) === 'permission-denied';
}

/**
 * A failed zod parse (a ZodError: its name and its issues), recognised by shape so this module, which every
 * route loads, does not bring zod into the form route's first load (docs/architecture.md).
 */
function zodIssues(err: unknown): { message: string }[] | undefined {
  if (!(err instanceof Error) || err.name !== 'ZodError') return undefined;
  const issues = (err as { issues?: unknown }).issues;
  return Array.isArray(issues) ? (issues as { message: string }[]) : undefined;
}

export function dutchMessage(err: unknown, fallback = 'Er ging iets mis. Probeer het opnieuw.'): string {
  const issues = zodIssues(err);
  if (issues) return issues[0]?.message ?? fallback;
  if (err instanceof FirebaseError) {
    const code = errorCode(err) ?? '';
    // Our callables throw HttpsError with a Dutch message; the SDK uses the code itself as message otherwise.
    if (
      err.code.startsWith('functions/') &&
      err.message &&
      err.message !== code &&
      !/^[a-z-]+$/.test(err.message)
    ) {
      // The firebase 12 SDK appends the HTTP status (" [400]"): not for people's eyes.
      if (code !== 'internal') return err.message.replace(/ \[\d{3}\]$/, '');
    }
    return byCode[code] ?? fallback;
  }
  return fallback;
}
