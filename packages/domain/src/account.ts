import { z } from 'zod';

/** Sign-in form. Messages in GOV.UK style. */
export const signInInput = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Enter your email address')
    .max(320, 'Email address must be 320 characters or fewer'),
  password: z.string().min(1, 'Enter your password').max(1024, 'Password must be 1,024 characters or fewer'),
});
export type SignInInput = z.infer<typeof signInInput>;

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1, 'Enter your current password').max(1024),
  newPassword: z.string().min(1, 'Enter a new password').max(1024),
});
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

/** An LA's own idle timeout for its staff (security.md: LAs commonly want about 30 minutes). */
export const setStaffIdleTimeout = z.object({
  idleMinutes: z
    .number('Enter a number of minutes')
    .int('Enter a whole number of minutes')
    .min(5, 'The idle timeout must be 5 minutes or more')
    .max(480, 'The idle timeout must be 480 minutes (8 hours) or fewer')
    .nullable(),
});
export type SetStaffIdleTimeout = z.infer<typeof setStaffIdleTimeout>;
