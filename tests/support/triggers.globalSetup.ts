// Once per stack run: Firestore triggers on, for real, whatever an earlier (perhaps interrupted) run left
// behind. From here on the suites keep them on between files and skip switches to the state they are in
// (setBackgroundTriggers in stack.ts).
import { closeAdmin, setBackgroundTriggers } from './stack.js';

export default async function setup(): Promise<void> {
  await setBackgroundTriggers(true, { force: true });
  await closeAdmin();
}
