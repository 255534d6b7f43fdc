/**
 * A subset of Go's text/template (https://pkg.go.dev/text/template), as OPA's
 * `strings.render_template` runs it over a Rego object: text, `{{pipeline}}` with `{{-`/`-}}`
 * trimming and comments; pipelines of one operand (`.`, `.a.b`, `$`, `$x.a`, string, number,
 * boolean literals); `if`/`else if`/`else`, `range` (`range $i, $v := p`, `range $v := p`,
 * `range p`, with `else`), `with`, `end`. Values print as Go's fmt `%v` prints the decoded JSON
 * (arrays `[a b]`, objects `map[k:v]`), a missing key as `<undefined>` (OPA's choice).
 * Anything else (functions, pipes, `define`/`template`/`block`) is a template error.
 *
 * @throws Error `template: ...` for a template outside the subset or malformed.
 */
import { numText, RObject, RSet, type Value } from './value.js';

type Node =
  | { k: 'text'; s: string }
  | { k: 'out'; p: Operand }
  | { k: 'if'; p: Operand; then: Node[]; else: Node[] }
  | { k: 'with'; p: Operand; then: Node[]; else: Node[] }
  | { k: 'range'; p: Operand; keyVar?: string; valVar?: string; body: Node[]; else: Node[] };

type Operand = { k: 'lit'; v: Value } | { k: 'path'; root: string; keys: string[] };

const MISSING = Symbol('missing');
type Val = Value | typeof MISSING;

function fail(msg: string): never {
  throw new Error(`template: ${msg}`);
}

interface Action {
  text: string;
}

/** Splits the template into text and action tokens, applying `{{-` / `-}}` trimming. */
function tokenize(src: string): (string | Action)[] {
  const out: (string | Action)[] = [];
  let i = 0;
  while (i < src.length) {
    const open = src.indexOf('{{', i);
    if (open < 0) {
      out.push(src.slice(i));
      break;
    }
    let text = src.slice(i, open);
    let j = open + 2;
    if (src[j] === '-' && /\s/.test(src[j + 1] ?? '')) {
      text = text.replace(/\s+$/, '');
      j++;
    }
    const close = src.indexOf('}}', j);
    if (close < 0) fail('unclosed action');
    let inner = src.slice(j, close);
    let next = close + 2;
    if (/\s-$/.test(inner)) {
      inner = inner.slice(0, -1);
      const m = /^\s*/.exec(src.slice(next))!;
      next += m[0].length;
    }
    if (text) out.push(text);
    const t = inner.trim();
    if (!(t.startsWith('/*') && t.endsWith('*/'))) out.push({ text: t });
    i = next;
  }
  return out;
}

