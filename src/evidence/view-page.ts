/// <reference lib="dom" />
/**
 * The script of the evidence viewer page (see view.ts), written as one self-contained function whose
 * source text is inlined into the page: it must not refer to anything outside itself. It runs in the
 * browser under a strict Content-Security-Policy (no network, no eval, its own hash only).
 *
 * What it does:
 * 1. renders the release, the signatures (pending) and the first rows of the file table at once;
 * 2. verifies, with WebCrypto (Ed25519, SHA-256): every DSSE signature over PAE(payloadType, payload)
 *    (DSSE v1 protocol) against the embedded JWKS, that line 2 (the Merkle-root statement) names the
 *    sha256 of line 1's payload and the same Merkle root, and the sha256 of every embedded file against
 *    the manifest's subjects; files dropped on the page are checked the same way;
 * 3. sets `data-verdict="verified"` or `"failed"` on <main>, with what failed.
 * All untrusted text is inserted with textContent, never as markup.
 */
export function evidenceViewPage(): void {
  type Sig = { keyid?: string; sig: string };
  type Env = { payloadType: string; payload: string; signatures: Sig[] };
  type FileRow = { path: string; sha256: string; size: number; kind: string; mediaType: string; labels: Record<string, string> };
  type Embedded = { path: string; text?: string; base64?: string };
  type Data = {
    packFile: string;
    lines: string[];
    jwks: { keys?: { kid?: string; kty?: string; crv?: string; x?: string; alg?: string; use?: string }[] };
    jwksSource: string;
    files: Embedded[];
    notEmbedded: string[];
    generatedBy: string;
  };
  type Status = 'pending' | 'ok' | 'mismatch' | 'not embedded';

  const t0 = performance.now();
  const main = document.querySelector('main') as HTMLElement;
  const data = JSON.parse((document.getElementById('mc-pack') as HTMLElement).textContent || '{}') as Data;
  const problems: string[] = [];

  const el = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    attrs: Record<string, string> = {},
    ...kids: (Node | string | null | undefined)[]
  ): HTMLElementTagNameMap[K] => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    for (const k of kids) if (k != null) e.append(typeof k === 'string' ? document.createTextNode(k) : k);
    return e;
  };
  const b64 = (s: string): Uint8Array => {
    const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/').replace(/\s/g, '') + '='.repeat((4 - (s.length % 4)) % 4));
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  };
  const hex = (buf: ArrayBuffer): string => Array.from(new Uint8Array(buf), (x) => x.toString(16).padStart(2, '0')).join('');
  const sha256 = async (bytes: Uint8Array): Promise<string> => hex(await crypto.subtle.digest('SHA-256', bytes as unknown as BufferSource));
  const utf8 = new TextEncoder();
  const fmtSize = (n: number) => (n < 1024 ? `${n} B` : n < 1048576 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / 1048576).toFixed(1)} MiB`);

  // ---- parse (untrusted until verified) ----
  let env: Env | undefined;
  let rootEnv: Env | undefined;
  let statement: {
    subject?: { name: string; digest: { sha256: string } }[];
    predicate?: { release?: Record<string, string>; files?: Omit<FileRow, 'sha256'>[]; merkle?: { root: string; treeSize: number } };
  } = {};
  let rootStatement: { predicate?: { manifest?: { sha256: string }; merkle?: { root: string } } } = {};
  const decodeJson = (b: string) => JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(b64(b)));
  try {
    env = JSON.parse(data.lines[0]) as Env;
    statement = decodeJson(env.payload);
  } catch {
    problems.push(`${data.packFile}: line 1 is not a readable DSSE envelope of an in-toto Statement`);
  }
  try {
    if (data.lines[1]) {
      rootEnv = JSON.parse(data.lines[1]) as Env;
      rootStatement = decodeJson(rootEnv.payload);
    } else problems.push(`${data.packFile}: line 2 (the Merkle-root statement) is missing`);
  } catch {
    problems.push(`${data.packFile}: line 2 is not a readable DSSE envelope`);
  }
  const subjects = Array.isArray(statement.subject) ? statement.subject : [];
  const described = Array.isArray(statement.predicate?.files) ? statement.predicate!.files! : [];
  const rows: (FileRow & { status: Status; search: string })[] = subjects.map((s, i) => {
    const f = described[i] ?? ({} as Partial<FileRow>);
    const labels = f.labels && typeof f.labels === 'object' ? f.labels : {};
    const row = {
      path: String(s.name),
      sha256: String(s.digest?.sha256 ?? ''),
      size: Number(f.size ?? 0),
      kind: String(f.kind ?? ''),
      mediaType: String(f.mediaType ?? ''),
      labels,
      status: 'pending' as Status,
      search: '',
    };
    row.search = [row.path, row.sha256, row.kind, ...Object.entries(labels).map(([k, v]) => `${k}=${v}`)].join('\n').toLowerCase();
    return row;
  });
  const byPath = new Map(rows.map((r) => [r.path, r]));
  const embedded = new Map(data.files.map((f) => [f.path, f]));
  const textOf = (path: string): string | undefined => {
    const f = embedded.get(path);
    if (!f) return undefined;
    return f.text ?? new TextDecoder().decode(b64(f.base64 ?? ''));
  };
  const jsonOf = (path: string): unknown => {
    try {
      return JSON.parse(textOf(path) ?? 'null');
    } catch {
      return undefined;
    }
  };

  // ---- layout ----
  const verdict = el('p', { id: 'verdict', role: 'status', 'aria-live': 'polite' }, 'Verifying…');
  const problemList = el('ul', { id: 'problems' });
  const release = statement.predicate?.release ?? {};
  const sigTable = el(
    'table',
    { id: 'signatures' },
    el('caption', {}, 'Signatures (DSSE, Ed25519)'),
    el(
      'thead',
      {},
      el('tr', {}, el('th', { scope: 'col' }, 'line'), el('th', { scope: 'col' }, 'keyid'), el('th', { scope: 'col' }, 'status')),
    ),
  );
  const sigBody = el('tbody');
  sigTable.append(sigBody);
  const views: Record<string, HTMLElement> = {};
  const tabs = el('div', { role: 'tablist', 'aria-label': 'Views' });
  const addView = (id: string, title: string, content: HTMLElement) => {
    const tab = el(
      'button',
      { role: 'tab', id: `tab-${id}`, 'aria-controls': `view-${id}`, 'aria-selected': 'false', tabindex: '-1', type: 'button' },
      title,
    );
    const panel = el(
      'section',
      { role: 'tabpanel', id: `view-${id}`, 'aria-labelledby': `tab-${id}`, hidden: '' },
      el('h2', {}, title),
      content,
    );
    tab.addEventListener('click', () => select(id));
    tabs.append(tab);
    views[id] = panel;
  };
  const select = (id: string) => {
    for (const [k, panel] of Object.entries(views)) {
      const tab = document.getElementById(`tab-${k}`) as HTMLElement;
      const on = k === id;
      tab.setAttribute('aria-selected', String(on));
      tab.setAttribute('tabindex', on ? '0' : '-1');
      if (on) panel.removeAttribute('hidden');
      else panel.setAttribute('hidden', '');
    }
  };
  // keyboard: arrows move between tabs (WAI-ARIA tabs pattern)
  tabs.addEventListener('keydown', (e) => {
    const list = Array.from(tabs.querySelectorAll('[role=tab]')) as HTMLElement[];
    const i = list.indexOf(document.activeElement as HTMLElement);
    if (i < 0) return;
    const j =
      e.key === 'ArrowRight'
        ? (i + 1) % list.length
        : e.key === 'ArrowLeft'
          ? (i - 1 + list.length) % list.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? list.length - 1
              : -1;
    if (j < 0) return;
    e.preventDefault();
    list[j].focus();
    list[j].click();
  });

  // overview
  const dl = el('dl');
  for (const [k, v] of [
    ['release', `${release.name ?? '?'} ${release.version ?? ''}`],
    ['created', release.createdAt ?? '?'],
    ['commit', release.commit ?? '-'],
    ['run', release.run ?? '-'],
    ['files', String(rows.length)],
    ['Merkle root', statement.predicate?.merkle?.root ?? '-'],
    ['keys', `${(data.jwks.keys ?? []).length} in ${data.jwksSource}`],
  ])
    dl.append(el('dt', {}, k), el('dd', {}, v));
  addView('overview', 'Release and signatures', el('div', {}, dl, sigTable, el('h3', {}, 'Problems'), problemList));

  // files + search
  const search = el('input', {
    type: 'search',
    id: 'search',
    'aria-label': 'Search by digest, file, kind, region, tenant or deny reason',
    placeholder: 'digest, file, kind, region=…, tenant=…, deny reason',
  });
  const count = el('p', { id: 'search-count', 'aria-live': 'polite' });
  const fileBody = el('tbody');
  const fileTable = el(
    'table',
    { id: 'files' },
    el('caption', {}, 'Files (sha256 from the signed manifest)'),
    el('thead', {}, el('tr', {}, ...['status', 'file', 'kind', 'size', 'sha256', 'labels'].map((h) => el('th', { scope: 'col' }, h)))),
    fileBody,
  );
  const decisionsFound = el('ul', { id: 'decision-results' });
  const STATUS_TEXT: Record<Status, string> = {
    pending: '… pending',
    ok: '✓ ok',
    mismatch: '✗ MISMATCH',
    'not embedded': '○ not embedded (drop the file to check)',
  };
  const LIMIT = 200;
  const rowEls = new Map<string, HTMLTableRowElement>();
  const fileRow = (r: (typeof rows)[number]) => {
    const tr = el(
      'tr',
      { 'data-path': r.path, 'data-status': r.status },
      el('td', {}, STATUS_TEXT[r.status]),
      el('td', {}, el('code', {}, r.path)),
      el('td', {}, r.kind),
      el('td', {}, fmtSize(r.size)),
      el('td', {}, el('code', { class: 'digest' }, r.sha256)),
      el(
        'td',
        {},
        Object.entries(r.labels)
          .map(([k, v]) => `${k}=${v}`)
          .join(' '),
      ),
    );
    rowEls.set(r.path, tr);
    return tr;
  };
  type Decision = { file: string; where: string; outcome: string; reasons: string[]; search: string };
  const decisions: Decision[] = [];
  const runSearch = () => {
    const s0 = performance.now();
    const q = search.value.trim().toLowerCase();
    const terms = q.split(/\s+/).filter(Boolean);
    const hits = terms.length ? rows.filter((r) => terms.every((t) => r.search.includes(t))) : rows;
    rowEls.clear();
    fileBody.replaceChildren(...hits.slice(0, LIMIT).map(fileRow));
    const dHits = terms.length ? decisions.filter((d) => terms.every((t) => d.search.includes(t))) : [];
    decisionsFound.replaceChildren(
      ...dHits
        .slice(0, LIMIT)
        .map((d) =>
          el('li', {}, `${d.outcome.toUpperCase()} `, el('code', {}, d.where), ` (${d.file}): `, d.reasons.join('; ') || 'no reason given'),
        ),
    );
    count.textContent = `${hits.length} of ${rows.length} files${hits.length > LIMIT ? ` (first ${LIMIT} shown)` : ''}; ${dHits.length} policy decisions match`;
    main.dataset.searchMs = (performance.now() - s0).toFixed(2);
  };
  search.addEventListener('input', runSearch);
  const drop = el(
    'div',
    {
      id: 'drop',
      tabindex: '0',
      role: 'button',
      'aria-label': 'Drop evidence files or a folder here to check their sha256 against the signed manifest',
    },
    'Drop evidence files here (or choose them) to check their sha256 against the signed manifest.',
  );
  const picker = el('input', { type: 'file', multiple: '', id: 'picker', 'aria-label': 'Choose evidence files' });
  addView(
    'files',
    'Files',
    el(
      'div',
      {},
      el('label', { for: 'search' }, 'Search '),
      search,
      count,
      el('h3', {}, 'Policy decisions found'),
      decisionsFound,
      drop,
      picker,
      fileTable,
    ),
  );

  // ---- gate reports (from embedded files) ----
  type Obj = Record<string, unknown>;
  const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
  const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const str = (v: unknown) => (v === undefined || v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v));
  const table = (caption: string, headers: string[], body: (string | Node)[][]) =>
    el(
      'table',
      {},
      el('caption', {}, caption),
      el('thead', {}, el('tr', {}, ...headers.map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...body.map((r) => el('tr', {}, ...r.map((c) => el('td', {}, c))))),
    );
  const reports: Record<string, HTMLElement[]> = { drift: [], policy: [], intoto: [], canary: [], grounding: [], trajectory: [], slo: [] };

  const svgNS = 'http://www.w3.org/2000/svg';
  const svg = (tag: string, attrs: Record<string, string | number>, ...kids: (Node | string)[]) => {
    const e = document.createElementNS(svgNS, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    for (const k of kids) e.append(typeof k === 'string' ? document.createTextNode(k) : k);
    return e;
  };
  /** baseline vs canary: min..max whiskers, p95 tick and mean dot per side, on one scale */
  const canaryChart = (m: Obj): SVGElement => {
    const b = isObj(m.baseline) ? m.baseline : {};
    const c = isObj(m.canary) ? m.canary : {};
    const nums = [b.min, b.max, c.min, c.max].map(Number).filter(Number.isFinite);
    const lo = Math.min(...nums);
    const hi = Math.max(...nums);
    const x = (v: unknown) => 70 + ((Number(v) - lo) / (hi - lo || 1)) * 480;
    const side = (label: string, s: Obj, y: number, dash: string) => [
      svg('text', { x: 0, y: y + 4, 'font-size': 11 }, label),
      svg('line', { x1: x(s.min), x2: x(s.max), y1: y, y2: y, stroke: 'currentColor', 'stroke-dasharray': dash }),
      svg('line', { x1: x(s.p95), x2: x(s.p95), y1: y - 6, y2: y + 6, stroke: 'currentColor' }),
      svg('circle', { cx: x(s.mean), cy: y, r: 4, fill: 'currentColor' }),
    ];
    const iv = isObj(m.interval) ? m.interval : {};
    return svg(
      'svg',
      {
        viewBox: '0 0 560 70',
        width: 560,
        height: 70,
        role: 'img',
        'aria-label': `${str(m.name)}: baseline mean ${str(b.mean)}, canary mean ${str(c.mean)}, shift interval ${str(iv.lower)} to ${str(iv.upper)}`,
      },
      ...side('baseline', b, 18, ''),
      ...side('canary', c, 42, '4 2'),
      svg(
        'text',
        { x: 70, y: 66, 'font-size': 10 },
        `min ${Number(lo).toPrecision(4)} · max ${Number(hi).toPrecision(4)} · shift interval [${Number(iv.lower).toPrecision(3)}, ${Number(iv.upper).toPrecision(3)}] · ● mean, | p95`,
      ),
    );
  };
  const highlight = (text: string, spans: string[]): Node => {
    const p = el('p');
    let rest = text;
    const marks = spans.filter(Boolean);
    while (rest) {
      let best = -1;
      let len = 0;
      for (const s of marks) {
        const i = rest.indexOf(s);
        if (i >= 0 && (best < 0 || i < best)) [best, len] = [i, s.length];
      }
      if (best < 0) {
        p.append(rest);
        break;
      }
      p.append(rest.slice(0, best), el('mark', {}, rest.slice(best, best + len)));
      rest = rest.slice(best + len);
    }
    return p;
  };

  for (const r of rows) {
    // only JSON documents and JSON-lines files can be reports or decision logs
    if (!/\.(json|jsonl|sarif)$/i.test(r.path) || !embedded.has(r.path)) continue;
    const text = textOf(r.path);
    if (text === undefined) continue;
    let doc: unknown;
    if (text.trimStart().startsWith('{"payloadType"')) {
      // a signed statement (config snapshot, grounding or SLO attestation): its bytes are covered by the
      // signed manifest; the predicate is shown when it is a report this page knows
      try {
        doc = decodeJson((JSON.parse(text.split('\n', 1)[0]) as Env).payload)?.predicate;
      } catch {
        continue;
      }
    } else if (r.path.endsWith('.jsonl')) {
      // decision logs (OPA decision log lines)
      for (const [i, line] of text.split('\n').entries()) {
        if (!line.trim()) continue;
        try {
          const d = JSON.parse(line) as Obj;
          if (typeof d.outcome === 'string' || typeof d.allowed === 'boolean') {
            const reasons = arr(d.reasons).map(str);
            decisions.push({
              file: r.path,
              where: `${str(d.source) || r.path}:${i + 1}`,
              outcome: str(d.outcome) || (d.allowed ? 'allow' : 'deny'),
              reasons,
              search: [r.path, str(d.outcome), ...reasons, str(d.decision_id)].join('\n').toLowerCase(),
            });
          }
        } catch {
          /* not a decision line */
        }
      }
      continue;
    }
    doc ??= jsonOf(r.path);
    if (!isObj(doc)) continue;
    const head = el('h3', {}, el('code', {}, r.path));
    if (Array.isArray(doc.resources) && isObj(doc.counts) && typeof doc.status === 'string') {
      const changes = arr(doc.resources).flatMap((res) => (isObj(res) ? arr(res.changes).map((ch) => [res, ch] as const) : []));
      reports.drift.push(
        el(
          'article',
          {},
          head,
          el(
            'p',
            {},
            `${str(doc.title || doc.status)}: ${str((doc.counts as Obj).changes)} changes in ${str((doc.counts as Obj).changed)} resources`,
          ),
          table(
            'Config drift (baseline → current)',
            ['op', 'resource', 'path', 'baseline', 'current', 'ignored by'],
            changes.map(([res, ch]) => {
              const c = isObj(ch) ? ch : {};
              return [
                str(c.op) === '+' ? '+ added' : str(c.op) === '-' ? '− removed' : '~ changed',
                str((res as Obj).id),
                el('code', {}, str(c.path)),
                el('del', {}, str(c.baseline)),
                el('ins', {}, str(c.current)),
                str(c.ignoredBy),
              ];
            }),
          ),
        ),
      );
    } else if (doc.gate === 'opa-sim' && Array.isArray(doc.decisions)) {
      const ds = arr(doc.decisions).filter(isObj);
      for (const d of ds) {
        const reasons = arr(d.reasons).map(str);
        const src = isObj(d.source) ? `${str(d.source.file)}:${str(d.source.line)}` : str(d.source);
        decisions.push({
          file: r.path,
          where: src,
          outcome: str(d.outcome),
          reasons,
          search: [r.path, src, str(d.outcome), ...reasons].join('\n').toLowerCase(),
        });
      }
      reports.policy.push(
        el(
          'article',
          {},
          head,
          el('p', {}, `${str(doc.decision)}: ${JSON.stringify(doc.summary)}`),
          table(
            'Policy decisions',
            ['outcome', 'input', 'deny reasons'],
            ds.map((d) => [
              str(d.outcome).toUpperCase(),
              isObj(d.source) ? `${str(d.source.file)}:${str(d.source.line)}` : str(d.source),
              arr(d.reasons).map(str).join('; '),
            ]),
          ),
        ),
      );
    } else if (Array.isArray(doc.steps) && isObj(doc.layout)) {
      reports.intoto.push(
        el(
          'article',
          {},
          head,
          el('p', {}, doc.passed ? 'PASS: the supply chain matches its layout' : 'FAIL'),
          table(
            'in-toto steps and inspections',
            ['kind', 'name', 'status', 'links (valid/threshold)', 'artifact rules'],
            [...arr(doc.steps), ...arr(doc.inspections)]
              .filter(isObj)
              .map((s) => [
                str(s.kind),
                str(s.name),
                str(s.status).toUpperCase(),
                `${str(s.validLinks)}/${str(s.threshold ?? '-')}`,
                JSON.stringify(s.rules ?? {}),
              ]),
          ),
        ),
      );
    } else if (typeof doc.decision === 'string' && Array.isArray(doc.metrics) && isObj(doc.judge)) {
      reports.canary.push(
        el(
          'article',
          {},
          head,
          el('p', {}, `${str(doc.decision)}: score ${str(doc.score)} (${str(doc.classification)}): ${str(doc.decisionReason)}`),
          ...arr(doc.metrics)
            .filter(isObj)
            .map((m) =>
              el(
                'figure',
                {},
                canaryChart(m),
                el('figcaption', {}, `${str(m.name)}: ${str(m.classification)}${m.critical ? ' (critical)' : ''}: ${str(m.reason)}`),
              ),
            ),
        ),
      );
    } else if (Array.isArray(doc.answers) && isObj(doc.counts)) {
      reports.grounding.push(
        el(
          'article',
          {},
          head,
          el('p', {}, `pass rate ${str(doc.passRate)}: ${JSON.stringify(doc.counts)}`),
          ...arr(doc.answers)
            .filter(isObj)
            .slice(0, 500)
            .map((a) =>
              el(
                'details',
                {},
                el('summary', {}, `${str(a.verdict).toUpperCase()} ${str(a.id)}`),
                ...arr(a.claims)
                  .filter(isObj)
                  .map((c) => {
                    const flags = arr(c.flags).filter(isObj);
                    return el(
                      'div',
                      { class: 'claim' },
                      el('strong', {}, `${str(c.verdict)}: `),
                      highlight(
                        str(c.claim),
                        flags.map((f) => str(f.span)),
                      ),
                      flags.length ? el('ul', {}, ...flags.map((f) => el('li', {}, `${str(f.name)}: ${str(f.detail)}`))) : null,
                    );
                  }),
              ),
            ),
        ),
      );
    } else if (Array.isArray(doc.results) && isObj(doc.summary) && 'match' in doc) {
      reports.trajectory.push(
        el(
          'article',
          {},
          head,
          el('p', {}, `${doc.match ? 'MATCH' : 'DRIFT'}: ${JSON.stringify(doc.summary)}`),
          ...arr(doc.results)
            .filter(isObj)
            .map((res) =>
              table(
                `${str(res.id)} (${str(res.mode)}): ${res.match ? 'match' : 'DRIFT'}`,
                ['golden step', 'tool', 'status', 'actual steps'],
                arr(res.steps)
                  .filter(isObj)
                  .map((s) => [str(s.golden_index), str(s.label), str(s.status).toUpperCase(), arr(s.actual_indices).map(str).join(', ')]),
              ),
            ),
        ),
      );
    } else if (Array.isArray(doc.slos) && typeof doc.prometheus === 'string') {
      reports.slo.push(
        el(
          'article',
          {},
          head,
          table(
            `SLOs at ${str(doc.at)}: ${str(doc.status).toUpperCase()}`,
            ['status', 'SLO', 'SLI', 'budget consumed', 'alerts'],
            arr(doc.slos)
              .filter(isObj)
              .map((s) => [
                str(s.status).toUpperCase(),
                str(s.name),
                str(s.sli),
                str(s.budgetConsumed),
                arr(s.alerts)
                  .filter(isObj)
                  .map((a) => str(a.message))
                  .join('; '),
              ]),
          ),
        ),
      );
    }
  }
  const titles: Record<string, string> = {
    drift: 'Config drift',
    policy: 'Policy decisions',
    intoto: 'Supply chain (in-toto)',
    canary: 'Canary',
    grounding: 'Grounding',
    trajectory: 'Agent trajectories',
    slo: 'SLOs',
  };
  for (const [k, list] of Object.entries(reports)) if (list.length) addView(k, titles[k], el('div', {}, ...list));
  if (data.notEmbedded.length)
    addView(
      'missing',
      'Not embedded',
      el(
        'div',
        {},
        el('p', {}, 'These files were too large or binary to embed; drop them on the Files view to check them.'),
        el('ul', {}, ...data.notEmbedded.map((p) => el('li', {}, el('code', {}, p)))),
      ),
    );

  main.replaceChildren(
    el('h1', {}, `Evidence: ${release.name ?? 'pack'} ${release.version ?? ''}`),
    verdict,
    tabs,
    ...Object.values(views),
    el('footer', {}, `Generated by ${data.generatedBy}. Verified in this browser with WebCrypto; no network is used.`),
  );
  const hash = new URLSearchParams(location.hash.slice(1));
  select(hash.get('view') && views[hash.get('view')!] ? hash.get('view')! : 'overview');
  if (hash.get('q')) search.value = hash.get('q')!;
  runSearch();
  main.dataset.firstViewMs = (performance.now() - t0).toFixed(2);

  // ---- verification ----
  const pae = (type: string, payload: Uint8Array) => {
    const head = utf8.encode(`DSSEv1 ${utf8.encode(type).length} ${type} ${payload.length} `);
    const out = new Uint8Array(head.length + payload.length);
    out.set(head);
    out.set(payload, head.length);
    return out;
  };
  const setStatus = (r: (typeof rows)[number], s: Status) => {
    r.status = s;
    const tr = rowEls.get(r.path);
    if (tr) {
      tr.dataset.status = s;
      (tr.firstChild as HTMLElement).textContent = STATUS_TEXT[s];
    }
  };
  const checkBytes = async (path: string, bytes: Uint8Array, how: string) => {
    const r = byPath.get(path);
    if (!r) return false;
    const d = await sha256(bytes);
    if (d === r.sha256 && bytes.length === r.size) setStatus(r, 'ok');
    else {
      setStatus(r, 'mismatch');
      problems.push(`${path}: sha256 ${d} (${how}) differs from the signed ${r.sha256}`);
    }
    return true;
  };
  const verifyEnvelope = async (e: Env | undefined, line: number): Promise<boolean> => {
    if (!e || !Array.isArray(e.signatures) || !e.signatures.length) {
      problems.push(`${data.packFile}: line ${line}: no signatures`);
      return false;
    }
    const msg = pae(String(e.payloadType), b64(e.payload));
    let valid = 0;
    for (const s of e.signatures) {
      const keys = (data.jwks.keys ?? []).filter(
        (k) =>
          k.kty === 'OKP' &&
          k.crv === 'Ed25519' &&
          (!s.keyid || k.kid === s.keyid) &&
          (!k.alg || k.alg === 'EdDSA') &&
          (!k.use || k.use === 'sig'),
      );
      let status = keys.length ? 'invalid' : 'unknown key';
      for (const k of keys) {
        try {
          const key = await crypto.subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x: k.x }, { name: 'Ed25519' }, false, ['verify']);
          if (await crypto.subtle.verify({ name: 'Ed25519' }, key, b64(s.sig) as unknown as BufferSource, msg as unknown as BufferSource)) {
            status = 'valid';
            break;
          }
        } catch (err) {
          status = `unverifiable (${(err as Error).name}: this browser lacks WebCrypto Ed25519?)`;
        }
      }
      if (status === 'valid') valid++;
      else problems.push(`${data.packFile}: line ${line}: signature by ${s.keyid ?? 'an unnamed key'}: ${status}`);
      sigBody.append(
        el(
          'tr',
          { 'data-status': status },
          el('td', {}, String(line)),
          el('td', {}, el('code', {}, s.keyid ?? '-')),
          el('td', {}, status === 'valid' ? '✓ valid' : `✗ ${status}`),
        ),
      );
    }
    return valid > 0 && valid === e.signatures.length;
  };
  (async () => {
    const ok1 = await verifyEnvelope(env, 1);
    const ok2 = await verifyEnvelope(rootEnv, 2);
    if (env && rootEnv && ok1 && ok2) {
      const manifestDigest = await sha256(b64(env.payload));
      if (rootStatement.predicate?.manifest?.sha256 !== manifestDigest)
        problems.push(
          `${data.packFile}: line 2 names manifest ${rootStatement.predicate?.manifest?.sha256}, line 1's payload is ${manifestDigest}`,
        );
      if (rootStatement.predicate?.merkle?.root !== statement.predicate?.merkle?.root)
        problems.push(`${data.packFile}: the Merkle roots of lines 1 and 2 differ`);
    }
    // only signed data is trusted from here on: an unsigned manifest's files are not checked
    if (ok1) {
      for (const r of rows) {
        const f = embedded.get(r.path);
        if (!f) setStatus(r, 'not embedded');
        else await checkBytes(r.path, f.text !== undefined ? utf8.encode(f.text) : b64(f.base64 ?? ''), 'embedded copy');
      }
    }
    for (const p of embedded.keys()) if (!byPath.has(p)) problems.push(`${p}: embedded but not in the signed manifest`);
    const failed = problems.length > 0 || !ok1 || !ok2;
    main.dataset.verdict = failed ? 'failed' : 'verified';
    verdict.textContent = failed
      ? `✗ FAILED: ${problems.length} problem${problems.length === 1 ? '' : 's'} (see Release and signatures)`
      : `✓ VERIFIED: ${rows.length} files, every signature valid under ${data.jwksSource}`;
    problemList.replaceChildren(...(problems.length ? problems.map((p) => el('li', {}, p)) : [el('li', {}, 'none')]));
    main.dataset.verifyMs = (performance.now() - t0).toFixed(2);
  })();

  // dropped or chosen files: matched by name (path suffix) and checked against the signed digest
  const checkFiles = async (files: File[]) => {
    let n = 0;
    for (const f of files) {
      const rel = (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name;
      const row = rows.find(
        (r) => r.path === rel || r.path.endsWith('/' + rel) || rel.endsWith('/' + r.path) || r.path.split('/').pop() === f.name,
      );
      if (row && (await checkBytes(row.path, new Uint8Array(await f.arrayBuffer()), `dropped ${rel}`))) n++;
    }
    count.textContent = `${n} dropped file${n === 1 ? '' : 's'} checked against the signed manifest`;
    if (problems.length) {
      main.dataset.verdict = 'failed';
      verdict.textContent = `✗ FAILED: ${problems.length} problems`;
      problemList.replaceChildren(...problems.map((p) => el('li', {}, p)));
    }
  };
  drop.addEventListener('dragover', (e) => e.preventDefault());
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    void checkFiles(Array.from(e.dataTransfer?.files ?? []));
  });
  drop.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') picker.click();
  });
  picker.addEventListener('change', () => void checkFiles(Array.from(picker.files ?? [])));
}
