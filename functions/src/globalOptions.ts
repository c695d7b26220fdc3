// Options every deployed function shares, set once. index.ts imports this module before any function
// module, because firebase-functions reads the global options when a function is defined.
import { setGlobalOptions } from 'firebase-functions/v2';

export const REGION = 'europe-west1';

setGlobalOptions({ region: REGION });
