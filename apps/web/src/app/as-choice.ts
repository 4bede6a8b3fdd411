/**
 * A radio or select answer typed as the option the server expects. It may be '' (nothing chosen
 * yet): it is sent as it is, so the server's message says what to choose, as for every other field.
 */
export function asChoice<T extends string>(value: string): T {
  return value as T;
}
