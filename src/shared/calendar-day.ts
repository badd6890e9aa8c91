/**
 * True for a calendar day written YYYY-MM-DD ("2024-02-29", not "2023-02-29" nor "2023-13-01"),
 * proleptic Gregorian as Date reads it (a property test holds the two equal). Counted, not
 * parsed: validating a dataset checks five dates a project, and making a Date for each took
 * ~0.3 s of a first launch at 100,000 projects (profiled).
 */
export function isCalendarDay(text: string): boolean {
  if (text.length !== 10 || text[4] !== '-' || text[7] !== '-') return false
  const year = digits(text, 0, 4)
  const month = digits(text, 5, 7)
  const day = digits(text, 8, 10)
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/** The number written by text[from..to), or -1 if any of it is not an ASCII digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i) - 48
    if (code < 0 || code > 9) return -1
    value = value * 10 + code
  }
  return value
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}
