/**
 * Lexer and recursive-descent parser for Rego v1 (https://www.openpolicyagent.org/docs/policy-reference#grammar).
 * Operator precedence as OPA's parser: `:=`/`=` (expression level) < `in` < relational
 * (`==` `!=` `<` `<=` `>` `>=`) < `|` < `&` < `+` `-` < `*` `/` `%`.
 * Errors are `rego_parse_error` with file:row:col.
 */
import type { Expr, ExprBody, Import, Loc, Module, Rule, RuleHead, Term, With } from './ast.js';
import { RegoErrors } from './errors.js';
import YAML from 'yaml';
import { normBig, type Value } from './value.js';

type TokKind = 'ident' | 'string' | 'number' | 'punct' | 'eof' | 'template';

/** A part of a template string: literal text, or an embedded expression's source and position. */
export type TemplatePart = { lit: string } | { expr: string; row: number; col: number };
interface Tok {
  kind: TokKind;
  text: string;
  value?: string | number | bigint;
  parts?: TemplatePart[];
  pos: number;
  end: number;
  row: number;
  col: number;
  /** preceded by a newline */
  nl: boolean;
  /** preceded by whitespace or comment */
  ws: boolean;
}

const PUNCT = [
  ':=',
  '==',
  '!=',
  '<=',
  '>=',
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  '.',
  ',',
  ';',
  ':',
  '=',
  '<',
  '>',
  '+',
  '-',
  '*',
  '/',
  '%',
  '|',
  '&',
];

const FUTURE_KW = new Set(['if', 'contains', 'every', 'in']);

export const KEYWORDS = new Set([
  'package',
  'import',
  'default',
  'if',
  'else',
  'contains',
  'some',
  'every',
  'in',
  'not',
  'with',
  'as',
  'true',
  'false',
  'null',
]);

function parseError(file: string, row: number, col: number, message: string): never {
  throw new RegoErrors([{ code: 'rego_parse_error', message, location: { file, row, col } }]);
}

