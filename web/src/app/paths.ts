import { parseAppPath, ROUTES } from '@praktijkvolg/domain';

/**
 * Where to go after signing in (`?next=`): only a path of one of the app's routes (domain parseAppPath: parsed,
 * never another host, no backslashes); anything else goes to the home page.
 */
export function safeNext(raw: string | null | undefined): string {
  return parseAppPath(raw) ?? ROUTES.home;
}

export const EMAIL_FOR_SIGN_IN = 'pv:emailForSignIn';
