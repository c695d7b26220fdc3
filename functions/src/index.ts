// Wiring only: every export is one deployed function, defined in its own file under triggers/ or http/.
export { mailWritten } from './triggers/mailWritten.js';
export { mailRequeue } from './triggers/mailRequeue.js';
export { trajectWritten } from './triggers/trajectWritten.js';
export { partWritten } from './triggers/partWritten.js';
export { reminderJob } from './triggers/reminderJob.js';
export { runReminderJob } from './http/runReminderJob.js';
export { sendSignInLink } from './http/sendSignInLink.js';
export { peekLinkToken } from './http/peekLinkToken.js';
export { redeemLinkToken } from './http/redeemLinkToken.js';
export { requestNewLink } from './http/requestNewLink.js';
export { inviteRater } from './http/inviteRater.js';
export { submitDossierLeoh } from './http/submitDossierLeoh.js';
export { setStaffRoles } from './http/setStaffRoles.js';
export { upsertPerson } from './http/upsertPerson.js';
