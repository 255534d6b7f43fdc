import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { parseTrajectory } from '../../src/trajectory/adapters.js';

const ex = (f: string) => join(import.meta.dirname, '../../examples/trajectory-golden/trajectories', f);
const fx = (f: string) => join(import.meta.dirname, 'fixtures', f);
const load = (p: string) => parseTrajectory(readFileSync(p, 'utf8'), p);

describe('OpenAI chat messages', () => {
  it('reads tool_calls with JSON-string arguments, tool results by tool_call_id, thought and final answer', () => {
    const t = load(ex('flight-booking.openai.json'));
    expect(t.format).toBe('openai');
    expect(t.steps.map((s) => s.action)).toEqual(['search_flights', 'book_flight']);
    expect(t.steps[0].action_input).toEqual({
      origin: 'SFO',
      destination: 'JFK',
      date: '2026-12-01',
      nonstop: true,
      request_id: 'req-7f3a',
    });
    expect(t.steps[0].thought).toMatch(/search for nonstop flights/);
    expect(t.steps[1].observation).toBe('{"status":"confirmed","pnr":"K7XQ2M"}');
    expect(t.final_answer).toMatch(/K7XQ2M/);
    expect(t.input).toMatch(/^Book me/);
    expect(t.messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'tool', 'assistant', 'tool', 'assistant']);
  });
  it('pairs results by id even when they come back out of order; legacy function_call too', () => {
    const t = parseTrajectory(
      JSON.stringify([
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            { id: 'a', type: 'function', function: { name: 'x', arguments: '{}' } },
            { id: 'b', type: 'function', function: { name: 'y', arguments: '{"k":[1,2]}' } },
          ],
        },
        { role: 'tool', tool_call_id: 'b', content: 'Y' },
        { role: 'tool', tool_call_id: 'a', content: 'X' },
        { role: 'assistant', content: null, function_call: { name: 'z', arguments: '{"q":"s"}' } },
        { role: 'function', name: 'z', content: 'Z' },
      ]),
      'm.json',
    );
    expect(t.steps.map((s) => [s.action, s.observation])).toEqual([
      ['x', 'X'],
      ['y', 'Y'],
      ['z', 'Z'],
    ]);
    expect(t.steps[1].action_input).toEqual({ k: [1, 2] });
  });
  it('malformed arguments: an InputError naming file and field', () => {
    const bad = JSON.stringify([
      { role: 'assistant', tool_calls: [{ id: 'a', type: 'function', function: { name: 'x', arguments: '{city: SF}' } }] },
    ]);
    expect(() => parseTrajectory(bad, 'bad.json')).toThrow(InputError);
    expect(() => parseTrajectory(bad, 'bad.json')).toThrow(
      /bad\.json: messages\[0\]\.tool_calls\[0\]\.function\.arguments: expected tool arguments as a JSON object string/,
    );
  });
});

describe('LangChain message dicts', () => {
  it('messages_to_dict export (type/data)', () => {
    const t = load(ex('weather-parallel.langchain.json'));
    expect(t.format).toBe('langchain');
    expect(t.steps.map((s) => [s.action, s.action_input.city, s.observation])).toEqual([
      ['get_weather', 'London', 'London: 9°C, light rain'],
      ['get_weather', 'San Francisco', 'San Francisco: 17°C, sunny'],
    ]);
    expect(t.final_answer).toMatch(/17°C/);
    expect(t.messages[1].tool_calls).toHaveLength(2);
  });
  it('dumpd serialization (lc: 1, constructor) with Anthropic-style content blocks', () => {
    const t = load(fx('dumpd.langchain.json'));
    expect(t.format).toBe('langchain');
    expect(t.steps).toEqual([
      {
        action: 'query_incidents',
        action_input: { team: 'payments', state: 'open' },
        thought: 'Let me query the incident tracker.',
        id: 'toolu_01A',
        observation: '[{"id": "INC-771"}, {"id": "INC-774"}]',
      },
    ]);
    expect(t.final_answer).toBe('Two open incidents: INC-771 and INC-774.');
  });
});

