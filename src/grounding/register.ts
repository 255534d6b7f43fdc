/**
 * The register of a cited source: whether it reports research (an abstract, a results section, a trial report), told
 * by the phrases that genre writes and other prose rarely does: the authors' report of their own work ("we show", "here
 * we", "our data suggest"), the structured abstract's section heads ("RESULTS", "CONCLUSIONS"), statistical notation
 * ("P < .001", "95% CI", "odds ratio") and the experimental setting ("in vivo", "placebo", "randomized").
 *
 * A claim about a paper restates its cited passage in the field's words and adds what the paper says elsewhere (the
 * organism, the method, the drug class), so there the count of words missing from the passage is weak evidence, as it
 * is against prose dense with symbols (claims.ts {@link import('./claims.js').scientificSource}). Symbol density misses
 * clinical and epidemiological abstracts that write few gene or protein symbols; this register test finds them.
 *
 * Pure, bounded work (the first {@link MAX_CHARS} characters of each source; linear regular expressions), memoized per
 * analysis object (sources are shared between claims).
 */

/** Most characters of a source scanned for register cues. */
const MAX_CHARS = 20_000;

/** The authors' report of their own findings ("here we show", "we found that", "our data suggest"). */
const REPORT = new RegExp(
  [
    String.raw`\bhere,? we (?:show|report|describe|demonstrate|present|provide|identify|investigate|investigated|examined|used|tested|found|find|propose)`,
    String.raw`\bwe (?:show|showed|demonstrate|demonstrated|report|reported|identify|identified|conclude|concluded|detect|detected|observed|found|find|propose) that`,
    String.raw`\bwe (?:demonstrate|detect|observe|identify|describe)\b`,
    String.raw`\b(?:our|these) (?:data|results|findings) (?:show|suggest|indicate|demonstrate|reveal|provide)`,
  ].join('|'),
  'i',
);

/**
 * Cues of the genre alone: one is enough. The section heads of a structured abstract (upper case, as abstracts write
 * them) and statistical notation.
 */
const GENRE: RegExp[] = [
  /(?:^|[\s.])(?:RESULTS|CONCLUSIONS?|METHODS|BACKGROUND|OBJECTIVES?|INTERPRETATION|FINDINGS|DESIGN|SETTING|PARTICIPANTS)\b/,
  // an estimate with its interval: "3·1% (2·2-4·3)", "0.73 [0.54 to 0.98]"
  /\d[.·]\d+%? [([]\d+[.·]\d+ ?(?:[-–]|to) ?\d+[.·]\d+[)\]]/,
  /\b(?:[Pp] ?[<=>≤≥] ?0?[.·]\d|[Pp] less than 0?[.·]\d|95% ?(?:CI|confidence interval)|confidence interval|odds ratio|hazard ratio|relative risk|incidence rate ratio)/,
];

/**
 * Words of the experimental and clinical setting: two distinct ones, dense enough, make the register, and one makes an
 * authors' report ({@link REPORT}) a research report ("here we show that the new store ..." is none).
 */
const WEAK = new RegExp(
  String.raw`\b(?:significantly|statistically|in vitro|in vivo|randomi[sz]ed|placebo|cohort|knockout|knockdown|transgenic|wild-type|` +
    String.raw`phenotypes?|mutants?|assays?|mice|murine|patients|participants|trials?|expression|cells|tissues?|genes?|proteins?|` +
    String.raw`receptors?|pathways?|inhibitors?|incidence|prevalence|mortality|clinical|subjects|genomes?|genomic|DNA|RNA|mRNAs?|` +
    String.raw`enzymes?|kinases?|antibod(?:y|ies)|tumou?rs?|neurons?|mutations?|alleles?|plasma|serum|bacteria|bacterial|viral|virus|chromosomes?|chromosomal)\b`,
  'gi',
);
/**
 * Words of the biomedical vocabulary told by their Greco-Latin word formation (lower case): conditions
 * ("apoptosis", "arthritis", "hyperglycaemia", "adenocarcinoma", "neuropathy", "dysplasia", "hypertrophy"), cells and bodies
 * ("adipocytes", "osteoblasts", "macrophages", "nucleosomes", "hepatocytic"), processes ("angiogenesis", "oncogenic")
 * and drugs ("erythromycin", "penicillins"). Each counts as a weak cue ({@link WEAK}): the vocabulary of a research report
 * that writes none of the genre's phrases. Endings that everyday words share are left out ("-oses": "proposes"; "academia"),
 * and the few left ("photogenic") count as one cue: the register needs two distinct ones and their share.
 */
