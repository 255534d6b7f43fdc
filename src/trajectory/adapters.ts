/**
 * Adapters: recorded agent runs in four formats, normalized to one {@link Step} model.
 *
 * - `openai`: Chat Completions messages (a list, or `{messages: [...]}`): assistant `tool_calls`
 *   with JSON-string `function.arguments`, `tool` messages answering by `tool_call_id`
 *   (legacy `function_call` / `function` messages too). OpenAI API reference, "Chat Completions".
 * - `langchain`: LangChain message dicts, in the three shapes LangChain writes them:
 *   `messages_to_dict` (`{type: "ai", data: {...}}`), `dumpd` (`{lc: 1, type: "constructor",
 *   id: [..., "AIMessage"], kwargs: {...}}`) and plain dicts (`{type|role: "ai", content, tool_calls:
 *   [{name, args, id}]}`).
 * - `otel`: OpenTelemetry spans following the GenAI semantic conventions: OTLP/JSON
 *   (`resourceSpans[].scopeSpans[].spans[]`, typed attribute values) or SDK console-exporter
 *   spans (a list / JSON lines of `{name, attributes: {...}}`). Each `execute_tool` span
 *   (`gen_ai.operation.name`) is a step: `gen_ai.tool.name`, `gen_ai.tool.call.arguments`,
 *   `gen_ai.tool.call.result`, `gen_ai.tool.call.id`, ordered by start time. Thoughts and the final
 *   answer come from `chat` spans' `gen_ai.output.messages` (text and reasoning parts).
 * - `react`: ReAct text logs: `Thought:` / `Action:` / `Action Input:` / `Observation:` /
 *   `Final Answer:` (LangChain's ReAct prompt), and the paper's numbered form
 *   (`Thought 1:` / `Act 1: Search[x]` / `Obs 1:` / `Finish[answer]`). A non-JSON-object
 *   action input becomes `{input: "<text>"}`.
 */
import { extname } from 'node:path';
import { InputError } from '../core/errors.js';
import { setOwn } from './matchers.js';
import type { CompatMessage, Step, Trajectory, TrajectoryFormat } from './types.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A message in a format-neutral shape, before walking. */
interface RawMessage {
  role: string;
  text: string;
  calls: { name: string; args: Obj; id?: string }[];
  tool_call_id?: string;
  /** for legacy `function` messages: the function name */
  name?: string;
  /**
   * an OpenAI message that carries a `tool_calls` list, even an empty one: agentevals compares OpenAI
   * dicts as they are, and its strict mode tells `tool_calls: []` from no `tool_calls` key
   */
  toolCallsKey?: boolean;
}

/** Text of a message content: a string, or the text parts of a content-part list. */
function contentText(c: unknown): string {
  if (typeof c === 'string') return c;
  if (Array.isArray(c)) {
    return c
      .map((p) =>
        typeof p === 'string'
          ? p
          : isObj(p) && typeof p.text === 'string'
            ? p.text
            : isObj(p) && typeof p.content === 'string' && (p.type === 'text' || p.type === 'reasoning')
              ? p.content
              : '',
      )
      .filter(Boolean)
      .join('\n');
  }
  return '';
}

function parseArgs(raw: unknown, file: string, field: string): Obj {
  if (raw === undefined || raw === null || raw === '') return {};
  if (isObj(raw)) return raw;
  if (typeof raw === 'string') {
    let v: unknown;
    try {
      v = JSON.parse(raw);
    } catch {
      throw new InputError(file, field, 'tool arguments as a JSON object string', { found: JSON.stringify(raw.slice(0, 60)) });
    }
    if (isObj(v)) return v;
    throw new InputError(file, field, 'tool arguments as a JSON object', { found: typeof v });
  }
  throw new InputError(file, field, 'tool arguments as a JSON object or JSON string', { found: Array.isArray(raw) ? 'array' : typeof raw });
}