/** Splits source text into tokens. */
export function lex(file: string, src: string, startRow = 1, startCol = 1, comments?: { row: number; text: string }[]): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  let row = startRow;
  let lineStart = -(startCol - 1);
  let nl = true;
  let ws = true;
  const n = src.length;
  while (i < n) {
    const c = src[i];
    if (c === '\n') {
      i++;
      row++;
      lineStart = i;
      nl = true;
      ws = true;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      ws = true;
      continue;
    }
    if (c === '#') {
      const s0 = i;
      while (i < n && src[i] !== '\n') i++;
      comments?.push({ row, text: src.slice(s0 + 1, i) });
      ws = true;
      continue;
    }
    const start = i;
    const col = i - lineStart + 1;
    const tok = (kind: TokKind, text: string, value?: string | number | bigint): void => {
      toks.push({ kind, text, value, pos: start, end: i, row, col, nl, ws });
      nl = false;
      ws = false;
    };
    if (/[A-Za-z_]/.test(c)) {
      while (i < n && /[A-Za-z0-9_]/.test(src[i])) i++;
      tok('ident', src.slice(start, i));
      continue;
    }
    if (/[0-9]/.test(c)) {
      while (i < n && /[0-9]/.test(src[i])) i++;
      if (src[i] === '.' && /[0-9]/.test(src[i + 1] ?? '')) {
        i++;
        while (i < n && /[0-9]/.test(src[i])) i++;
      }
      if (src[i] === 'e' || src[i] === 'E') {
        let j = i + 1;
        if (src[j] === '+' || src[j] === '-') j++;
        if (/[0-9]/.test(src[j] ?? '')) {
          i = j;
          while (i < n && /[0-9]/.test(src[i])) i++;
        }
      }
      const text = src.slice(start, i);
      tok('number', text);
      continue;
    }
    if (c === '$' && (src[i + 1] === '"' || src[i + 1] === '`')) {
      // template string (string interpolation): $"... {expr} ..." or $`...`
      const raw = src[i + 1] === '`';
      const close = raw ? '`' : '"';
      i += 2;
      const parts: TemplatePart[] = [];
      let lit = '';
      for (;;) {
        if (i >= n || (!raw && src[i] === '\n')) parseError(file, row, col, 'non-terminated template string');
        const d = src[i];
        if (d === close) {
          i++;
          break;
        }
        if (d === '\\' && src[i + 1] === '{') {
          lit += '{';
          i += 2;
          continue;
        }
        if (!raw && d === '\\') {
          const e = src[i + 1];
          const map: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
          if (e in map) {
            lit += map[e];
            i += 2;
          } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) {
            lit += String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16));
            i += 6;
          } else parseError(file, row, i - lineStart + 1, 'illegal escape sequence');
          continue;
        }
        if (d === '{') {
          if (lit) parts.push({ lit });
          lit = '';
          const eRow = row;
          const eCol = i + 1 - lineStart + 1;
          let j = i + 1;
          let depth = 1;
          while (j < n && depth > 0) {
            const x = src[j];
            if (x === '"' || x === '`') {
              j++;
              while (j < n && src[j] !== x) {
                if (x === '"' && src[j] === '\\') j++;
                j++;
              }
              j++;
              continue;
            }
            if (x === '\n') {
              row++;
              lineStart = j + 1;
            }
            if (x === '{') depth++;
            else if (x === '}') depth--;
            j++;
          }
          if (depth > 0) parseError(file, row, col, 'non-terminated template expression');
          parts.push({ expr: src.slice(i + 1, j - 1), row: eRow, col: eCol });
          i = j;
          continue;
        }
        if (d === '\n') {
          row++;
          lineStart = i + 1;
        }
        lit += d;
        i++;
      }
      if (lit) parts.push({ lit });
      toks.push({ kind: 'template', text: src.slice(start, i), parts, pos: start, end: i, row, col, nl, ws });
      nl = false;
      ws = false;
      continue;
    }
    if (c === '"') {
      i++;
      let s = '';
      for (;;) {
        if (i >= n || src[i] === '\n') parseError(file, row, col, 'non-terminated string');
        const d = src[i];
        if (d === '"') {
          i++;
          break;
        }
        if (d === '\\') {
          const e = src[i + 1];
          const map: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
          if (e in map) {
            s += map[e];
            i += 2;
          } else if (e === 'u') {
            const hex = src.slice(i + 2, i + 6);
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) parseError(file, row, col, 'illegal escape sequence');
            s += String.fromCharCode(parseInt(hex, 16));
            i += 6;
          } else parseError(file, row, i - lineStart + 1, `illegal escape sequence`);
          continue;
        }
        s += d;
        i++;
      }
      tok('string', src.slice(start, i), s);
      continue;
    }
    if (c === '`') {
      i++;
      const s0 = i;
      while (i < n && src[i] !== '`') {
        if (src[i] === '\n') {
          row++;
          lineStart = i + 1;
        }
        i++;
      }
      if (i >= n) parseError(file, row, col, 'non-terminated raw string');
      const s = src.slice(s0, i);
      i++;
      toks.push({ kind: 'string', text: src.slice(start, i), value: s, pos: start, end: i, row: toks.length ? row : row, col, nl, ws });
      nl = false;
      ws = false;
      continue;
    }
    let p: string | undefined;
    for (const q of PUNCT) {
      if (src.startsWith(q, i)) {
        p = q;
        break;
      }
    }
    if (!p) parseError(file, row, col, `illegal token '${c}'`);
    i += p.length;
    tok('punct', p);
  }
  toks.push({ kind: 'eof', text: '', pos: n, end: n, row, col: n - lineStart + 1, nl: true, ws: true });
  return toks;
}

/** Parses a number literal into an exact engine number. */
export function parseNumber(text: string): Value {
  if (/^-?[0-9]+$/.test(text)) {
    const b = BigInt(text);
    return normBig(b);
  }
  // a decimal or exponent form: exact when it is an integer in disguise (e.g. 1e3)
  const m = /^(-?)([0-9]+)(?:\.([0-9]+))?(?:[eE]([+-]?[0-9]+))?$/.exec(text);
  if (m) {
    const frac = (m[3] ?? '').replace(/0+$/, '');
    const exp = Number(m[4] ?? 0);
    if (exp - frac.length >= 0 && exp < 100000) {
      const b = BigInt(m[2] + frac + '0'.repeat(exp - frac.length));
      return normBig(m[1] ? -b : b);
    }
  }
  return Number(text);
}

class Parser {
  i = 0;
  /** Rego v0 syntax (`opa --v0-compatible`): bodies without `if`, `p[x] { }` partial sets */
  v0 = false;
  /** future keywords active in v0 (via `import future.keywords[.kw]` or `import rego.v1`) */
  v0kw = new Set<string>();
  /** `not { body }` is allowed (the module imports rego.v2 or future.keywords.not) */
  notBody = false;
  isKw(text: string): boolean {
    if (!KEYWORDS.has(text)) return false;
    if (this.v0 && FUTURE_KW.has(text)) return this.v0kw.has(text);
    return true;
  }
  constructor(
    readonly file: string,
    readonly src: string,
    readonly toks: Tok[],
    readonly comments: { row: number; text: string }[] = [],
  ) {}

