// strings.render_template: the Go text/template subset OPA policies use. Expected strings are what
// Go's text/template prints for the same template and JSON data (fmt %v of decoded JSON values).
import { describe, expect, it } from 'vitest';
import { renderGoTemplate } from '../../src/rego/gotemplate.js';
import { compile, evalRef } from '../../src/rego/index.js';
import { fromJSONValue } from '../../src/rego/value.js';

const r = (t: string, data: unknown): string => renderGoTemplate(t, fromJSONValue(data));

describe('Go text/template subset', () => {
  it('fields, nested fields, variables, literals', () => {
    expect(r('{{.a.b}} {{$.a.b}} {{"x"}} {{3}}', { a: { b: 'v' } })).toBe('v v x 3');
    expect(r('{{.n}} {{.f}} {{.t}} {{.z}}', { n: 2023, f: 1.5, t: true, z: null })).toBe('2023 1.5 true <nil>');
    expect(r('{{.l}} {{.m}}', { l: [1, 'a'], m: { b: 2, a: 1 } })).toBe('[1 a] map[a:1 b:2]');
  });
  it('range with index and value, over objects in key order, else when empty', () => {
    expect(r('{{range $i, $n := .ns}}{{if $i}},{{end}}hello {{$n}}{{end}}', { ns: ['rohan', 'john doe'] })).toBe(
      'hello rohan,hello john doe',
    );
    expect(r('{{range $k, $v := .m}}{{$k}}={{$v}};{{end}}', { m: { b: 2, a: 1 } })).toBe('a=1;b=2;');
    expect(r('{{range .xs}}[{{.}}]{{else}}none{{end}}', { xs: [] })).toBe('none');
  });
  it('if / else if / else, with, trim markers, comments', () => {
    const t = '{{if .a}}A{{else if .b}}B{{else}}C{{end}}';
    expect([r(t, { a: 1 }), r(t, { b: 'x' }), r(t, { a: 0, b: '' })]).toEqual(['A', 'B', 'C']);
    expect(r('{{with .u}}{{.name}}{{end}}', { u: { name: 'n' } })).toBe('n');
    expect(r('a  {{- /* c */ -}}  {{- .x -}}  b', { x: 1 })).toBe('a1b');
  });
  it('a missing key prints <undefined> (OPA); unsupported actions are errors', () => {
    expect(r('test {{.foo}} {{.baz}}', { baz: 1 })).toBe('test <undefined> 1');
    expect(() => r('{{.a | printf "%d"}}', { a: 1 })).toThrow(/template:/);
    expect(() => r('{{if .a}}x', { a: 1 })).toThrow(/template:/);
  });
  it('as the builtin: a bad template is a builtin error (undefined when not strict)', () => {
    const c = compile([
      {
        path: 't.rego',
        text: 'package t\nok := strings.render_template("{{.x}}!", {"x": "hi"})\nbad := strings.render_template("{{", {})\n',
      },
    ]);
    expect(evalRef(c, 'data.t').value).toEqual({ ok: 'hi!' });
  });
});
