// HTTP: a person's calendar feed, GET <APP_URL>/agenda/<secret>.ics (firebase.json rewrites /agenda/** here;
// `?token=<secret>` works too). Calendar apps (Outlook, Google Calendar) subscribe to it. Unknown, revoked and
// malformed secrets all get the same 404. Never cached by a shared cache: the URL is the credential.
import { onRequest } from 'firebase-functions/v2/https';
import { log } from '../log.js';
import { readCalendarFeed, secretFromRequest } from '../calendar/feed.js';
import { appUrl } from '../config.js';
import { firestore } from '../firebase.js';

export const calendarFeed = onRequest({ memory: '256MiB' }, async (req, res) => {
  res.set('Cache-Control', 'private, no-store');
  res.set('X-Robots-Tag', 'noindex, nofollow');
  res.set('Referrer-Policy', 'no-referrer');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.status(405).set('Allow', 'GET, HEAD').type('text/plain').send('Gebruik GET.');
    return;
  }
  const secret = secretFromRequest(req.path, req.query as Record<string, unknown>);
  const feed = secret ? await readCalendarFeed(firestore(), secret, new Date(), appUrl()) : null;
  if (!feed) {
    res.status(404).type('text/plain').send('Deze agenda bestaat niet (meer).');
    return;
  }
  log.info('calendar: served', { uid: feed.uid, events: feed.events });
  res
    .status(200)
    .set('Content-Type', 'text/calendar; charset=utf-8')
    .set('Content-Disposition', 'inline; filename="praktijkvolg.ics"')
    .send(feed.ics);
});