  /**
   * The `# METADATA` block ending on the line above `row`, parsed as YAML
   * (https://www.openpolicyagent.org/docs/policy-language#metadata).
   */
  annotationsAbove(row: number): Record<string, unknown> | undefined {
    const byRow = new Map(this.comments.map((c) => [c.row, c.text]));
    let r = row - 1;
    const lines: string[] = [];
    while (byRow.has(r)) {
      const t = byRow.get(r)!;
      if (t.trim() === 'METADATA') {
        const text = lines
          .reverse()
          .map((l) => (l.startsWith(' ') ? l.slice(1) : l))
          .join('\n');
        try {
          const v = YAML.parse(text) as unknown;
          return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
        } catch (e) {
          this.err(`invalid METADATA block: ${(e as Error).message.split('\n')[0]}`, this.toks.find((t) => t.row >= r) ?? this.tok);
        }
      }
      lines.push(t);
      r--;
    }
    return undefined;
  }

  get tok(): Tok {
    return this.toks[this.i];
  }
  peek(k = 1): Tok {
    return this.toks[Math.min(this.i + k, this.toks.length - 1)];
  }
  loc(t: Tok = this.tok): Loc {
    return { file: this.file, row: t.row, col: t.col };
  }
  err(msg: string, t: Tok = this.tok): never {
    parseError(this.file, t.row, t.col, msg);
  }
  is(text: string): boolean {
    const t = this.tok;
    if (t.kind === 'ident' && t.text === text && FUTURE_KW.has(text)) return this.isKw(text);
    return (t.kind === 'punct' || t.kind === 'ident') && t.text === text;
  }
  accept(text: string): boolean {
    if (this.is(text)) {
      this.i++;
      return true;
    }
    return false;
  }
  expect(text: string): Tok {
    if (!this.is(text)) this.err(`unexpected ${this.describe(this.tok)}, expected ${text}`);
    return this.toks[this.i++];
  }
  describe(t: Tok): string {
    if (t.kind === 'eof') return 'eof token';
    if (t.kind === 'ident') return this.isKw(t.text) ? `${t.text} keyword` : `ident token`;
    if (t.kind === 'string') return 'string token';
    if (t.kind === 'number') return 'number token';
    return `${t.text} token`;
  }

  // ---------- module ----------
  parseModule(): Module {
    if (!this.is('package')) this.err('package expected');
    const pkgTok = this.tok;
    this.i++;
    const pkgRef = this.parseRefTerm();
    const pkg = refToPath(pkgRef, this, 'package');
    const mod: Module = { file: this.file, pkg, pkgLoc: this.loc(pkgTok), imports: [], rules: [] };
    const pkgAnn = this.annotationsAbove(pkgTok.row);
    if (pkgAnn) mod.annotations = pkgAnn;
    while (this.is('import') && !this.keywordAsName()) {
      const t = this.tok;
      this.i++;
      const path = this.parseRefTerm();
      let alias: string | undefined;
      if (this.accept('as')) {
        if (this.tok.kind !== 'ident') this.err('expected alias');
        alias = this.tok.text;
        this.i++;
      }
      mod.imports.push({ path, alias, loc: this.loc(t) } as Import);
      const dotted =
        path.t === 'ref' ? [(path.head as { name: string }).name, ...path.path.map((x) => String((x as { v: unknown }).v))].join('.') : '';
      if (dotted === 'rego.v2' || dotted === 'future.keywords.not') this.notBody = true;
      if (this.v0) {
        const names =
          path.t === 'ref'
            ? [(path.head as { name: string }).name, ...path.path.map((x) => String((x as { v: unknown }).v))]
            : [(path as { name: string }).name];
        if (names[0] === 'rego' && names[1] === 'v1') {
          this.v0 = false; // a v0 module importing rego.v1 is parsed as v1
        } else if (names[0] === 'future' && names[1] === 'keywords') {
          for (const k of names.length > 2 ? [names[2]] : [...FUTURE_KW]) this.v0kw.add(k);
          // `every x in xs` needs `in`: importing `every` imports `in` too (as OPA's parser does)
          if (names[2] === 'every') this.v0kw.add('in');
        }
      }
    }
    while (this.tok.kind !== 'eof') {
      if (this.is('import') && !this.keywordAsName()) this.err('imports must come before rules');
      for (const r of this.parseRules(mod)) mod.rules.push(r);
    }
    if (this.v0) mod.v0 = true;
    return mod;
  }

