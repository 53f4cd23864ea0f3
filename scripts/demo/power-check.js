// Checks the demo's sample size before it is used: how often does the server's winner rule declare the
// challenger, for each operation profile of simulation.js, with CALLS simulated calls split 50/50?
//
//   node scripts/demo/power-check.js [calls per operation, default 1300] [experiments, default 20000]
//
// It re-implements, for two arms, the decision of domain/.../statistics/WinnerRule.java (ADR 0014): the
// leader is the best success rate (ties: quality, then the control); a winner is declared only when the
// leader is the challenger and the anytime-valid confidence sequence (Waudby-Smith et al., N* = 5000,
// alpha 0.05) gives p < alpha; with one challenger Holm-Bonferroni changes nothing. The demo looks once,
// at the end; the sequential test would allow any number of looks.
"use strict";
const { Random, PROFILES, OPERATIONS } = require("./simulation");

const calls = Number(process.argv[2] || 1300);
const experiments = Number(process.argv[3] || 20000);
const ALPHA = 0.05;
const TUNING = 5000;
const m2la = -2 * Math.log(ALPHA);
const RHO2 = (m2la + Math.log(m2la + 1)) / TUNING;

/** The anytime-valid p-value of the success-rate difference, as SequentialTest.java computes it. */
function sequentialP(sc, nc, st, nt) {
  const pc = sc / nc;
  const pt = st / nt;
  const variance = (pc * (1 - pc)) / nc + (pt * (1 - pt)) / nt;
  if (!(variance > 0)) return 1;
  const z = (pt - pc) / Math.sqrt(variance);
  const nRho2 = (nc + nt) * RHO2;
  return Math.min(1, Math.sqrt(nRho2 + 1) * Math.exp((-z * z * nRho2) / (2 * (nRho2 + 1))));
}

function declared(rnd, profile) {
  let nc = 0, sc = 0, qc = 0, nt = 0, st = 0, qt = 0;
  for (let i = 0; i < calls; i++) {
    const arm = rnd.bernoulli(0.5) ? "challenger" : "control";
    const p = profile[arm];
    const ok = rnd.bernoulli(p.success) ? 1 : 0;
    const q = p.quality + p.qualitySd * rnd.normal();
    if (arm === "control") { nc++; sc += ok; qc += q; } else { nt++; st += ok; qt += q; }
  }
  const rc = sc / nc;
  const rt = st / nt;
  const challengerLeads = rt > rc || (rt === rc && qt / nt > qc / nc);
  return challengerLeads && rt > rc && sequentialP(sc, nc, st, nt) < ALPHA;
}

const rnd = new Random(20240605);
console.log(`${calls} calls per operation (about ${Math.round(calls / 2)} per arm), ${experiments} simulated experiments each`);
for (const op of OPERATIONS) {
  const profile = PROFILES[op];
  let wins = 0;
  for (let e = 0; e < experiments; e++) if (declared(rnd, profile)) wins++;
  const c = profile.control;
  const t = profile.challenger;
  console.log(`${op.padEnd(19)} ${profile.truth.padEnd(6)} success ${c.success} vs ${t.success}: winner declared in `
    + `${((100 * wins) / experiments).toFixed(2)} % of experiments`);
}
