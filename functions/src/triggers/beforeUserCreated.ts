// Auth blocking function: refuses accounts that clients create by themselves, unless people/signUp.ts allows
// it (finding 4, account pre-hijack). Needs Firebase Authentication with Identity Platform in production
// (README, deploy steps); the Auth emulator runs it too.
import * as identity from 'firebase-functions/v2/identity';
import { log } from '../log.js';
import { firestore } from '../firebase.js';
import { decideSignUp, signInMethodOf } from '../people/signUp.js';

// The SDK's trigger has the deployed name itself, hence the namespace import.
export const beforeUserCreated = identity.beforeUserCreated(async (event) => {
  const signInMethod = signInMethodOf(event);
  const decision = await decideSignUp(firestore(), { email: event.data?.email, signInMethod });
  if (!decision.ok) {
    log.info('signup: refused', { signInMethod });
    throw new identity.HttpsError('permission-denied', decision.message);
  }
});
