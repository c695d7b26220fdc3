export * from './programmes';
export * from './traject';
export * from './forms/index';
export * from './dates';
export * from './schedule';
export * from './policies/index';
export * from './learnerReport';
