// The simulated AI calls of the demo: a seeded PRNG and, per operation, how the control and the
// challenger prompt behave. Shared by demo.js (which sends the calls) and power-check.js (which checks
// that the sample size makes the winner rule reliable for exactly these profiles).
"use strict";

/** mulberry32: a tiny, well-known 32-bit seeded PRNG; returns floats in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed from the run's seed and a stream name (FNV-1a), so each stream is independent. */
function streamSeed(seed, name) {
  let h = 0x811c9dc5 ^ (Number(seed) >>> 0);
  for (const ch of String(name)) {
    h ^= ch.codePointAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A seeded random source with the few distributions the simulation needs. */
class Random {
  constructor(seed) {
    this.next = mulberry32(seed);
    this.spare = null;
  }
  bernoulli(p) {
    return this.next() < p;
  }
  /** Standard normal (Box-Muller, the second value kept for the next call). */
  normal() {
    if (this.spare !== null) {
      const s = this.spare;
      this.spare = null;
      return s;
    }
    const u = 1 - this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }
  int(n) {
    return Math.floor(this.next() * n);
  }
}

const PRICE_PER_1K_TOKENS_USD = 0.003;

// Per operation: the control's and the challenger's behaviour. "better" operations have a challenger
// that truly wins on success (and quality); "equal" ones have two prompts that behave identically.
const PROFILES = {
  tailoring: {
    truth: "better",
    prompts: ["Rewrite the resume so that it matches the job description.",
      "Rewrite the resume for the job: lead with the 3 most relevant achievements, quantify each, keep bullets under 20 words."],
    control: { success: 0.55, quality: 70, qualitySd: 11, medianMs: 2300, sigma: 0.35, tokens: 1450, tokensSd: 220 },
    challenger: { success: 0.75, quality: 78, qualitySd: 10, medianMs: 2500, sigma: 0.35, tokens: 1600, tokensSd: 240 },
    metrics: (rnd, ok) => ({ bullets: ok ? 5 + rnd.int(4) : 0 }),
  },
  ats_analysis: {
    truth: "better",
    prompts: ["Score the resume against the job posting like an ATS would.",
      "Act as an ATS: extract the posting's required keywords first, then score coverage, format and seniority separately."],
    control: { success: 0.62, quality: 66, qualitySd: 12, medianMs: 1200, sigma: 0.30, tokens: 900, tokensSd: 150 },
    challenger: { success: 0.8, quality: 74, qualitySd: 11, medianMs: 1350, sigma: 0.30, tokens: 1050, tokensSd: 160 },
    metrics: (rnd, ok) => ({ keywordsMatched: ok ? 8 + rnd.int(10) : 0 }),
  },
  content_generation: {
    truth: "equal",
    prompts: ["Write a cover letter for this resume and job.",
      "Write a cover letter for this resume and job in a warm, direct tone."],
    control: { success: 0.7, quality: 72, qualitySd: 10, medianMs: 3100, sigma: 0.4, tokens: 2100, tokensSd: 300 },
    challenger: { success: 0.7, quality: 72, qualitySd: 10, medianMs: 3100, sigma: 0.4, tokens: 2100, tokensSd: 300 },
    metrics: (rnd, ok) => ({ words: ok ? 250 + rnd.int(150) : 0 }),
  },
  skill_extraction: {
    truth: "equal",
    prompts: ["List the skills in this resume as JSON.",
      "Return the resume's skills as a JSON array of {name, level}; do not invent skills."],
    control: { success: 0.82, quality: 80, qualitySd: 9, medianMs: 800, sigma: 0.3, tokens: 600, tokensSd: 90 },
    challenger: { success: 0.82, quality: 80, qualitySd: 9, medianMs: 800, sigma: 0.3, tokens: 600, tokensSd: 90 },
    metrics: (rnd, ok) => ({ skills: ok ? 6 + rnd.int(15) : 0 }),
  },
};

const OPERATIONS = Object.keys(PROFILES);

/** One simulated outcome of a call with the given arm profile, drawn from that arm's own stream. */
function outcome(rnd, arm, metrics) {
  const success = rnd.bernoulli(arm.success);
  const quality = Math.min(100, Math.max(0, arm.quality + arm.qualitySd * rnd.normal()));
  // Log-normal latency; failed calls tend to be the slow ones (timeouts, retries inside the AI client).
  const durationMs = Math.round(arm.medianMs * Math.exp(arm.sigma * rnd.normal()) * (success ? 1 : 1.3));
  const tokensUsed = Math.max(50, Math.round(arm.tokens + arm.tokensSd * rnd.normal()));
  const costUsd = Math.round((tokensUsed / 1000) * PRICE_PER_1K_TOKENS_USD * 1e6) / 1e6;
  return {
    success,
    qualityScore: Math.round(quality * 10) / 10,
    durationMs,
    tokensUsed,
    costUsd,
    outputMetrics: metrics(rnd, success),
  };
}

module.exports = { mulberry32, streamSeed, Random, PROFILES, OPERATIONS, outcome };