  parseRules(mod: Module): Rule[] {
    const start = this.tok;
    const isDefault = !this.keywordAsName() && this.accept('default');
    if (this.tok.kind !== 'ident' || (this.isKw(this.tok.text) && !this.keywordAsName())) this.err(`unexpected ${this.describe(this.tok)}`);
    const headRef = this.parseRefTerm();
    const ref: Term[] = headRef.t === 'ref' ? [headRef.head, ...headRef.path] : [headRef];
    if (ref[0].t !== 'var') this.err('rule head must start with a name', start);
    const head: RuleHead = { ref, assign: false };
    if (this.is('(') && !this.tok.ws) {
      this.i++;
      head.args = [];
      if (!this.is(')')) {
        do head.args.push(this.parseTermIn());
        while (this.accept(','));
      }
      this.expect(')');
    }
    if (this.accept('contains')) {
      head.key = this.parseTermIn();
    }
    if (this.is(':=') || this.is('=')) {
      head.assign = this.tok.text === ':=';
      this.i++;
      head.value = this.parseTermIn();
    }
    const rule: Rule = { head, body: [], isDefault, loc: this.loc(start), module: mod };
    const ann = this.annotationsAbove(start.row);
    if (ann) rule.annotations = ann;
    if (isDefault) {
      if (!head.value) this.err('default rules must have a value assigned', start);
      return [rule];
    }
    const dotted =
      ref.length === 2 &&
      ref[1].t === 'scalar' &&
      typeof ref[1].v === 'string' &&
      ref[1].loc.col > 0 &&
      this.src[this.posOf(ref[1]) - 1] === '.';
    const withIf = this.is('if') && !this.keywordAsName();
    if (this.v0 && !head.value && !head.key && !head.args && ref.length === 2 && !dotted && !withIf) {
      // v0: `p[x] { ... }` is a partial set (`p[x] if ...` is a single-value rule, as in v1)
      head.key = ref[1];
      head.ref = [ref[0]];
    }
    if (this.is('if') && !this.keywordAsName()) {
      this.i++;
      rule.body = this.parseRuleBody();
    } else if (this.is('{')) {
      if (!this.v0) this.err('`if` keyword is required before rule body');
      rule.body = this.parseBraceBody();
    } else {
      rule.body = [trueExpr(rule.loc)];
    }
    const rules: Rule[] = [rule];
    // v0: further bodies `p { a } { b }` are alternatives
    while (this.v0 && this.is('{') && !isDefault) {
      rules.push({ ...rule, body: this.parseBraceBody(), elseRule: undefined });
    }
    // else chain
    let cur = rule;
    while (this.is('else') && !this.keywordAsName()) {
      const et = this.tok;
      this.i++;
      const eh: RuleHead = { ref: head.ref, args: head.args, assign: true };
      if (this.is(':=') || this.is('=')) {
        this.i++;
        eh.value = this.parseTermIn();
      }
      const er: Rule = { head: eh, body: [], isDefault: false, loc: this.loc(et), module: mod };
      if (this.accept('if')) er.body = this.parseRuleBody();
      else if (this.is('{') && this.v0) er.body = this.parseBraceBody();
      else if (this.is('{')) this.err('`if` keyword is required before rule body');
      else er.body = [trueExpr(er.loc)];
      cur.elseRule = er;
      cur = er;
    }
    return rules;
  }

  /** Source offset of a term (by its row/col). */
  posOf(t: Term): number {
    const tok = this.toks.find((x) => x.row === t.loc.row && x.col === t.loc.col);
    return tok ? tok.pos : 0;
  }

  /** A keyword directly followed by `.`, `[` or `(` is a name (keywords may appear in refs). */
  keywordAsName(): boolean {
    const n = this.peek();
    return (
      this.tok.kind === 'ident' &&
      this.isKw(this.tok.text) &&
      !n.ws &&
      n.kind === 'punct' &&
      (n.text === '.' || n.text === '[' || n.text === '(')
    );
  }

  parseRuleBody(): Expr[] {
    if (this.is('{')) {
      // `if {` is a body, unless it only parses as a term (e.g. an object comprehension)
      const save = this.i;
      const saveNest = this.nest;
      try {
        return this.parseBraceBody();
      } catch (e) {
        this.i = save;
        this.nest = saveNest;
        try {
          return [this.parseLiteral()];
        } catch {
          throw e;
        }
      }
    }
    return [this.parseLiteral()];
  }

