// A small subset of Handlebars, enough for metadata-action's rule templates: literal text and
// `{{name}}` / `{{name 'arg' key='value'}}` expressions. Nothing else (no blocks, no partials,
// no HTML escaping: the output is an image tag or a label, never HTML).
import { UsageError } from '../core/errors.js';

/** A template that cannot be read, or names an expression that does not exist there: bad usage. */
export class TemplateError extends UsageError {}

export interface Expression {
  name: string;
  /** positional arguments: quoted strings or bare words */
  args: string[];
  /** key=value arguments (tz='Asia/Tokyo') */
  hash: Record<string, string>;
}

export type Node = { text: string } | { expr: Expression };

/** A helper renders one expression; `args`/`hash` are empty for a plain `{{name}}`. */
export type Helper = (args: string[], hash: Record<string, string>) => string;

const TOKEN = /\s*(?:'([^']*)'|"([^"]*)"|([^\s'"=}]+)(?:=(?:'([^']*)'|"([^"]*)"|([^\s'"}]+)))?)/y;

function parseExpression(body: string, source: string): Expression {
  const args: string[] = [];
  const hash: Record<string, string> = {};
  let name: string | undefined;
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < body.length) {
    if (/^\s*$/.test(body.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(body);
    if (!m || m[0].length === 0) throw new TemplateError(`cannot read the expression {{${body}}} in "${source}"`);
    pos = TOKEN.lastIndex;
    const quoted = m[1] ?? m[2];
    const word = m[3];
    const hashValue = m[4] ?? m[5] ?? m[6];
    if (word !== undefined && hashValue !== undefined) {
      if (name === undefined) throw new TemplateError(`the expression {{${body}}} in "${source}" has no name`);
      hash[word] = hashValue;
    } else if (name === undefined) {
      if (word === undefined) throw new TemplateError(`the expression {{${body}}} in "${source}" has no name`);
      name = word;
    } else args.push(quoted ?? word ?? '');
  }
  if (name === undefined) throw new TemplateError(`empty expression {{}} in "${source}"`);
  return { name, args, hash };
}

/** The text and expressions of a template, in order. */
export function parseTemplate(source: string): Node[] {
  const nodes: Node[] = [];
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf('{{', i);
    if (open < 0) {
      nodes.push({ text: source.slice(i) });
      break;
    }
    if (open > i) nodes.push({ text: source.slice(i, open) });
    const close = source.indexOf('}}', open + 2);
    if (close < 0) throw new TemplateError(`unclosed {{ in "${source}"`);
    nodes.push({ expr: parseExpression(source.slice(open + 2, close), source) });
    i = close + 2;
  }
  return nodes;
}

/** Render a template with these helpers; an expression no helper answers is a TemplateError (handlebars would render it empty). */
export function renderTemplate(source: string, helpers: Record<string, Helper>): string {
  return parseTemplate(source)
    .map((n) => {
      if ('text' in n) return n.text;
      const helper = Object.hasOwn(helpers, n.expr.name) ? helpers[n.expr.name] : undefined;
      if (!helper) throw new TemplateError(`unknown expression {{${n.expr.name}}} in "${source}"; known here: ${Object.keys(helpers).join(', ')}`);
      return helper(n.expr.args, n.expr.hash);
    })
    .join('');
}

/** Whether a pattern is exactly `{{raw}}` (spaces allowed): pre-releases then keep the raw tag rather than {{version}}. */
export function isRawStatement(pattern: string): boolean {
  try {
    const nodes = parseTemplate(pattern);
    const only = nodes[0];
    return nodes.length === 1 && only !== undefined && 'expr' in only && only.expr.name === 'raw';
  } catch {
    return false;
  }
}
