/** The reference a school quotes: DfE LA code, year of receipt, number within the LA and year. */
export function formatRequestReference(laCode: string, year: number, number: number): string {
  return `${laCode}-${year}-${String(number).padStart(5, '0')}`;
}

export const requestReferencePattern = /^\d{3}-\d{4}-\d{5,}$/;
