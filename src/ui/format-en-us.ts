// Dates and numbers are written out here rather than with Intl (toLocaleString and friends):
// the first Intl call on a page loads the browser's locale data, 10-20 ms on a laptop and four
// times that on a phone, in the middle of the first render. The app is in US English.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A day as US English writes it in full: "November 26, 2026". */
export function formatLongDate(date: Date): string {
  return `${MONTHS[date.getMonth()]} ${date.getDate()}, ${date.getFullYear()}`;
}

/** A saved time, short, in local time: "Nov 26, 2026, 9:05 AM"; text that is not a date is shown as it is. */
export function formatWhen(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const hours = date.getHours();
  const minutes = String(date.getMinutes()).padStart(2, '0');
  const month = MONTHS[date.getMonth()]?.slice(0, 3);
  return `${month} ${date.getDate()}, ${date.getFullYear()}, ${hours % 12 || 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`;
}

/** A whole number with thousands separators: 12345.6 → "12,346". */
export function formatCount(value: number): string {
  const rounded = Math.round(value);
  const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return rounded < 0 ? `-${digits}` : digits;
}

/** A count with the noun that fits it: "1 super-user", "3 super-users", "1,240 hours". */
export function formatCountOf(value: number, singular: string, plural: string): string {
  return `${formatCount(value)} ${Math.round(value) === 1 ? singular : plural}`;
}

/**
 * A day typed in a date field ("2027-01-15", the form an `<input type="date">` gives) as US
 * English writes it: "January 15, 2027". Read as a calendar day, not as a UTC time (which would
 * print the day before west of Greenwich); anything else is shown as it is.
 */
export function formatInputDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return value;
  return formatLongDate(date);
}