function normRole(r: unknown): string {
  const s = String(r ?? '').toLowerCase();
  if (s === 'ai' || s === 'aimessage' || s === 'aimessagechunk' || s === 'assistant') return 'assistant';
  if (s === 'human' || s === 'humanmessage' || s === 'user') return 'user';
  if (s === 'tool' || s === 'toolmessage') return 'tool';
  if (s === 'system' || s === 'systemmessage' || s === 'developer') return 'system';
  if (s === 'function' || s === 'functionmessage') return 'function';
  return s;
}

/** OpenAI Chat Completions message → RawMessage. */
function fromOpenAI(m: unknown, file: string, i: number): RawMessage {
  if (!isObj(m) || typeof m.role !== 'string') throw new InputError(file, `messages[${i}]`, 'a chat message with a string role');
  const calls: RawMessage['calls'] = [];
  if (Array.isArray(m.tool_calls)) {
    m.tool_calls.forEach((tc, j) => {
      const f = isObj(tc) && isObj(tc.function) ? tc.function : isObj(tc) ? tc : undefined;
      const name = f?.name;
      if (typeof name !== 'string') throw new InputError(file, `messages[${i}].tool_calls[${j}].function.name`, 'a tool name');
      const args = f && 'arguments' in f ? f.arguments : f?.args;
      calls.push({
        name,
        args: parseArgs(args, file, `messages[${i}].tool_calls[${j}].function.arguments`),
        id: isObj(tc) && typeof tc.id === 'string' ? tc.id : undefined,
      });
    });
  } else if (isObj(m.function_call)) {
    const name = m.function_call.name;
    if (typeof name !== 'string') throw new InputError(file, `messages[${i}].function_call.name`, 'a function name');
    calls.push({ name, args: parseArgs(m.function_call.arguments, file, `messages[${i}].function_call.arguments`) });
  }
  return {
    role: normRole(m.role),
    text: contentText(m.content),
    calls,
    tool_call_id: typeof m.tool_call_id === 'string' ? m.tool_call_id : undefined,
    name: typeof m.name === 'string' ? m.name : undefined,
    toolCallsKey: Array.isArray(m.tool_calls),
  };
}

/** LangChain message dict (messages_to_dict, dumpd, or plain) → RawMessage. */
function fromLangChain(m: unknown, file: string, i: number): RawMessage {
  if (!isObj(m)) throw new InputError(file, `messages[${i}]`, 'a LangChain message dict');
  let type: unknown;
  let d: Obj;
  if (m.lc === 1 && Array.isArray(m.id) && isObj(m.kwargs)) {
    type = m.id[m.id.length - 1];
    d = m.kwargs;
  } else if (isObj(m.data) && typeof m.type === 'string') {
    type = m.type;
    d = m.data;
  } else {
    type = m.type ?? m.role;
    d = m;
  }
  const role = normRole(type);
  if (!['assistant', 'user', 'tool', 'system', 'function'].includes(role))
    throw new InputError(file, `messages[${i}].type`, 'a LangChain message type (ai, human, tool, system)', { found: String(type) });
  const calls: RawMessage['calls'] = [];
  if (Array.isArray(d.tool_calls) && d.tool_calls.length) {
    d.tool_calls.forEach((tc, j) => {
      if (!isObj(tc) || typeof tc.name !== 'string') throw new InputError(file, `messages[${i}].tool_calls[${j}].name`, 'a tool name');
      calls.push({
        name: tc.name,
        args: parseArgs(tc.args, file, `messages[${i}].tool_calls[${j}].args`),
        id: typeof tc.id === 'string' ? tc.id : undefined,
      });
    });
  } else if (isObj(d.additional_kwargs) && Array.isArray(d.additional_kwargs.tool_calls)) {
    const o = fromOpenAI({ role: 'assistant', tool_calls: d.additional_kwargs.tool_calls }, file, i);
    calls.push(...o.calls);
  }
  return {
    role,
    text: contentText(d.content),
    calls,
    tool_call_id: typeof d.tool_call_id === 'string' ? d.tool_call_id : undefined,
    name: typeof d.name === 'string' ? d.name : undefined,
  };
}

