// Callable: the aios starts a KPB/KVB on their own traject (functions/src/schedule/kpb.ts).
import { parseClaims } from '@praktijkvolg/domain';
import { onCall } from 'firebase-functions/v2/https';
import { firestore } from '../firebase.js';
import { CALLABLE_OPTIONS, parseRequest, requireUid } from '../callable.js';
import { startKpb as start } from '../schedule/kpb.js';

export const startKpb = onCall(CALLABLE_OPTIONS, async (request) => {
  const uid = requireUid(request);
  const input = parseRequest('startKpb', request.data);
  return start(firestore(), input, { uid, claims: parseClaims(request.auth?.token) }, new Date());
});