describe('OpenTelemetry GenAI spans', () => {
  it('OTLP/JSON: execute_tool spans in start-time order, arguments/result attributes, thoughts from chat spans', () => {
    const t = load(ex('support-triage.otel.json'));
    expect(t.format).toBe('otel');
    expect(t.steps.map((s) => s.action)).toEqual(['search_docs', 'get_ticket', 'log_interaction']);
    expect(t.steps[0].action_input).toEqual({ query: 'error E4031 payment declined', top_k: 3 });
    expect(t.steps[0].thought).toMatch(/look it up in the docs/);
    expect(t.steps[1].observation).toBe('{"ticket_id": 8812, "status": "open", "attempts": 3}');
    expect(t.final_answer).toMatch(/issuer decline/);
    expect(t.input).toMatch(/E4031/);
  });
  it('SDK console-exporter JSON lines (attributes as a map, ISO start times)', () => {
    const t = load(fx('console-exporter.otel.jsonl'));
    expect(t.format).toBe('otel');
    expect(t.steps).toEqual([
      {
        action: 'convert_currency',
        action_input: { amount: 120, from: 'EUR', to: 'USD' },
        id: 'call_fx',
        thought: 'Convert the amount first.',
        observation: '{"amount": 130.44, "currency": "USD"}',
      },
    ]);
    expect(t.final_answer).toBe('120 EUR is about 130.44 USD.');
  });
  it('spans without gen_ai.operation.name: the tool name from the span name "execute_tool {gen_ai.tool.name}"', () => {
    const span = (name: string, t: string, args: string) => ({
      name,
      startTimeUnixNano: t,
      attributes: [{ key: 'gen_ai.tool.call.arguments', value: { stringValue: args } }],
    });
    const doc = {
      resourceSpans: [
        {
          scopeSpans: [
            {
              spans: [
                span('execute_tool lookup', '20', '{"k":2}'),
                span('execute_tool lookup', '10', '{"k":1}'),
                span('gen_ai.execute_tool fetch', '30', '{}'),
              ],
            },
          ],
        },
      ],
    };
    expect(parseTrajectory(JSON.stringify(doc), 'x.json').steps.map((s) => [s.action, s.action_input])).toEqual([
      ['lookup', { k: 1 }],
      ['lookup', { k: 2 }],
      ['fetch', {}],
    ]);
  });
  it('an execute_tool span without a tool name is unusable input', () => {
    const doc = {
      resourceSpans: [
        {
          scopeSpans: [
            {
              spans: [
                {
                  name: 'execute_tool',
                  startTimeUnixNano: '1',
                  attributes: [{ key: 'gen_ai.operation.name', value: { stringValue: 'execute_tool' } }],
                },
              ],
            },
          ],
        },
      ],
    };
    expect(() => parseTrajectory(JSON.stringify(doc), 'x.json')).toThrow(/gen_ai\.tool\.name/);
  });
});

describe('ReAct text logs', () => {
  it("LangChain's ReAct prompt format (Action Input as JSON or text)", () => {
    const t = load(ex('react-population.react.txt'));
    expect(t.format).toBe('react');
    expect(t.steps.map((s) => [s.action, s.action_input])).toEqual([
      ['Search', { query: 'capital of Australia' }],
      ['Search', { query: 'Canberra population 2021 census' }],
      ['Calculator', { input: '453558 / 1000' }],
    ]);
    expect(t.steps[2].observation).toBe('Answer: 453.558');
    expect(t.steps[0].thought).toBe('I need to find the capital of Australia first.');
    expect(t.final_answer).toMatch(/453\.558/);
  });
  it("the ReAct paper's numbered HotpotQA format (Action n: Tool[arg], Finish[answer])", () => {
    const t = load(fx('hotpotqa.react.txt'));
    expect(t.steps.map((s) => [s.action, s.action_input])).toEqual([
      ['Search', { input: "Arthur's Magazine" }],
      ['Search', { input: 'First for Women' }],
    ]);
    expect(t.steps[1].observation).toMatch(/started in 1989/);
    expect(t.final_answer).toBe("Arthur's Magazine");
  });
  it('LangChain AgentExecutor verbose log (quoted inputs, unprefixed first thought, chain framing)', () => {
    const t = load(fx('agent-executor.react.log'));
    expect(t.steps.map((s) => [s.action, s.action_input, s.observation])).toEqual([
      ['Search', { input: 'Leo DiCaprio girlfriend' }, 'Camila Morrone'],
      ['Search', { input: 'Camila Morrone age' }, '25 years'],
      ['Calculator', { input: '25^0.43' }, 'Answer: 3.991298452658078'],
    ]);
    expect(t.steps[0].thought).toMatch(/^I need to find out who Leo DiCaprio/);
    expect(t.final_answer).toBe(
      "Camila Morrone is Leo DiCaprio's girlfriend and her current age raised to the 0.43 power is 3.991298452658078.",
    );
  });
  it('text that is neither JSON nor ReAct is refused', () => {
    expect(() => parseTrajectory('hello world', 'notes.txt')).toThrow(InputError);
  });
});
