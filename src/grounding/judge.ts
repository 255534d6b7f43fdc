/**
 * Optional judge for `unverified` claims: an OpenAI-compatible chat-completions endpoint
 * (POST {url}/chat/completions, OpenAI API reference "Create chat completion"; in egress-gateway
 * mode the URL is the gateway's). Verdicts are cached by content hash in a JSON file (atomic writes)
 * so reruns are deterministic and free; every verdict used is recorded in the report/attestation.
 *
 * The cache is authenticated: every entry carries an HMAC-SHA256 (RFC 2104) under a secret cache key
 * (`judge-cache-key`, from the trusted side: a repository secret that pull requests from forks never
 * see) over the entry's cache key, verdict, model, endpoint and prompt version. A cache file lives in
 * the tree a pull request controls, so an entry without a valid MAC (forged, edited, copied from
 * another endpoint or model, or made by an older version) is never used: it counts as a miss
 * (`JudgeRecord.cacheRejected`) and the judge is asked again. Without a cache key no cache is read.
 *
 * Fail closed: a transport error, a non-2xx status or an unparsable reply yields `unknown`, the
 * claim stays `unverified`, and nothing is cached. The judge can only lift a claim to `grounded`
 * (verdict `supported`); it never overrides a high-precision flag.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { canonicalJson } from '../core/jcs.js';
import { sha256Hex } from '../core/digest.js';
import { InputError } from '../core/errors.js';
import { exists, readText, writeFileAtomic } from '../core/fsx.js';
import type { JudgeVerdict } from './types.js';

/** Version of the prompt; part of the cache key so a prompt change never reuses old verdicts. */
export const JUDGE_PROMPT_VERSION = 'grounding-judge/v1';

const SYSTEM_PROMPT =
  'You check whether a CLAIM is fully supported by the SOURCES. Supported means every statement in the claim ' +
  'is stated or directly implied by the sources; anything missing, contradicted or more specific than the sources ' +
  'makes it unsupported. Reply with JSON only: {"verdict": "supported" | "unsupported", "reason": "<one sentence>"}.';

/** Judge settings. */
export interface JudgeOptions {
  /** base URL (`https://host/v1`) or the full `.../chat/completions` URL */
  url: string;
  /** bearer token; sent only in the Authorization header, never logged or recorded */
  apiKey?: string;
  model: string;
  /** cache file path (JSON); created when missing; needs `cacheKey` */
  cacheFile?: string;
  /**
   * secret HMAC key that authenticates the cache entries (at least 16 bytes of UTF-8; a repository
   * secret, never from the pull request); never logged or recorded
   */
  cacheKey?: string;
  /** per-request timeout, milliseconds (default 30000) */
  timeoutMs?: number;
  /** injectable fetch (tests) */
  fetch?: typeof fetch;
}

/** What the judge did in one run, for the report. */
export interface JudgeRecord {
  /** endpoint without credentials or query string */
  endpoint: string;
  model: string;
  promptVersion: string;
  calls: number;
  cacheHits: number;
  /** cache entries ignored because their MAC did not verify under the cache key (forged or stale) */
  cacheRejected: number;
  errors: number;
  cacheFile?: string;
}

interface CacheEntry {
  verdict: 'supported' | 'unsupported';
  model: string;
  reason?: string;
  /** base64url HMAC-SHA256 of {@link macInput} under the cache key */
  mac: string;
}
interface CacheFile {
  version: 2;
  entries: Record<string, CacheEntry>;
}
/** Least length of the cache key, bytes (NIST SP 800-107: at least the security strength, 128 bits). */
export const MIN_CACHE_KEY_BYTES = 16;

/** The bytes an entry's MAC covers: RFC 8785 canonical JSON of what the verdict is about and who gave it. */
function macInput(key: string, e: Omit<CacheEntry, 'mac'>, endpoint: string): string {
  return canonicalJson({
    endpoint,
    key,
    model: e.model,
    prompt: JUDGE_PROMPT_VERSION,
    reason: e.reason ?? null,
    type: 'mc-grounding-judge-cache/v2',
    verdict: e.verdict,
  });
}
/** HMAC-SHA256 of an entry (base64url). */
export function cacheEntryMac(cacheKey: string, key: string, e: Omit<CacheEntry, 'mac'>, endpoint: string): string {
  return createHmac('sha256', Buffer.from(cacheKey, 'utf8'))
    .update(macInput(key, e, endpoint), 'utf8')
    .digest('base64url');
}