  parseBraceBody(): Expr[] {
    this.expect('{');
    const body = this.parseBodyUntil('}');
    this.expect('}');
    return body;
  }

  /** Parses `;`/newline separated expressions until the closing token. */
  parseBodyUntil(close: string): Expr[] {
    const body: Expr[] = [];
    const atClose = (): boolean => (close === '' ? this.tok.kind === 'eof' : this.is(close));
    while (!atClose()) {
      if (this.tok.kind === 'eof') this.err(`unexpected eof token, expected ${close}`);
      body.push(this.parseLiteral());
      if (this.accept(';')) continue;
      if (atClose()) break;
      if (!this.tok.nl) this.err(`unexpected ${this.describe(this.tok)}`);
    }
    if (body.length === 0) this.err('found empty body');
    return body;
  }

  /** literal = ( some-decl | "not"? expr ) { with-modifier } */
  parseLiteral(): Expr {
    const start = this.tok;
    const loc = this.loc();
    let negated = false;
    let body: ExprBody;
    if (this.is('some') && !this.keywordAsName()) {
      this.i++;
      const first = this.parseTermIn(true);
      if (first.t === 'call' && first.op === 'internal.member_2') {
        body = { k: 'somein', value: first.args[0], coll: first.args[1] };
      } else if (first.t === 'call' && first.op === 'internal.member_3') {
        body = { k: 'somein', key: first.args[0], value: first.args[1], coll: first.args[2] };
      } else {
        const vars = [first];
        while (this.accept(',')) vars.push(this.parseTermIn(true));
        for (const v of vars) if (v.t !== 'var') this.err('expected var in some declaration', start);
        body = { k: 'some', vars };
      }
    } else if (this.is('every') && !this.keywordAsName()) {
      this.i++;
      const first = this.parseTermIn(true);
      let key: Term | undefined;
      let value: Term;
      let domain: Term;
      if (first.t === 'call' && first.op === 'internal.member_2') {
        value = first.args[0];
        domain = first.args[1];
      } else if (first.t === 'call' && first.op === 'internal.member_3') {
        key = first.args[0];
        value = first.args[1];
        domain = first.args[2];
      } else this.err('expected `x in xs` or `k, v in xs` after every', start);
      const b = this.parseBraceBody();
      body = { k: 'every', key, value, domain, body: b };
    } else {
      if (this.is('not') && !this.keywordAsName()) {
        this.i++;
        negated = true;
      }
      if (negated && this.notBody && this.is('{')) {
        // `not { a; b }` (import rego.v2 / future.keywords.not): true when the body has no solution;
        // evaluated as `not [true | a; b][0]`, a closure over the enclosing bindings
        const bloc = this.loc(this.tok);
        const b = this.parseBraceBody();
        const compr: Term = { t: 'acompr', term: { t: 'scalar', v: true, loc: bloc }, body: b, loc: bloc };
        body = { k: 'term', term: { t: 'ref', head: compr, path: [{ t: 'scalar', v: 0, loc: bloc }], loc: bloc } };
      } else body = this.parseExprBody();
    }
    const withs: With[] = [];
    while (this.is('with') && !this.keywordAsName()) {
      const wt = this.tok;
      this.i++;
      const target = this.parseRefTerm();
      this.expect('as');
      const value = this.parseTermIn();
      withs.push({ target, value, loc: this.loc(wt) });
    }
    const endTok = this.toks[this.i - 1];
    return { body, negated, withs, loc, text: this.src.slice(start.pos, endTok.end) };
  }

  parseExprBody(): ExprBody {
    const lhs = this.parseTermIn(true);
    if ((this.is(':=') || this.is('=')) && !(this.tok.nl && this.nest === 0)) {
      const op = this.tok.text === ':=' ? 'assign' : 'eq';
      const opTok = this.tok;
      this.i++;
      const rhs = this.parseTermIn(true);
      void opTok;
      return { k: 'call', op, args: [lhs, rhs] };
    }
    if (lhs.t === 'call' && lhs.opTerm) {
      // a bare call statement: f(x, y)
      return { k: 'call', op: lhs.op, args: lhs.args, opTerm: lhs.opTerm };
    }
    if (lhs.t === 'call') return { k: 'call', op: lhs.op, args: lhs.args };
    return { k: 'term', term: lhs };
  }

  nest = 0;
  noPipe = false;

  /** Parses a possible comprehension head: `|` ends it instead of being set union. */
  parseHead(): Term {
    const save = this.noPipe;
    this.noPipe = true;
    try {
      return this.parseTermIn();
    } finally {
      this.noPipe = save;
    }
  }

