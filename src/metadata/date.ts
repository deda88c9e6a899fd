// Dates for `{{date 'FORMAT' tz='ZONE'}}` and `{{commit_date …}}`: a subset of moment's format
// tokens (what tags use), rendered in an IANA time zone through Intl. Default zone UTC.
import { TemplateError } from './template.js';

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** minutes east of UTC */
  offset: number;
}

function partsIn(date: Date, tz: string): Parts {
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
  } catch {
    throw new TemplateError(`unknown time zone tz='${tz}' (an IANA name such as UTC or Europe/Paris)`);
  }
  const get = (type: string) => Number(fmt.formatToParts(date).find((p) => p.type === type)?.value ?? 0);
  const p = { year: get('year'), month: get('month'), day: get('day'), hour: get('hour') % 24, minute: get('minute'), second: get('second') };
  const ms = date.getUTCMilliseconds();
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, ms);
  return { ...p, ms, offset: Math.round((wall - date.getTime()) / 60_000) };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function offset(min: number, colon: boolean): string {
  const sign = min < 0 ? '-' : '+';
  const a = Math.abs(min);
  return `${sign}${pad(Math.floor(a / 60))}${colon ? ':' : ''}${pad(a % 60)}`;
}

/** Longest first: the tokens understood, each rendered from the zone's wall clock. */
const TOKENS: [string, (p: Parts, d: Date) => string][] = [
  ['YYYY', (p) => pad(p.year, 4)],
  ['SSS', (p) => pad(p.ms, 3)],
  ['YY', (p) => pad(p.year % 100)],
  ['MM', (p) => pad(p.month)],
  ['DD', (p) => pad(p.day)],
  ['HH', (p) => pad(p.hour)],
  ['hh', (p) => pad(p.hour % 12 || 12)],
  ['mm', (p) => pad(p.minute)],
  ['ss', (p) => pad(p.second)],
  ['SS', (p) => pad(Math.floor(p.ms / 10))],
  ['ZZ', (p) => offset(p.offset, false)],
  ['M', (p) => String(p.month)],
  ['D', (p) => String(p.day)],
  ['H', (p) => String(p.hour)],
  ['h', (p) => String(p.hour % 12 || 12)],
  ['m', (p) => String(p.minute)],
  ['s', (p) => String(p.second)],
  ['S', (p) => String(Math.floor(p.ms / 100))],
  ['A', (p) => (p.hour < 12 ? 'AM' : 'PM')],
  ['a', (p) => (p.hour < 12 ? 'am' : 'pm')],
  ['Z', (p) => offset(p.offset, true)],
  ['X', (_p, d) => String(Math.floor(d.getTime() / 1000))],
  ['x', (_p, d) => String(d.getTime())],
];

/** Letters moment reads as tokens: one of these outside the supported set is an error, not literal text. */
const MOMENT_LETTERS = /[YMQDdeEwWgGAaHhkmsSZXxNzo]/;

/** The supported format tokens, for messages and docs. */
export const DATE_TOKENS = TOKENS.map(([t]) => t);

/**
 * `date` rendered like moment(date).tz(tz).format(format) for the tokens in DATE_TOKENS; text in
 * [brackets] is literal, other characters are copied. A moment token outside the subset (MMMM,
 * dddd, Do, …) is a TemplateError rather than a silently different tag.
 */
export function formatDate(date: Date, format: string, tz = 'UTC'): string {
  const p = partsIn(date, tz);
  let out = '';
  let i = 0;
  while (i < format.length) {
    const c = format[i] as string;
    if (c === '[') {
      const end = format.indexOf(']', i + 1);
      if (end < 0) throw new TemplateError(`unclosed [ in the date format '${format}'`);
      out += format.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    const tok = TOKENS.find(([t]) => format.startsWith(t, i));
    const run = /^([A-Za-z])\1*/.exec(format.slice(i))?.[0] ?? c;
    if (tok && (tok[0].length === run.length || !MOMENT_LETTERS.test(c))) {
      out += tok[1](p, date);
      i += tok[0].length;
      continue;
    }
    if (MOMENT_LETTERS.test(c)) throw new TemplateError(`the date token ${run} in '${format}' is not supported; supported: ${DATE_TOKENS.join(' ')}`);
    out += c;
    i++;
  }
  return out;
}
