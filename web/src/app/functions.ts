// Callable functions client, in its own module so a route that calls a function (the single-use link) does
// not also load Firestore.
import { connectFunctionsEmulator, getFunctions } from 'firebase/functions';
import { app, emulators } from './firebaseApp';

export const functions = getFunctions(app, 'europe-west1');
if (emulators) connectFunctionsEmulator(functions, '127.0.0.1', emulators.functions);