  /** Parses a nested term where `|` is union again. */
  withPipe<T>(fn: () => T): T {
    const save = this.noPipe;
    this.noPipe = false;
    try {
      return fn();
    } finally {
      this.noPipe = save;
    }
  }

  stopAtNewline(): boolean {
    return this.tok.nl && this.nest === 0;
  }

  /** in-expression: `a in b`, `k, v in b` (keyVal allowed at expression level). */
  parseTermIn(keyVal = false): Term {
    const lhs = this.parseTermRelation();
    if (keyVal && this.is(',') && !this.stopAtNewline()) {
      // maybe `k, v in xs`
      const save = this.i;
      this.i++;
      const mid = this.parseTermRelation();
      if (this.is('in') && !this.stopAtNewline()) {
        const t = this.tok;
        this.i++;
        const rhs = this.parseTermRelation();
        let res: Term = { t: 'call', op: 'internal.member_3', args: [lhs, mid, rhs], loc: this.loc(t) };
        while (this.is('in') && !this.stopAtNewline()) {
          const t2 = this.tok;
          this.i++;
          res = { t: 'call', op: 'internal.member_2', args: [res, this.parseTermRelation()], loc: this.loc(t2) };
        }
        return res;
      }
      this.i = save;
    }
    let res = lhs;
    while (this.is('in') && !this.stopAtNewline()) {
      const t = this.tok;
      this.i++;
      const rhs = this.parseTermRelation();
      res = { t: 'call', op: 'internal.member_2', args: [res, rhs], loc: this.loc(t) };
    }
    return res;
  }

  binary(next: () => Term, ops: Record<string, string>): Term {
    let lhs = next();
    for (;;) {
      const t = this.tok;
      if (t.kind !== 'punct' || !(t.text in ops) || this.stopAtNewline()) return lhs;
      if (t.text === '|' && this.noPipe) return lhs;
      this.i++;
      const rhs = next();
      lhs = { t: 'call', op: ops[t.text], args: [lhs, rhs], loc: lhs.loc };
    }
  }
  parseTermRelation = (): Term =>
    this.binary(this.parseTermOr, { '==': 'equal', '!=': 'neq', '<': 'lt', '<=': 'lte', '>': 'gt', '>=': 'gte' });
  parseTermOr = (): Term => this.binary(this.parseTermAnd, { '|': 'or' });
  parseTermAnd = (): Term => this.binary(this.parseTermArith, { '&': 'and' });
  parseTermArith = (): Term => this.binary(this.parseTermFactor, { '+': 'plus', '-': 'minus' });
  parseTermFactor = (): Term => this.binary(() => this.parseTerm(), { '*': 'mul', '/': 'div', '%': 'rem' });

  /** A term with optional ref/call suffixes. */
  parseTerm(): Term {
    const t = this.tok;
    const loc = this.loc();
    let term: Term;
    if (t.kind === 'number') {
      this.i++;
      term = { t: 'scalar', v: parseNumber(t.text), loc };
    } else if (t.kind === 'string') {
      this.i++;
      term = { t: 'scalar', v: t.value as string, loc };
    } else if (t.kind === 'template') {
      this.i++;
      term = this.templateTerm(t, loc);
    } else if (t.kind === 'punct' && t.text === '-' && this.peek().kind === 'number' && !this.peek().ws) {
      this.i += 2;
      const nt = this.toks[this.i - 1];
      term = { t: 'scalar', v: parseNumber('-' + nt.text), loc };
    } else if (t.kind === 'punct' && t.text === '-') {
      // unary minus on an expression: 0 - x
      this.i++;
      const x = this.parseTerm();
      return { t: 'call', op: 'minus', args: [{ t: 'scalar', v: 0, loc }, x], loc };
    } else if (t.kind === 'ident' && this.keywordAsName()) {
      this.i++;
      term = { t: 'var', name: t.text, loc };
    } else if (t.kind === 'ident') {
      if (t.text === 'true' || t.text === 'false') {
        this.i++;
        term = { t: 'scalar', v: t.text === 'true', loc };
      } else if (t.text === 'null') {
        this.i++;
        term = { t: 'scalar', v: null, loc };
      } else if (t.text === 'set' && this.peek().text === '(' && !this.peek().ws && this.peek(2).text === ')') {
        this.i += 3;
        term = { t: 'set', items: [], loc };
      } else {
        if (this.isKw(t.text) && !this.keywordAsName()) this.err(`unexpected ${t.text} keyword`);
        this.i++;
        term = { t: 'var', name: t.text, loc };
      }
    } else if (t.kind === 'punct' && t.text === '(') {
      this.i++;
      this.nest++;
      const inner = this.withPipe(() => this.parseTermIn(true));
      this.nest--;
      this.expect(')');
      term = inner;
    } else if (t.kind === 'punct' && t.text === '[') {
      term = this.parseArray();
    } else if (t.kind === 'punct' && t.text === '{') {
      term = this.parseBrace();
    } else {
      this.err(`unexpected ${this.describe(t)}`);
    }
    return this.parseSuffixes(term);
  }