/** Walks normalized messages into steps, final answer, input and the compat message view. */
function walk(msgs: RawMessage[], file: string, format: TrajectoryFormat): Trajectory {
  const steps: Step[] = [];
  const byId = new Map<string, Step>();
  let final_answer: string | undefined;
  let input: string | undefined;
  const messages: CompatMessage[] = [];
  for (const m of msgs) {
    messages.push({
      role: m.role,
      content: m.text,
      tool_calls: m.calls.length ? m.calls.map((c) => ({ name: c.name, args: c.args })) : m.toolCallsKey ? [] : null,
    });
    if (m.role === 'user' && input === undefined) input = m.text;
    if (m.role === 'assistant') {
      if (m.calls.length) {
        for (const c of m.calls) {
          const s: Step = { action: c.name, action_input: c.args };
          if (m.text) s.thought = m.text;
          if (c.id) {
            s.id = c.id;
            byId.set(c.id, s);
          }
          steps.push(s);
        }
        final_answer = undefined;
      } else if (m.text) final_answer = m.text;
    } else if (m.role === 'tool' || m.role === 'function') {
      const s =
        (m.tool_call_id && byId.get(m.tool_call_id)) ||
        steps.find((x) => x.observation === undefined && (m.role !== 'function' || x.action === m.name));
      if (s) s.observation = m.text;
    }
  }
  return { file, format, steps, final_answer, input, messages };
}

// ---------------------------------------------------------------- OpenTelemetry

interface Span {
  name: string;
  start: bigint;
  order: number;
  attrs: Obj;
}

/** OTLP/JSON AnyValue → plain JSON value. */
function anyValue(v: unknown): unknown {
  if (!isObj(v)) return v;
  if ('stringValue' in v) return v.stringValue;
  if ('boolValue' in v) return v.boolValue;
  if ('intValue' in v) return Number(v.intValue);
  if ('doubleValue' in v) return Number(v.doubleValue);
  if ('arrayValue' in v) return isObj(v.arrayValue) && Array.isArray(v.arrayValue.values) ? v.arrayValue.values.map(anyValue) : [];
  if ('kvlistValue' in v) return isObj(v.kvlistValue) && Array.isArray(v.kvlistValue.values) ? attrList(v.kvlistValue.values) : {};
  if ('bytesValue' in v) return v.bytesValue;
  return undefined;
}

function attrList(list: unknown[]): Obj {
  const out: Obj = {};
  for (const kv of list) if (isObj(kv) && typeof kv.key === 'string') setOwn(out, kv.key, anyValue(kv.value));
  return out;
}

function startOf(s: Obj): bigint {
  const n = s.startTimeUnixNano ?? s.start_time_unix_nano;
  if (typeof n === 'string' && /^\d+$/.test(n)) return BigInt(n);
  if (typeof n === 'number') return BigInt(Math.trunc(n));
  const iso = s.start_time ?? s.startTime;
  if (typeof iso === 'string') {
    const t = Date.parse(iso);
    if (!Number.isNaN(t)) {
      const frac = /\.(\d+)/.exec(iso)?.[1] ?? '';
      return BigInt(t) * 1_000_000n + BigInt((frac + '000000000').slice(3, 9));
    }
  }
  return 0n;
}

function collectSpans(doc: unknown, file: string): Span[] {
  const raw: Obj[] = [];
  if (isObj(doc) && Array.isArray(doc.resourceSpans)) {
    for (const rs of doc.resourceSpans) {
      const scopes = isObj(rs) ? ((rs.scopeSpans ?? rs.instrumentationLibrarySpans) as unknown) : undefined;
      if (!Array.isArray(scopes)) continue;
      for (const ss of scopes) if (isObj(ss) && Array.isArray(ss.spans)) for (const sp of ss.spans) if (isObj(sp)) raw.push(sp);
    }
  } else if (Array.isArray(doc))
    for (const sp of doc)
      if (isObj(sp)) raw.push(sp);
      else if (isObj(doc) && Array.isArray(doc.spans)) for (const sp of doc.spans) if (isObj(sp)) raw.push(sp);
  if (!raw.length) throw new InputError(file, 'resourceSpans', 'OpenTelemetry spans (OTLP/JSON resourceSpans, or a list of spans)');
  return raw.map((s, order) => ({
    name: typeof s.name === 'string' ? s.name : '',
    start: startOf(s),
    order,
    attrs: Array.isArray(s.attributes) ? attrList(s.attributes) : isObj(s.attributes) ? s.attributes : {},
  }));
}

