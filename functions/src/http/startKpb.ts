// Callable: the aios starts a KPB/KVB on their own traject (functions/src/forms/kpb.ts).
import { parseClaims } from '@praktijkvolg/domain';
import { onCall } from 'firebase-functions/v2/https';
import { firestore } from '../firebase.js';
import { parseRequest, requireUid } from '../callable.js';
import { beginKpb } from '../forms/kpb.js';

export const startKpb = onCall(async (request) => {
  const uid = requireUid(request);
  const input = parseRequest('startKpb', request.data);
  return beginKpb(firestore(), input, { uid, claims: parseClaims(request.auth?.token) }, new Date());
});