  /**
   * A template string becomes `internal.template_string([part, ...])` where each embedded
   * expression is the set comprehension `{v | v := expr}` (empty when undefined).
   */
  templateTerm(t: Tok, loc: Loc): Term {
    const items: Term[] = [];
    for (const p of t.parts ?? []) {
      if ('lit' in p) {
        items.push({ t: 'scalar', v: p.lit, loc });
        continue;
      }
      const sub: Parser = new Parser(this.file, p.expr, lex(this.file, p.expr, p.row, p.col));
      if (sub.tok.kind === 'eof') sub.err('empty template expression');
      const lit = sub.parseLiteral();
      if ((sub.tok.kind as TokKind) !== 'eof') sub.err(`unexpected ${sub.describe(sub.tok)}`);
      const lb = lit.body;
      let e: Term;
      if (lb.k === 'term' && !lit.negated) e = lb.term;
      else if (lb.k === 'call' && lb.op !== 'eq' && lb.op !== 'assign' && !lit.negated)
        e = { t: 'call', op: lb.op, args: lb.args, loc: lit.loc, ...(lb.opTerm ? { opTerm: lb.opTerm } : {}) };
      else sub.err('template expressions must be terms');
      const v: Term = { t: 'var', name: `__tmpl${++templateVars}__`, loc: e.loc };
      const assign: Expr = { body: { k: 'call', op: 'assign', args: [v, e] }, negated: false, withs: lit.withs, loc: e.loc, text: p.expr };
      items.push({ t: 'scompr', term: v, body: [assign], loc: e.loc });
    }
    return { t: 'call', op: 'internal.template_string', args: [{ t: 'array', items, loc }], loc };
  }

  parseSuffixes(term: Term): Term {
    for (;;) {
      const t = this.tok;
      if (t.ws) return term;
      if (t.kind === 'punct' && t.text === '.') {
        const nt = this.peek();
        if (nt.kind !== 'ident' || nt.ws) this.err(`unexpected ${this.describe(nt)}: expected ident`);
        this.i += 2;
        term = appendRef(term, { t: 'scalar', v: nt.text, loc: this.loc(nt) });
      } else if (t.kind === 'punct' && t.text === '[') {
        this.i++;
        this.nest++;
        const k = this.parseTermIn();
        this.nest--;
        this.expect(']');
        term = appendRef(term, k);
      } else if (t.kind === 'punct' && t.text === '(') {
        const op = refName(term);
        if (op === undefined) return term;
        this.i++;
        this.nest++;
        const args: Term[] = [];
        if (!this.is(')')) {
          do args.push(this.parseTermIn());
          while (this.accept(',') && !this.is(')'));
        }
        this.nest--;
        this.expect(')');
        term = { t: 'call', op, args, loc: term.loc, opTerm: term };
      } else return term;
    }
  }

  parseArray(): Term {
    const loc = this.loc();
    this.expect('[');
    this.nest++;
    if (this.accept(']')) {
      this.nest--;
      return { t: 'array', items: [], loc };
    }
    const first = this.parseHead();
    if (this.is('|')) {
      this.i++;
      const save = this.nest;
      this.nest = 0;
      const body = this.withPipe(() => this.parseBodyUntil(']'));
      this.nest = save;
      this.expect(']');
      this.nest--;
      return { t: 'acompr', term: first, body, loc };
    }
    const items = [first];
    while (this.accept(',')) {
      if (this.is(']')) break;
      items.push(this.withPipe(() => this.parseTermIn()));
    }
    this.expect(']');
    this.nest--;
    return { t: 'array', items, loc };
  }

