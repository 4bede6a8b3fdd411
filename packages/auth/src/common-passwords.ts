/**
 * Common passwords of 12 or more characters (shorter ones are refused by length anyway), drawn
 * from published breach-frequency lists. Compared lower-cased.
 */
export const commonPasswords: ReadonlySet<string> = new Set([
  '123456789012', '1234567890123', '12345678901234', '123456123456', '111111111111', '000000000000',
  '123123123123', '987654321098', '147258369147', '1q2w3e4r5t6y', 'q1w2e3r4t5y6', '1qaz2wsx3edc',
  'qwertyuiop12', 'qwertyuiop123', 'qwertyuiopas', 'qwerty123456', 'qwerty1234567', 'asdfghjkl123',
  'zxcvbnm12345', 'password1234', 'password12345', 'password123!', 'password2024', 'password2025',
  'password2026', 'passwordpassword', 'iloveyou1234', 'welcome12345', 'welcome123456', 'letmein12345',
  'changeme1234', 'administrator', 'administrator1', 'football1234', 'baseball1234', 'sunshine1234',
  'princess1234', 'monkey123456', 'dragon123456', 'abc123456789', 'abcdefghijkl', 'abcd1234abcd',
  'aaaaaaaaaaaa', 'trustno1trustno1', 'superman1234', 'batman123456', 'starwars1234', 'liverpool123',
  'chelsea12345', 'arsenal12345', 'manchester12', 'manchesterunited', 'correcthorsebatterystaple',
  'qazwsxedcrfv', '!qaz2wsx#edc', 'p@ssword1234', 'p@ssw0rd1234', 'passw0rd1234', 'teacher12345',
  'school123456', 'senco1234567', 'england12345', 'london123456', 'summer123456', 'winter123456',
  'autumn123456', 'spring123456', 'january12345', 'september123', 'computer1234', 'internet1234',
]);