/** The chat-completions URL for a base URL or a full one; credentials and query are refused. */
export function completionsUrl(url: string): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new InputError('judge-url', undefined, 'an http(s) URL', { found: url });
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    throw new InputError('judge-url', undefined, 'an http(s) URL', { found: u.protocol });
  if (u.username || u.password) throw new InputError('judge-url', undefined, 'a URL without credentials (pass the key separately)');
  if (!u.pathname.endsWith('/chat/completions')) u.pathname = u.pathname.replace(/\/$/, '') + '/chat/completions';
  return u;
}

/** The cache key of a judgement: SHA-256 of the RFC 8785 canonical JSON of model, prompt version, claim and sources. */
export function judgeKey(model: string, claim: string, sources: string[]): string {
  return sha256Hex(canonicalJson({ claim, model, prompt: JUDGE_PROMPT_VERSION, sources }));
}

/** Parses the assistant's reply: JSON `{"verdict": ...}` (possibly fenced) or a leading SUPPORTED / UNSUPPORTED. */
export function parseJudgeReply(content: string): { verdict: 'supported' | 'unsupported'; reason?: string } | undefined {
  const body = content
    .replace(/^\s*```(?:json)?\s*/i, '')
    .replace(/\s*```\s*$/, '')
    .trim();
  try {
    const j = JSON.parse(body) as { verdict?: unknown; reason?: unknown };
    const v = typeof j.verdict === 'string' ? j.verdict.toLowerCase().trim() : '';
    if (v === 'supported' || v === 'unsupported')
      return { verdict: v, reason: typeof j.reason === 'string' ? j.reason.slice(0, 500) : undefined };
  } catch {
    // not JSON: fall through to the keyword form
  }
  const m = /^\W*(unsupported|not supported|supported)\b/i.exec(body);
  if (!m) return undefined;
  return { verdict: m[1].toLowerCase() === 'supported' ? 'supported' : 'unsupported' };
}

/** A judge bound to one run: loads the cache once, asks the endpoint for misses, saves the cache. */
export class Judge {
  readonly record: JudgeRecord;
  private readonly url: URL;
  private cache: CacheFile = { version: 2, entries: Object.create(null) as Record<string, CacheEntry> };
  private dirty = false;

  constructor(private readonly opts: JudgeOptions) {
    this.url = completionsUrl(opts.url);
    if (!opts.model) throw new InputError('judge-model', undefined, 'a model name');
    this.record = {
      endpoint: `${this.url.origin}${this.url.pathname}`,
      model: opts.model,
      promptVersion: JUDGE_PROMPT_VERSION,
      calls: 0,
      cacheHits: 0,
      cacheRejected: 0,
      errors: 0,
    };
    if (opts.cacheFile) {
      if (!opts.cacheKey)
        throw new InputError(
          'judge-cache-key',
          undefined,
          'a secret cache key when a judge cache is used (the cache file is in the tree a pull request controls; its entries are authenticated with HMAC-SHA256 under this key)',
        );
      if (Buffer.byteLength(opts.cacheKey, 'utf8') < MIN_CACHE_KEY_BYTES)
        throw new InputError('judge-cache-key', undefined, `a secret of at least ${MIN_CACHE_KEY_BYTES} bytes`);
      this.record.cacheFile = opts.cacheFile;
    }
  }

  /** Whether an entry's MAC verifies under the cache key (constant-time comparison). */
  private authentic(key: string, e: CacheEntry): boolean {
    if (!this.opts.cacheKey || typeof e !== 'object' || e === null || typeof e.mac !== 'string') return false;
    if (
      (e.verdict !== 'supported' && e.verdict !== 'unsupported') ||
      typeof e.model !== 'string' ||
      (e.reason !== undefined && typeof e.reason !== 'string')
    )
      return false;
    const want = Buffer.from(cacheEntryMac(this.opts.cacheKey, key, e, this.record.endpoint), 'base64url');
    const got = Buffer.from(e.mac, 'base64url');
    return got.length === want.length && timingSafeEqual(got, want);
  }

