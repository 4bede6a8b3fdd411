export type { AppRouter } from './routers';
export { createApp } from './app';
