/** Codes that name schools, providers and local authorities (Get Information About Schools, UKRLP, DfE). */

/** School unique reference number: 6 digits. */
export function isValidUrn(value: string): boolean {
  return /^\d{6}$/.test(value.trim());
}

/** DfE local authority number: 3 digits (e.g. 886 Kent, 202 Camden). */
export function isValidLaCode(value: string): boolean {
  return /^\d{3}$/.test(value.trim());
}

/** LAESTAB: the 3-digit DfE LA number then the 4-digit establishment number. */
export function isValidLaestab(value: string): boolean {
  return /^\d{7}$/.test(value.trim());
}

/** UK provider reference number: 8 digits starting with 1. */
export function isValidUkprn(value: string): boolean {
  return /^1\d{7}$/.test(value.trim());
}