  /**
   * Loads the cache file when it exists; keeps only the entries whose MAC verifies (the others are
   * counted in `record.cacheRejected` and dropped at the next save).
   * @throws InputError when the file is not a judge cache.
   */
  async load(): Promise<void> {
    const f = this.opts.cacheFile;
    if (!f || !(await exists(f))) return;
    let doc: { version?: unknown; entries?: unknown };
    try {
      doc = JSON.parse(await readText(f, 'judge cache')) as { version?: unknown; entries?: unknown };
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(f, undefined, 'a judge cache (JSON)');
    }
    if (
      typeof doc !== 'object' ||
      doc === null ||
      (doc.version !== 1 && doc.version !== 2) ||
      typeof doc.entries !== 'object' ||
      doc.entries === null ||
      Array.isArray(doc.entries)
    ) {
      throw new InputError(f, 'version', 'a judge cache with version 2 and entries');
    }
    for (const [key, e] of Object.entries(doc.entries as Record<string, CacheEntry>)) {
      // version 1 entries carry no MAC: never trusted
      if (doc.version === 2 && /^[0-9a-f]{64}$/.test(key) && this.authentic(key, e))
        this.cache.entries[key] = {
          verdict: e.verdict,
          model: e.model,
          ...(e.reason !== undefined ? { reason: e.reason } : {}),
          mac: e.mac,
        };
      else {
        this.record.cacheRejected++;
        this.dirty = true;
      }
    }
  }

  /** Saves the cache atomically when it changed. */
  async save(): Promise<void> {
    if (!this.opts.cacheFile || !this.dirty) return;
    const sorted: CacheFile = {
      version: 2,
      entries: Object.fromEntries(Object.entries(this.cache.entries).sort(([a], [b]) => (a < b ? -1 : 1))),
    };
    await writeFileAtomic(this.opts.cacheFile, JSON.stringify(sorted, null, 2) + '\n');
    this.dirty = false;
  }

  /** Judges one claim against its sources (cache first). Never throws for endpoint trouble. */
  async judge(claim: string, sources: string[]): Promise<JudgeVerdict> {
    const key = judgeKey(this.opts.model, claim, sources);
    const hit = this.cache.entries[key];
    if (hit) {
      this.record.cacheHits++;
      return { verdict: hit.verdict, key, model: hit.model, cached: true, ...(hit.reason ? { reason: hit.reason } : {}) };
    }
    this.record.calls++;
    const doFetch = this.opts.fetch ?? fetch;
    const user = `SOURCES:\n${sources.map((s, i) => `[${i + 1}] ${s}`).join('\n\n')}\n\nCLAIM:\n${claim}`;
    try {
      const res = await doFetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(this.opts.apiKey ? { authorization: `Bearer ${this.opts.apiKey}` } : {}) },
        body: JSON.stringify({
          model: this.opts.model,
          temperature: 0,
          messages: [
            { role: 'system', content: SYSTEM_PROMPT },
            { role: 'user', content: user },
          ],
        }),
        signal: AbortSignal.timeout(this.opts.timeoutMs ?? 30_000),
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const body = (await res.json()) as { choices?: { message?: { content?: unknown } }[] };
      const content = body.choices?.[0]?.message?.content;
      const parsed = typeof content === 'string' ? parseJudgeReply(content) : undefined;
      if (!parsed) throw new Error('unparsable reply');
      // kept in memory for the run (the same claim asked once); saved only under a cache key
      const entry = { verdict: parsed.verdict, model: this.opts.model, ...(parsed.reason ? { reason: parsed.reason } : {}) };
      this.cache.entries[key] = {
        ...entry,
        mac: this.opts.cacheKey ? cacheEntryMac(this.opts.cacheKey, key, entry, this.record.endpoint) : '',
      };
      this.dirty = true;
      return { verdict: parsed.verdict, key, model: this.opts.model, cached: false, ...(parsed.reason ? { reason: parsed.reason } : {}) };
    } catch (e) {
      this.record.errors++;
      return {
        verdict: 'unknown',
        key,
        model: this.opts.model,
        cached: false,
        reason: `judge unavailable: ${(e as Error).name === 'TimeoutError' ? 'timeout' : (e as Error).message}`,
      };
    }
  }
}