function jsonAttr(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v);
  } catch {
    return undefined;
  }
}

/** OpenTelemetry GenAI spans → trajectory. */
export function fromOtel(doc: unknown, file: string): Trajectory {
  const spans = collectSpans(doc, file).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.order - b.order));
  const thoughtById = new Map<string, string>();
  const groupById = new Map<string, number>();
  let final_answer: string | undefined;
  let input: string | undefined;
  const steps: Step[] = [];
  const stepGroup: number[] = [];
  let group = 0;
  for (const sp of spans) {
    const op = sp.attrs['gen_ai.operation.name'] ?? (/^(gen_ai\.)?execute_tool\b/.test(sp.name) ? 'execute_tool' : sp.name.split(' ')[0]);
    if (op === 'chat' || op === 'text_completion' || op === 'generate_content') {
      group++;
      if (input === undefined) {
        const ins = jsonAttr(sp.attrs['gen_ai.input.messages']);
        if (Array.isArray(ins)) {
          const u = ins.find((m) => isObj(m) && m.role === 'user');
          if (isObj(u)) input = contentText(u.parts ?? u.content);
        }
      }
      const outs = jsonAttr(sp.attrs['gen_ai.output.messages']);
      if (Array.isArray(outs)) {
        for (const m of outs) {
          if (!isObj(m) || !Array.isArray(m.parts)) continue;
          const text = contentText(m.parts);
          const callIds = m.parts
            .filter((p) => isObj(p) && p.type === 'tool_call' && typeof p.id === 'string')
            .map((p) => (p as Obj).id as string);
          for (const id of callIds) {
            if (text) thoughtById.set(id, text);
            groupById.set(id, group);
          }
          if (!callIds.length && text) final_answer = text;
          else if (callIds.length) final_answer = undefined;
        }
      }
      continue;
    }
    if (op !== 'execute_tool') continue;
    const name = sp.attrs['gen_ai.tool.name'] ?? /^(?:gen_ai\.)?execute_tool (.+)$/.exec(sp.name)?.[1];
    if (typeof name !== 'string' || !name)
      throw new InputError(file, `span "${sp.name}": gen_ai.tool.name`, 'the tool name of an execute_tool span');
    const s: Step = {
      action: name,
      action_input: parseArgs(sp.attrs['gen_ai.tool.call.arguments'], file, `span "${sp.name}": gen_ai.tool.call.arguments`),
    };
    const id = sp.attrs['gen_ai.tool.call.id'];
    if (typeof id === 'string') {
      s.id = id;
      const t = thoughtById.get(id);
      if (t) s.thought = t;
    }
    const result = sp.attrs['gen_ai.tool.call.result'];
    if (result !== undefined) s.observation = result;
    steps.push(s);
    stepGroup.push(typeof id === 'string' && groupById.has(id) ? groupById.get(id)! : -steps.length);
  }
  // compat message view: one assistant message per model turn, each call followed by its tool message
  const messages: CompatMessage[] = [];
  if (input !== undefined) messages.push({ role: 'user', content: input, tool_calls: null });
  for (let i = 0; i < steps.length;) {
    let j = i;
    while (j < steps.length && stepGroup[j] === stepGroup[i]) j++;
    const turn = steps.slice(i, j);
    messages.push({
      role: 'assistant',
      content: turn[0].thought ?? '',
      tool_calls: turn.map((s) => ({ name: s.action, args: s.action_input })),
    });
    for (const s of turn)
      messages.push({
        role: 'tool',
        content: typeof s.observation === 'string' ? s.observation : JSON.stringify(s.observation ?? ''),
        tool_calls: null,
      });
    i = j;
  }
  if (final_answer !== undefined) messages.push({ role: 'assistant', content: final_answer, tool_calls: null });
  return { file, format: 'otel', steps, final_answer, input, messages };
}

// ---------------------------------------------------------------- ReAct text

const REACT_LINE = /^\s*(question|thought|action input|action|act|observation|obs|final answer)(?:\s+\d+)?\s*:\s?(.*)$/i;

