// Callable, admin only: sets a person's staff roles (custom claims) in the admin's institute.
import { getAuth } from 'firebase-admin/auth';
import { onCall } from 'firebase-functions/v2/https';
import { CALLABLE_OPTIONS, parseRequest, requireUid } from '../callable.js';
import { firestore } from '../firebase.js';
import { setStaffRoles as set } from '../people/staffRoles.js';

export const setStaffRoles = onCall(CALLABLE_OPTIONS, async (request) => {
  const uid = requireUid(request);
  const input = parseRequest('setStaffRoles', request.data);
  await set(firestore(), getAuth(), { uid, token: request.auth?.token ?? {} }, input, new Date());
  return { ok: true as const };
});