const BIOMEDICAL =
  /\b\p{Ll}{3,}(?:osis|itis|(?<!acad)[ae]mias?|ocytes?|ocytic|oblasts?|ophages?|osomes?|genesis|ogenic|ectomy|opath(?:y|ies)|plasias?|trophy|mycins?|cillins?)\b|\b\p{Ll}*(?:carcin|lymph|melan|gli|sarc|aden)omas?\b/gu;
/** Least distinct weak cues for the research register without another cue. */
const MIN_WEAK = 2;
/**
 * Least share of a text's words that are weak cues (with repeats): a long meeting transcript on health policy says
 * "patients" and "clinical" now and then, an abstract in every sentence. Chosen on the dev splits (SciFact's rationales
 * with two weak cues lie at 0.02 and above, no meeting transcript reaches it).
 */
const MIN_WEAK_SHARE = 0.015;

const cache = new WeakMap<object, boolean>();

/**
 * Whether a text reports research: a cue of the genre ({@link GENRE}), an authors' report ({@link REPORT}) with a weak cue
 * ({@link WEAK}), or at least {@link MIN_WEAK} distinct weak cues making at least {@link MIN_WEAK_SHARE} of its words.
 * E-mails, meeting transcripts, dialogue snippets and encyclopedia passages rarely write these ("contribute significantly
 * to your business" is one weak cue, not the register).
 * @param a an analysed source (its `text`; the answer is memoized on the object).
 */
export function researchRegister(a: { text: string }): boolean {
  let r = cache.get(a);
  if (r === undefined) {
    const text = a.text.slice(0, MAX_CHARS);
    const seen = new Set<string>();
    let hits = 0;
    for (const m of text.matchAll(WEAK)) {
      seen.add(m[0].toLowerCase().replace(/s$/, ''));
      hits++;
    }
    for (const m of text.matchAll(BIOMEDICAL)) {
      seen.add(m[0].replace(/s$/, ''));
      hits++;
    }
    const words = text.split(/\s+/).filter(Boolean).length;
    r =
      GENRE.some((re) => re.test(text)) ||
      (seen.size >= 1 && REPORT.test(text)) ||
      (seen.size >= MIN_WEAK && hits >= MIN_WEAK_SHARE * words);
    cache.set(a, r);
  }
  return r;
}

/** Whether any cited source reports research ({@link researchRegister}). */
export function researchSource(cited: readonly { text: string }[]): boolean {
  return cited.some(researchRegister);
}

/** A speaker's turn of a transcript: "Project Manager: ...", "Speaker 2: ..." at the start of a line. */
const TURN = /^[\p{Lu}][\p{L}\d.' -]{0,30}:\s/u;
/** Least turns of a transcript (and at least half of its non-empty lines are turns). */
const MIN_TURNS = 3;
const transcriptCache = new WeakMap<object, boolean>();

/**
 * Whether a text is a transcript of talk (a meeting, a call): at least {@link MIN_TURNS} lines, and half of its non-empty
 * lines, start with a speaker's name and a colon ("Project Manager: Yeah , okay ."). Spoken talk affirms and negates
 * loosely ("let's give it a number", "no, no, I mean ..."), so a single word it says is weak evidence against a claim's
 * denial of it (check.ts). Bounded like {@link researchRegister}; memoized per analysis object.
 * @param a an analysed source (its `text`).
 */
export function transcriptRegister(a: { text: string }): boolean {
  let r = transcriptCache.get(a);
  if (r === undefined) {
    const lines = a.text
      .slice(0, MAX_CHARS)
      .split('\n')
      .filter((l) => l.trim());
    const turns = lines.filter((l) => TURN.test(l)).length;
    r = turns >= MIN_TURNS && turns >= lines.length / 2;
    transcriptCache.set(a, r);
  }
  return r;
}
