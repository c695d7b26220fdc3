// The custom claims of an ID token ({ institute, staff, linkPart }), read the same way by the web app and the
// functions. Parsed by hand, not with zod: the web app's entry chunk needs this on every route.
import { isStaffRole, type StaffRole } from '../programmes';
import type { Actor } from './common';

export interface Claims {
  institute?: string;
  /** Staff roles, set only by the setStaffRoles function; unknown values are dropped. */
  staff: StaffRole[];
  /** '<formId>/<partId>' for a single-use link session. */
  linkPart?: string;
}

export function parseClaims(raw: unknown): Claims {
  const c = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const staff = Array.isArray(c.staff)
    ? c.staff.filter((s): s is string => typeof s === 'string').filter(isStaffRole)
    : [];
  return {
    staff,
    ...(typeof c.institute === 'string' && c.institute !== '' && { institute: c.institute }),
    ...(typeof c.linkPart === 'string' && c.linkPart !== '' && { linkPart: c.linkPart }),
  };
}

/** The actor the policies take (policies/common.ts), from a uid and its parsed claims. */
export function actorOf(uid: string, claims: Claims): Actor {
  return {
    uid,
    staffRoles: claims.staff,
    ...(claims.institute && { institute: claims.institute }),
    ...(claims.linkPart && { linkPart: claims.linkPart }),
  };
}
