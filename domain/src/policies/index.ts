export * from './common';
export * from './roleAssignment';
export * from './actOnPart';
export * from './audience';
export * from './claims';