function operand(s: string): Operand {
  s = s.trim();
  if (s === '.') return { k: 'path', root: '.', keys: [] };
  if (/^"(?:[^"\\]|\\.)*"$/.test(s)) return { k: 'lit', v: JSON.parse(s) as string };
  if (/^`[^`]*`$/.test(s)) return { k: 'lit', v: s.slice(1, -1) };
  if (/^-?\d+(\.\d+)?$/.test(s)) return { k: 'lit', v: Number(s) };
  if (s === 'true' || s === 'false') return { k: 'lit', v: s === 'true' };
  if (s === 'nil') return { k: 'lit', v: null };
  const m = /^(\$[A-Za-z0-9_]*|)((?:\.[A-Za-z0-9_]+)*)$/.exec(s);
  if (!m || (m[1] === '' && m[2] === '')) fail(`unsupported pipeline ${JSON.stringify(s)}`);
  return { k: 'path', root: m[1] || '.', keys: m[2] ? m[2].slice(1).split('.') : [] };
}

function parse(tokens: (string | Action)[]): Node[] {
  let i = 0;
  // returns the nodes up to an `end`/`else` action (left unconsumed) or the end of input
  const list = (): Node[] => {
    const nodes: Node[] = [];
    while (i < tokens.length) {
      const t = tokens[i];
      if (typeof t === 'string') {
        nodes.push({ k: 'text', s: t });
        i++;
        continue;
      }
      const [word] = t.text.split(/\s+/, 1);
      if (word === 'end' || word === 'else') return nodes;
      i++;
      if (word === 'if' || word === 'with') nodes.push(branch(word, t.text.slice(word.length)));
      else if (word === 'range') nodes.push(range(t.text.slice(5)));
      else if (['define', 'template', 'block', 'break', 'continue'].includes(word) || t.text.includes('|'))
        fail(`unsupported action {{${t.text}}}`);
      else nodes.push({ k: 'out', p: operand(t.text) });
    }
    return nodes;
  };
  const tail = (): Node[] => {
    const t = tokens[i] as Action | undefined;
    if (!t || typeof t === 'string') fail('unexpected EOF');
    i++;
    if (t.text === 'end') return [];
    if (t.text === 'else') {
      const nodes = list();
      expectEnd();
      return nodes;
    }
    const m = /^else\s+(if|with)\s+(.*)$/.exec(t.text);
    if (!m) fail(`unexpected {{${t.text}}}`);
    return [branch(m[1] as 'if' | 'with', m[2])];
  };
  const expectEnd = (): void => {
    const t = tokens[i];
    if (!t || typeof t === 'string' || t.text !== 'end') fail('expected {{end}}');
    i++;
  };
  const branch = (k: 'if' | 'with', cond: string): Node => {
    const then = list();
    return { k, p: operand(cond), then, else: tail() };
  };
  const range = (spec: string): Node => {
    const m = /^\s*(?:(\$[A-Za-z0-9_]*)\s*(?:,\s*(\$[A-Za-z0-9_]*)\s*)?:=)?\s*(.+)$/.exec(spec);
    if (!m) fail('bad range');
    const [keyVar, valVar] = m[2] ? [m[1], m[2]] : [undefined, m[1]];
    const body = list();
    return { k: 'range', p: operand(m[3]), keyVar, valVar, body, else: tail() };
  };
  const nodes = list();
  if (i < tokens.length) fail(`unexpected {{${(tokens[i] as Action).text}}}`);
  return nodes;
}

function lookup(v: Val, key: string): Val {
  if (v instanceof RObject) {
    const x = v.get(key);
    return x === undefined ? MISSING : x;
  }
  if (v === MISSING || v === null) return MISSING;
  fail(`can't evaluate field ${key} in type ${Array.isArray(v) ? '[]interface {}' : typeof v}`);
}

function truthy(v: Val): boolean {
  if (v === MISSING || v === null || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof RObject || v instanceof RSet) return v.size > 0;
  return true;
}

/** Go's fmt %v of a value decoded from JSON. */
function goText(v: Val): string {
  if (v === MISSING) return '<undefined>';
  if (v === null) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number' || typeof v === 'bigint') return numText(v);
  if (Array.isArray(v)) return '[' + v.map(goText).join(' ') + ']';
  if (v instanceof RSet) return '[' + v.sorted().map(goText).join(' ') + ']';
  if (v instanceof RObject)
    return (
      'map[' +
      v
        .sortedEntries()
        .map(([k, x]) => `${goText(k)}:${goText(x)}`)
        .join(' ') +
      ']'
    );
  return String(v);
}

/** Renders `template` with `data` as dot. */
export function renderGoTemplate(template: string, data: Value): string {
  const nodes = parse(tokenize(template));
  let out = '';
  const run = (ns: Node[], dot: Val, vars: Map<string, Val>): void => {
    const val = (p: Operand): Val => {
      if (p.k === 'lit') return p.v;
      let v: Val;
      if (p.root === '.') v = dot;
      else if (p.root === '$') v = data;
      else if (vars.has(p.root)) v = vars.get(p.root)!;
      else fail(`undefined variable "${p.root}"`);
      for (const key of p.keys) v = lookup(v, key);
      return v;
    };
    for (const n of ns) {
      switch (n.k) {
        case 'text':
          out += n.s;
          break;
        case 'out':
          out += goText(val(n.p));
          break;
        case 'if':
        case 'with': {
          const v = val(n.p);
          if (truthy(v)) run(n.then, n.k === 'with' ? v : dot, vars);
          else run(n.else, dot, vars);
          break;
        }
        case 'range': {
          const v = val(n.p);
          const items: [Value, Value][] = Array.isArray(v)
            ? v.map((x, i) => [i, x])
            : v instanceof RObject
              ? v.sortedEntries()
              : v instanceof RSet
                ? v.sorted().map((x, i) => [i, x])
                : v === MISSING || v === null
                  ? []
                  : fail(`range can't iterate over ${goText(v)}`);
          if (items.length === 0) run(n.else, dot, vars);
          for (const [k, x] of items) {
            const inner = new Map(vars);
            if (n.keyVar) inner.set(n.keyVar, k);
            if (n.valVar) inner.set(n.valVar, x);
            run(n.body, x, inner);
          }
          break;
        }
      }
    }
  };
  run(nodes, data, new Map());
  return out;
}
