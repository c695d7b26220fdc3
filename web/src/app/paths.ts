/** An in-app path to return to after sign-in; anything else (absolute URLs, //host) falls back to '/'. */
export function safeNext(raw: string | null | undefined): string {
  if (!raw) return '/';
  return /^\/(?!\/)[^\s]*$/.test(raw) && raw.length <= 500 ? raw : '/';
}

export const EMAIL_FOR_SIGN_IN = 'pv:emailForSignIn';