/** ReAct text log → trajectory. */
export function fromReact(text: string, file: string): Trajectory {
  const blocks: { key: string; value: string; line: number }[] = [];
  const lead: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    // LangChain AgentExecutor verbose framing lines
    if (/^\s*> (Entering new .* chain\.\.\.|Finished chain\.)\s*$/.test(line)) return;
    const m = REACT_LINE.exec(line);
    if (m) blocks.push({ key: m[1].toLowerCase(), value: m[2], line: i + 1 });
    else if (blocks.length) blocks[blocks.length - 1].value += '\n' + line;
    else if (line.trim()) lead.push(line.trim());
  });
  // the verbose AgentExecutor log prints the first thought without its "Thought:" prefix
  if (lead.length && blocks.length && blocks[0].key !== 'question' && blocks[0].key !== 'thought')
    blocks.unshift({ key: 'thought', value: lead.join('\n'), line: 1 });
  if (!blocks.some((b) => b.key === 'action' || b.key === 'act' || b.key === 'final answer')) {
    throw new InputError(
      file,
      undefined,
      'a ReAct log with Action: / Action Input: / Observation: lines (or OpenAI, LangChain or OpenTelemetry JSON)',
    );
  }
  const steps: Step[] = [];
  let thought: string | undefined;
  let input: string | undefined;
  let final_answer: string | undefined;
  let cur: Step | undefined;
  for (const b of blocks) {
    const v = b.value.trim();
    switch (b.key) {
      case 'question':
        input ??= v;
        break;
      case 'thought':
        thought = thought ? `${thought}\n${v}` : v;
        break;
      case 'action':
      case 'act': {
        const bracket = /^([^[\]\s]+)\[([\s\S]*)\]$/.exec(v);
        const name = bracket ? bracket[1] : v.replace(/^`+|`+$/g, '');
        if (!name) throw new InputError(file, `line ${b.line}: Action`, 'a tool name');
        if (/^finish$/i.test(name) && bracket) {
          final_answer = bracket[2].trim();
          cur = undefined;
          thought = undefined;
          break;
        }
        cur = { action: name, action_input: bracket ? { input: bracket[2].trim() } : {} };
        if (thought !== undefined) cur.thought = thought;
        thought = undefined;
        steps.push(cur);
        break;
      }
      case 'action input': {
        if (!cur) throw new InputError(file, `line ${b.line}: Action Input`, 'an Action: line before Action Input:');
        const body = v.replace(/^```(?:json)?\s*|\s*```$/g, '');
        let parsed: unknown;
        try {
          parsed = JSON.parse(body);
        } catch {
          parsed = undefined;
        }
        cur.action_input = isObj(parsed) ? parsed : { input: typeof parsed === 'string' ? parsed : body };
        break;
      }
      case 'observation':
      case 'obs':
        if (!cur) throw new InputError(file, `line ${b.line}: Observation`, 'an Action: line before Observation:');
        cur.observation = v;
        break;
      case 'final answer':
        final_answer = v;
        thought = undefined;
        cur = undefined;
        break;
    }
  }
  const messages: CompatMessage[] = [];
  if (input !== undefined) messages.push({ role: 'user', content: input, tool_calls: null });
  for (const s of steps) {
    messages.push({ role: 'assistant', content: s.thought ?? '', tool_calls: [{ name: s.action, args: s.action_input }] });
    messages.push({ role: 'tool', content: typeof s.observation === 'string' ? s.observation : '', tool_calls: null });
  }
  if (final_answer !== undefined) messages.push({ role: 'assistant', content: final_answer, tool_calls: null });
  return { file, format: 'react', steps, final_answer, input, messages };
}

// ---------------------------------------------------------------- detection

function messageList(doc: unknown): unknown[] | undefined {
  if (Array.isArray(doc)) return doc;
  if (isObj(doc) && Array.isArray(doc.messages)) return doc.messages;
  return undefined;
}

