// Who is signed in, with their claims (institute, staff roles, linkPart), as a small external store so
// every component reads the same session without a provider. Claims are cached per uid in localStorage:
// offline, an expired ID token cannot be refreshed, and the form a rater opened must keep working.
import { onIdTokenChanged, signOut, type User } from 'firebase/auth';
import { useSyncExternalStore } from 'react';
import { actorOf, parseClaims, type Actor, type Claims, type StaffRole } from '@praktijkvolg/domain';
import { auth } from './firebaseApp';

export type Session =
  | { status: 'loading' }
  | { status: 'signedOut' }
  | {
      status: 'signedIn';
      user: User;
      uid: string;
      displayName: string;
      email: string | null;
      claims: Claims;
      actor: Actor;
    };

const claimsKey = (uid: string) => `pv:claims:${uid}`;

async function readClaims(user: User): Promise<Claims> {
  try {
    const token = await user.getIdTokenResult();
    const claims = parseClaims(token.claims);
    localStorage.setItem(claimsKey(user.uid), JSON.stringify(claims));
    return claims;
  } catch {
    const cached = localStorage.getItem(claimsKey(user.uid));
    return cached ? parseClaims(JSON.parse(cached)) : { staff: [] };
  }
}

let current: Session = { status: 'loading' };
const listeners = new Set<() => void>();
let generation = 0;

function publish(next: Session) {
  current = next;
  for (const l of listeners) l();
}

onIdTokenChanged(auth, (user) => {
  const mine = ++generation;
  if (!user) {
    publish({ status: 'signedOut' });
    return;
  }
  void readClaims(user).then((claims) => {
    if (mine !== generation) return;
    publish({
      status: 'signedIn',
      user,
      uid: user.uid,
      // A rater who came by link has neither: the form header names them from the part's designation.
      displayName:
        user.displayName ?? user.email ?? (claims.linkPart ? 'Via persoonlijke link' : 'Onbekende naam'),
      email: user.email,
      claims,
      actor: actorOf(user.uid, claims),
    });
  });
});

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): Session {
  return useSyncExternalStore(subscribe, () => current);
}

export type SignedIn = Extract<Session, { status: 'signedIn' }>;

/** For components under RequireAuth: the session is known to be signed in there. */
export function useSignedIn(): SignedIn {
  const s = useSession();
  if (s.status !== 'signedIn') throw new Error('useSignedIn outside a signed-in route');
  return s;
}

export function hasStaff(session: SignedIn, ...roles: StaffRole[]): boolean {
  return roles.some((r) => session.claims.staff.includes(r));
}

export async function logOut(): Promise<void> {
  await signOut(auth);
}
