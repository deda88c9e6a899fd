import { parse } from 'csv-parse/sync';
import { UsageError } from './errors.js';

export interface ListOptions {
  /**
   * true: every comma separates items too (tags, platforms, registries); false: a line is one item
   * and its commas belong to it (build args, cache-to values, labels).
   */
  commas: boolean;
  /** lines starting with # are comments (default true; never for secrets) */
  comments?: boolean;
  /** trim each item (default true; never for secrets, whose values are kept byte for byte) */
  trim?: boolean;
}

/**
 * A list input read the way the GitHub Actions ecosystem reads them (docker's actions and
 * actions-toolkit): newline-separated, each line parsed as CSV, so a double-quoted cell may hold
 * commas and newlines ("KEY=line 1\nline 2"); blank lines dropped (pure).
 */
export function parseList(input: string, o: ListOptions): string[] {
  if (!input.trim()) return [];
  let records: string[][];
  try {
    records = parse(input, {
      columns: false,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      comment: o.comments === false ? undefined : '#',
      comment_no_infix: true,
      trim: false,
    }) as string[][];
  } catch (err) {
    throw new UsageError(`a list value could not be read as CSV lines: ${(err as Error).message.split('\n')[0]}`);
  }
  const items: string[] = [];
  for (const record of records) {
    if (o.commas) items.push(...record);
    else items.push(record.join(','));
  }
  const trim = o.trim !== false;
  return items.map((s) => (trim ? s.trim() : s)).filter((s) => s.trim() !== '');
}