function looksLangChain(list: unknown[]): boolean {
  return list.some(
    (m) =>
      isObj(m) &&
      ((m.lc === 1 && isObj(m.kwargs)) ||
        (typeof m.type === 'string' && ['ai', 'human', 'tool', 'system', 'AIMessage', 'HumanMessage', 'ToolMessage'].includes(m.type)) ||
        m.role === 'ai' ||
        m.role === 'human'),
  );
}

function looksOtel(doc: unknown): boolean {
  if (isObj(doc) && (Array.isArray(doc.resourceSpans) || Array.isArray(doc.spans))) return true;
  return (
    Array.isArray(doc) &&
    doc.length > 0 &&
    doc.every((s) => isObj(s) && 'attributes' in s && ('name' in s || 'context' in s || 'spanId' in s))
  );
}

/** Deepest JSON nesting accepted in a recorded trajectory's values (the matchers recurse over them). */
export const MAX_JSON_DEPTH = 256;

/**
 * Throws when a JSON value nests deeper than {@link MAX_JSON_DEPTH} (checked without recursion).
 * @throws InputError naming the file and field.
 */
export function checkDepth(value: unknown, file: string, field: string, max = MAX_JSON_DEPTH): void {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (d >= max) throw new InputError(file, field, `values nested at most ${max} levels deep`);
    for (const x of Array.isArray(v) ? v : Object.values(v)) if (typeof x === 'object' && x !== null) stack.push([x, d + 1]);
  }
}

/** {@link parseTrajectory} before the depth check. */
function parseUnchecked(text: string, file: string, format: TrajectoryFormat | 'auto'): Trajectory {
  const ext = extname(file).toLowerCase();
  if (format === 'react' || (format === 'auto' && ['.txt', '.log', '.md'].includes(ext))) return fromReact(text, file);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    // JSON lines of spans (console exporter), else a ReAct log
    const lines = text.split(/\r?\n/).filter((l) => l.trim());
    if (format !== 'auto' && format !== 'otel')
      throw new InputError(file, undefined, `${format} trajectory as JSON`, { found: (e as Error).message });
    let spans: unknown[] | undefined;
    try {
      spans = lines.map((l) => JSON.parse(l) as unknown);
    } catch {
      /* not JSON lines */
    }
    if (spans && looksOtel(spans)) {
      checkDepth(spans, file, '(document)', 4 * MAX_JSON_DEPTH);
      return fromOtel(spans, file);
    }
    if (format === 'otel')
      throw new InputError(file, undefined, 'OpenTelemetry spans as JSON or JSON lines', { found: (e as Error).message });
    return fromReact(text, file);
  }
  // the adapters recurse over the document (OTLP AnyValue): bound its depth before walking it
  checkDepth(doc, file, '(document)', 4 * MAX_JSON_DEPTH);
  if (format === 'otel' || (format === 'auto' && looksOtel(doc))) return fromOtel(doc, file);
  const list = messageList(doc);
  if (!list)
    throw new InputError(file, undefined, 'a trajectory: a list of chat messages, {messages: [...]}, OpenTelemetry spans, or a ReAct log');
  if (format === 'langchain' || (format === 'auto' && looksLangChain(list)))
    return walk(
      list.map((m, i) => fromLangChain(m, file, i)),
      file,
      'langchain',
    );
  return walk(
    list.map((m, i) => fromOpenAI(m, file, i)),
    file,
    'openai',
  );
}

/**
 * Normalizes a recorded trajectory (file contents) into steps.
 * @param format `auto` detects: OTLP/JSON or span lists → otel; message lists with LangChain
 *   types (`ai`, `human`, `lc: 1`) → langchain; other message lists → openai; text that is not
 *   JSON (or a `.txt`/`.log`/`.md` file) → react.
 * @throws InputError naming the file and field when the input fits no format or is malformed, or
 *   when a tool call's arguments or result nest deeper than {@link MAX_JSON_DEPTH}.
 */
export function parseTrajectory(text: string, file: string, format: TrajectoryFormat | 'auto' = 'auto'): Trajectory {
  const t = parseUnchecked(text, file, format);
  t.steps.forEach((s, i) => {
    checkDepth(s.action_input, file, `steps[${i}] (${s.action}): arguments`);
    checkDepth(s.observation, file, `steps[${i}] (${s.action}): result`);
  });
  return t;
}
