export * from './classes';
export * from './forfeiture';
export * from './membership';
export * from './plans';
export * from './refunds';
export * from './revolving';
