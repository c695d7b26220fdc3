export * from './programmes';
export * from './traject';
export * from './forms/index';
