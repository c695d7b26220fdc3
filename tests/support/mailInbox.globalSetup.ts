// A real SMTP inbox for the whole test run: the functions emulator delivers to it over SMTP and tests read
// it through maildev's REST API (GET /email), the same inbox `npm start` shows in the browser.
import MailDev from 'maildev';
import { TEST_HOSTS } from './ports.js';

export default async function setup(): Promise<() => Promise<void>> {
  const maildev = new MailDev({
    smtp: TEST_HOSTS.smtpPort,
    web: TEST_HOSTS.mailWebPort,
    ip: '127.0.0.1',
    silent: true,
  });
  await new Promise<void>((resolve, reject) => maildev.listen((err) => (err ? reject(err) : resolve())));
  return () => new Promise<void>((resolve) => maildev.close(() => resolve()));
}