  parseBrace(): Term {
    const loc = this.loc();
    this.expect('{');
    this.nest++;
    if (this.accept('}')) {
      this.nest--;
      return { t: 'object', items: [], loc };
    }
    const first = this.parseHead();
    if (this.accept(':')) {
      const v = this.parseHead();
      if (this.is('|')) {
        this.i++;
        const save = this.nest;
        this.nest = 0;
        const body = this.withPipe(() => this.parseBodyUntil('}'));
        this.nest = save;
        this.expect('}');
        this.nest--;
        return { t: 'ocompr', key: first, value: v, body, loc };
      }
      const items: [Term, Term][] = [[first, v]];
      while (this.accept(',')) {
        if (this.is('}')) break;
        const k = this.withPipe(() => this.parseTermIn());
        this.expect(':');
        items.push([k, this.withPipe(() => this.parseTermIn())]);
      }
      this.expect('}');
      this.nest--;
      return { t: 'object', items, loc };
    }
    if (this.is('|')) {
      this.i++;
      const save = this.nest;
      this.nest = 0;
      const body = this.withPipe(() => this.parseBodyUntil('}'));
      this.nest = save;
      this.expect('}');
      this.nest--;
      return { t: 'scompr', term: first, body, loc };
    }
    const items = [first];
    while (this.accept(',')) {
      if (this.is('}')) break;
      items.push(this.withPipe(() => this.parseTermIn()));
    }
    this.expect('}');
    this.nest--;
    return { t: 'set', items, loc };
  }

  parseRefTerm(): Term {
    const t = this.tok;
    if (t.kind !== 'ident') this.err(`unexpected ${this.describe(t)}, expected identifier`);
    this.i++;
    return this.parseSuffixesNoCall({ t: 'var', name: t.text, loc: this.loc(t) });
  }

  parseSuffixesNoCall(term: Term): Term {
    for (;;) {
      const t = this.tok;
      if (t.ws) return term;
      if (t.kind === 'punct' && t.text === '.') {
        const nt = this.peek();
        if (nt.kind !== 'ident') this.err(`unexpected ${this.describe(nt)}: expected ident`);
        this.i += 2;
        term = appendRef(term, { t: 'scalar', v: nt.text, loc: this.loc(nt) });
      } else if (t.kind === 'punct' && t.text === '[') {
        this.i++;
        this.nest++;
        const k = this.parseTermIn();
        this.nest--;
        this.expect(']');
        term = appendRef(term, k);
      } else return term;
    }
  }
}

let templateVars = 0;

function trueExpr(loc: Loc): Expr {
  return { body: { k: 'term', term: { t: 'scalar', v: true, loc } }, negated: false, withs: [], loc, text: 'true' };
}

function appendRef(term: Term, k: Term): Term {
  if (term.t === 'ref') return { t: 'ref', head: term.head, path: [...term.path, k], loc: term.loc };
  return { t: 'ref', head: term, path: [k], loc: term.loc };
}

/** The dotted name of a ref usable as a function name (`a.b.c`), else undefined. */
function refName(term: Term): string | undefined {
  if (term.t === 'var') return term.name;
  if (term.t !== 'ref' || term.head.t !== 'var') return undefined;
  const parts = [term.head.name];
  for (const p of term.path) {
    if (p.t !== 'scalar' || typeof p.v !== 'string') return undefined;
    parts.push(p.v);
  }
  return parts.join('.');
}

function refToPath(term: Term, p: Parser, what: string): string[] {
  const parts: string[] = [];
  const all = term.t === 'ref' ? [term.head, ...term.path] : [term];
  for (const [i, x] of all.entries()) {
    if (i === 0 && x.t === 'var') parts.push(x.name);
    else if (x.t === 'scalar' && typeof x.v === 'string') parts.push(x.v);
    else p.err(`invalid ${what} path`);
  }
  return parts;
}

/** Parses a module. @throws RegoErrors (rego_parse_error) */
export function parseModule(file: string, src: string, opts: { v0?: boolean } = {}): Module {
  const comments: { row: number; text: string }[] = [];
  const p = new Parser(file, src, lex(file, src, 1, 1, comments), comments);
  p.v0 = !!opts.v0;
  return p.parseModule();
}

/** Parses a query (a body). @throws RegoErrors (rego_parse_error) */
export function parseQuery(src: string, file = ''): Expr[] {
  const p = new Parser(file, src, lex(file, src));
  if (p.tok.kind === 'eof') p.err('empty query');
  const body = p.parseBodyUntil('');
  if (p.tok.kind !== 'eof') p.err(`unexpected ${p.describe(p.tok)}`);
  return body;
}

/** Parses a single term (e.g. `input_term` of conformance cases). */
export function parseTermText(src: string, file = ''): Term {
  const p = new Parser(file, src, lex(file, src));
  const t = p.parseTermIn();
  if (p.tok.kind !== 'eof') p.err(`unexpected ${p.describe(p.tok)}`);
  return t;
}
