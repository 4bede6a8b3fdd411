export * from './password';
export * from './session-token';
export * from './session-lifetime';
export * from './sign-in-throttle';
