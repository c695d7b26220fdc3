// The test stack's addresses (firebase.test.json and functions/.env.demo-praktijkvolg-test agree with these).
export const TEST_PROJECT_ID = 'demo-praktijkvolg-test';
export const TEST_HOSTS = {
  firestore: '127.0.0.1:18080',
  auth: '127.0.0.1:19099',
  functions: '127.0.0.1:15001',
  smtpPort: 12525,
  mailWebPort: 11080,
  webPort: 14173,
  hub: '127.0.0.1:14400',
} as const;
/** The web app on the test stack: the APP_URL the functions put in mails (functions/.env.demo-praktijkvolg-test). */
export const APP_URL = `http://127.0.0.1:${TEST_HOSTS.webPort}`;
export const FUNCTIONS_REGION = 'europe-west1';
