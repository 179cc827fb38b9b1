/**
 * Reads a number written in digits with separators: "6,700" → 6700, "4.8" → 4.8, "10 000" → 10000,
 * "1.000.000" → 1000000. A lone dot group of three digits ("10.000") is read as European thousands
 * unless a scale word follows (`scaled`: "1.500 million" stays 1.5). Returns null where unreadable.
 */
export function readDigits(text: string, scaled = false): number | null {
  const s = text.replace(/[ \u00a0\u202f]/g, "");
  if (/^\d+$/.test(s)) return Number(s);
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ""));
  if (/^\d{1,3}(\.\d{3}){2,}(,\d+)?$/.test(s)) return Number(s.replace(/\./g, "").replace(",", "."));
  if (/^\d{1,3}(\.\d{3})+,\d+$/.test(s)) return Number(s.replace(/\./g, "").replace(",", "."));
  if (/^[1-9]\d{0,2}\.\d{3}$/.test(s) && !scaled) return Number(s.replace(".", ""));
  if (/^\d+\.\d+$/.test(s)) return Number(s);
  if (/^\d+,\d{1,2}$/.test(s) || /^\d+,\d{4,}$/.test(s)) return Number(s.replace(",", "."));
  return null;
}

/** Whether a digit string has separators or decimals (a year is written bare: "2023"). */
export function isBareInteger(text: string): boolean {
  return /^\d+$/.test(text);
}
