// Wiring only: every export is one deployed function, defined in its own file under triggers/ or http/.
// First: the shared options (region) must be set before any function below is defined.
import './globalOptions.js';
// Send-time preparers register by mail purpose when their module loads (mail/prepare.ts).
import './reminders/sendTime.js';
import './links/signIn.js';
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
export { askRaterToFill } from './http/askRaterToFill.js';
export { submitDossierLeoh } from './http/submitDossierLeoh.js';
export { setStaffRoles } from './http/setStaffRoles.js';
export { upsertPerson } from './http/upsertPerson.js';
export { exportDossier } from './http/exportDossier.js';
export { exportInzage } from './http/exportInzage.js';
export { retentionJob } from './triggers/retentionJob.js';
export { runRetentionJob } from './http/runRetentionJob.js';
export { setRetention } from './http/setRetention.js';
export { shareLearnerReport } from './http/shareLearnerReport.js';
export { teamOverview } from './http/teamOverview.js';
export { setLegalHold } from './http/setLegalHold.js';
export { beforeUserCreated } from './triggers/beforeUserCreated.js';
export { calendarFeed } from './http/calendarFeed.js';
export { calendarFeedStatus } from './http/calendarFeedStatus.js';
export { renewCalendarFeed } from './http/renewCalendarFeed.js';
export { revokeCalendarFeed } from './http/revokeCalendarFeed.js';
export { importCohort } from './http/importCohort.js';
export { remindNow } from './http/remindNow.js';
export { reopenPart } from './http/reopenPart.js';
export { startKpb } from './http/startKpb.js';
