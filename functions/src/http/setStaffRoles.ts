// Callable, admin only: sets a person's staff roles (custom claims) in the admin's institute.
import { getAuth } from 'firebase-admin/auth';
import { onCall } from 'firebase-functions/v2/https';
import { parseRequest, requireUid } from '../callable.js';
import { firestore } from '../firebase.js';
import { assignStaffRoles } from '../people/staffRoles.js';

export const setStaffRoles = onCall(async (request) => {
  const uid = requireUid(request);
  const input = parseRequest('setStaffRoles', request.data);
  await assignStaffRoles(
    firestore(),
    getAuth(),
    { uid, token: request.auth?.token ?? {} },
    input,
    new Date(),
  );
  return { ok: true as const };
});
