// Auth blocking function: refuses accounts that clients create by themselves, unless people/signUp.ts allows
// it (finding 4, account pre-hijack). Needs Firebase Authentication with Identity Platform in production
// (README, deploy steps); the Auth emulator runs it too.
import { beforeUserCreated as onBeforeUserCreated, HttpsError } from 'firebase-functions/v2/identity';
import { logger } from 'firebase-functions';
import { firestore } from '../firebase.js';
import { decideSignUp, signInMethodOf } from '../people/signUp.js';

export const beforeUserCreated = onBeforeUserCreated({ region: 'europe-west1' }, async (event) => {
  const signInMethod = signInMethodOf(event);
  const decision = await decideSignUp(firestore(), { email: event.data?.email, signInMethod });
  if (!decision.ok) {
    logger.info('signup: refused', { signInMethod });
    throw new HttpsError('permission-denied', decision.message);
  }
});
