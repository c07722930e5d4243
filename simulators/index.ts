export * from './core/server';
export * from './core/auth';
export * from './core/webhooks';
export * from './core/random';
