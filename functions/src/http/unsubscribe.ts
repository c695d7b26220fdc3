// HTTP: one-click unsubscribe from an optional mail topic, <APP_URL>/afmelden/<token> (firebase.json rewrites
// /afmelden/** here; the local stacks proxy it). GET shows a Dutch confirmation page with one button and changes
// nothing (mail scanners open every link); POST (the button, or a mail client's RFC 8058 one-click POST with
// `List-Unsubscribe=One-Click`) switches the topic off. The token is the credential: mail/unsubscribe.ts.
import { onRequest } from 'firebase-functions/v2/https';
import { UNSUBSCRIBE_SECRET, unsubscribeKey } from '../config.js';
import { firestore } from '../firebase.js';
import { log } from '../log.js';
import { applyUnsubscribe, readUnsubscribe, tokenFromRequest, unsubscribePage } from '../mail/unsubscribe.js';

export const unsubscribe = onRequest(
  { memory: '256MiB', secrets: [UNSUBSCRIBE_SECRET] },
  async (req, res) => {
    res.set('Cache-Control', 'private, no-store');
    res.set('X-Robots-Tag', 'noindex, nofollow');
    res.set('Referrer-Policy', 'no-referrer');
    res.set(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    );
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'POST') {
      res.status(405).set('Allow', 'GET, HEAD, POST').type('text/plain').send('Gebruik GET of POST.');
      return;
    }
    const token = tokenFromRequest(req.path, req.query as Record<string, unknown>) ?? '';
    const key = unsubscribeKey();
    const post = req.method === 'POST';
    const state = post
      ? await applyUnsubscribe(firestore(), key, token, new Date())
      : await readUnsubscribe(firestore(), key, token);
    if (post)
      log.info('unsubscribe: posted', {
        ok: state.kind === 'valid',
        ...(state.kind === 'valid' && { uid: state.uid, topic: state.topic }),
      });
    const { status, html } = unsubscribePage(state, post);
    res.status(status).type('text/html; charset=utf-8').send(html);
  },
);
