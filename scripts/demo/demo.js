// The end-to-end demo of RoleReady Signals. Started by scripts/demo.sh, which also runs the independent
// receiver; everything here talks to the service over its public REST API only.
//
// Environment: SIGNALS_URL (service), RECEIVER_URL (the running scripts/receiver), DEMO_SEED (default 42),
// DEMO_CALLS_PER_OPERATION (default 1300), DEMO_STRATEGY (default user_hash), DEMO_CONCURRENCY (default 8),
// DEMO_DELIVERY_TIMEOUT_S (default 60).
//
// Every run is independent of earlier ones: a fresh user per run for the webhooks, and per operation fresh
// variants with run-unique labels that take over as the only active ones (older ones are archived/deleted).
"use strict";
const { execFileSync } = require("child_process");
const crypto = require("crypto");
const path = require("path");
const { Random, streamSeed, PROFILES, OPERATIONS, outcome } = require("./simulation");

const BASE = (process.env.SIGNALS_URL || "http://localhost:9080").replace(/\/+$/, "");
const RECEIVER = (process.env.RECEIVER_URL || "").replace(/\/+$/, "");
const SEED = Number(process.env.DEMO_SEED || 42);
const CALLS = Number(process.env.DEMO_CALLS_PER_OPERATION || 1300);
const STRATEGY = process.env.DEMO_STRATEGY || "user_hash";
const CONCURRENCY = Number(process.env.DEMO_CONCURRENCY || 8);
const DELIVERY_TIMEOUT_MS = 1000 * Number(process.env.DEMO_DELIVERY_TIMEOUT_S || 60);
const USERS = 50000; // simulated platform users the calls come from
const EVENT_TYPES = ["resume.parsed", "resume.parse_failed", "ats.check_completed", "ats.check_failed",
  "tailoring.completed", "tailoring.failed", "operation.cancelled"];

const RUN = Date.now().toString(36).slice(-5) + crypto.randomBytes(2).toString("hex"); // unique per run
const started = Date.now();
const failures = []; // expectations that did not hold; unexpected HTTP answers abort at once

// ---------------------------------------------------------------------------------------------- helpers

class HttpFailure extends Error {}

/** One API call; any status outside `expected` aborts the demo with the answer's body. */
async function api(method, url, token, body, expected = [200]) {
  const headers = {};
  if (token) headers.authorization = "Bearer " + token;
  if (body !== undefined) headers["content-type"] = "application/json";
  let response;
  try {
    response = await fetch(url.startsWith("http") ? url : BASE + url, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new HttpFailure(`${method} ${url}: ${e.cause ? e.cause.message || e.cause.code : e.message}`);
  }
  const text = await response.text();
  if (!expected.includes(response.status)) {
    throw new HttpFailure(`${method} ${url}: expected HTTP ${expected.join(" or ")}, got ${response.status}: `
      + text.slice(0, 600));
  }
  return text ? JSON.parse(text) : null;
}

function devToken(...args) {
  const script = path.join(__dirname, "..", "dev-token");
  return execFileSync("bash", [script, ...args], { encoding: "utf8" }).trim();
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function table(columns, rows) {
  const cells = rows.map((row) => columns.map((c) => (row[c.key] === undefined || row[c.key] === null ? "–" : String(row[c.key]))));
  const widths = columns.map((c, i) => Math.max(c.title.length, ...cells.map((r) => r[i].length)));
  const line = (values) => "  " + values.map((v, i) => (columns[i].right ? v.padStart(widths[i]) : v.padEnd(widths[i])))
    .join("  ").trimEnd();
  console.log(line(columns.map((c) => c.title)));
  console.log(line(widths.map((w) => "-".repeat(w))));
  cells.forEach((r) => console.log(line(r)));
}

const pct = (x, digits = 1) => (x === undefined || x === null ? "–" : (100 * x).toFixed(digits) + " %");
const num = (x, digits = 1) => (x === undefined || x === null ? "–" : Number(x).toFixed(digits));
const signed = (x, digits = 1) => (x === undefined || x === null ? "–" : (x >= 0 ? "+" : "") + Number(x).toFixed(digits));
const pValue = (p) => (p === undefined || p === null ? "–" : p < 0.001 ? "p < 0.001" : "p = " + p.toFixed(3));
const heading = (text) => console.log("\n" + text + "\n" + "=".repeat(text.length));
const check = (ok, message) => {
  if (!ok) failures.push(message);
  return ok ? "ok" : "FAILED: " + message;
};

/** Runs `work(i)` for i in [0, n) with at most `limit` in flight. */
async function pool(n, limit, work) {
  let next = 0;
  const worker = async () => {
    while (next < n) await work(next++);
  };
  await Promise.all(Array.from({ length: Math.min(limit, n) }, worker));
}

// ------------------------------------------------------------------------------------------ webhooks

async function webhooks(tokens) {
  heading("1. Webhooks: signed deliveries, verified by an independent receiver");
  const user = `demo-user-${RUN}`;
  const userToken = devToken("--sub", user, "--email", `${user}@example.com`);
  const receiverPath = `/demo/${RUN}`;

  const config = await api("POST", "/api/webhooks/config", userToken, { url: RECEIVER + receiverPath });
  if (!config.secret || !config.secret.startsWith("whsec_")) throw new HttpFailure("no whsec_ secret in " + JSON.stringify(config));
  await api("PUT", `${RECEIVER}/_secrets${receiverPath}`, null, [config.secret], [204]);
  console.log(`user ${user}: endpoint ${config.id} -> ${config.url}`);
  console.log(`  signing secret ${config.secret.slice(0, 12)}… handed to the receiver (Node.js, npm "standardwebhooks")`);

  for (const type of EVENT_TYPES) {
    const event = await api("POST", "/api/events", tokens.service, {
      type, userId: user, idempotencyKey: `demo-${RUN}-${type}`,
      data: { operationId: `op-${RUN}-${type.split(".")[0]}`, resumeId: `resume-${RUN}`, note: "café ✓" },
    }, [202]);
    check(event.deliveries === 1 && event.duplicate === false,
      `publishing ${type} did not create exactly one new delivery: ${JSON.stringify(event)}`);
    console.log(`  published ${type.padEnd(20)} event ${event.eventId}: ${event.deliveries} delivery`);
  }
  const test = await api("POST", "/api/webhooks/test", userToken);
  console.log(`  test send: ${test.success ? "success" : "FAILED"}, receiver answered HTTP ${test.statusCode} in ${test.durationMs} ms`);
  check(test.success === true, `the test send did not succeed: ${JSON.stringify(test)}`);

  // Wait until the service logged all 8 as delivered and the receiver saw all 8.
  const expected = EVENT_TYPES.length + 1;
  const deadline = Date.now() + DELIVERY_TIMEOUT_MS;
  let log, seen;
  for (;;) {
    log = await api("GET", "/api/webhooks/logs?size=100", userToken);
    seen = (await api("GET", `${RECEIVER}/_results`)).filter((r) => r.path === receiverPath);
    const settled = log.items.filter((d) => d.status !== "pending").length;
    if ((log.total >= expected && settled >= expected && seen.length >= expected) || Date.now() > deadline) break;
    await sleep(250);
  }
  const waited = ((DELIVERY_TIMEOUT_MS - (deadline - Date.now())) / 1000).toFixed(1);
  const byWebhookId = new Map();
  for (const r of seen) byWebhookId.set(r.webhookId, [...(byWebhookId.get(r.webhookId) || []), r]);

  console.log(`\nDelivery log (GET /api/webhooks/logs), ${log.total} deliveries, settled after ${waited} s`);
  const rows = log.items.slice().reverse().map((d) => {
    const receipts = byWebhookId.get(d.webhookId) || [];
    const verified = receipts.length > 0 && receipts.every((r) => r.verified);
    const last = d.attemptLog[d.attemptLog.length - 1] || {};
    return {
      event: d.event, status: d.status, attempts: d.attempts, http: d.lastStatusCode, ms: last.durationMs,
      webhookId: d.webhookId,
      receiver: receipts.length === 0 ? "not received" : verified ? "verified"
        : `REJECTED (${receipts.filter((r) => !r.verified).length} of ${receipts.length}): `
          + [...new Set(receipts.map((r) => r.error).filter(Boolean))].join("; "),
    };
  });
  table([{ key: "event", title: "event" }, { key: "status", title: "status" },
    { key: "attempts", title: "attempts", right: true }, { key: "http", title: "HTTP", right: true },
    { key: "ms", title: "ms", right: true }, { key: "webhookId", title: "webhook-id" },
    { key: "receiver", title: "independent receiver" }], rows);

  const delivered = rows.filter((r) => r.status === "delivered").length;
  const verified = rows.filter((r) => r.receiver === "verified").length;
  const rejectedAtReceiver = seen.filter((r) => !r.verified).length;
  check(log.total === expected, `expected ${expected} deliveries in the log, found ${log.total}`);
  const states = rows.filter((r) => r.status !== "delivered").map((r) => `${r.event} ${r.status}`);
  check(delivered === expected, `${expected - delivered} deliveries not delivered (${states.join(", ")}), waited up to `
    + `${DELIVERY_TIMEOUT_MS / 1000} s`);
  check(verified === expected, `${expected - verified} deliveries not verified by the independent receiver`);
  check(rejectedAtReceiver === 0, `the receiver rejected ${rejectedAtReceiver} requests`);
  const types = new Set(rows.map((r) => r.event));
  check([...EVENT_TYPES, "webhook.test"].every((t) => types.has(t)), `not every event type was delivered: ${[...types]}`);

  const stats = await api("GET", "/api/webhooks/stats", userToken);
  console.log(`\nStatistics (GET /api/webhooks/stats, last ${stats.windowDays} days): ${stats.totalDeliveries} deliveries, `
    + `${stats.delivered} delivered, ${stats.failed} failed, ${stats.pending} pending; success rate ${pct(stats.successRate)}, `
    + `average attempts ${num(stats.averageAttempts, 2)}, attempt latency p50 ${stats.attemptLatencyMs.p50} ms / `
    + `p95 ${stats.attemptLatencyMs.p95} ms`);
  table([{ key: "event", title: "event" }, { key: "deliveries", title: "deliveries", right: true },
    { key: "delivered", title: "delivered", right: true }, { key: "failed", title: "failed", right: true },
    { key: "rate", title: "success", right: true }, { key: "attempts", title: "avg attempts", right: true }],
  stats.byEvent.map((e) => ({ ...e, rate: pct(e.successRate), attempts: num(e.averageAttempts, 2) })));
  check(stats.delivered === expected && stats.successRate === 1, `stats do not show ${expected}/${expected} delivered`);

  return { expected, delivered, verified };
}

// ---------------------------------------------------------------------------------------- A/B testing

/** A fresh control and challenger that become the operation's only active variants. */
async function setUp(op, admin) {
  const profile = PROFILES[op];
  const create = (label, name, prompt) => api("POST", "/api/ab-testing/variants", admin,
    { name, operation: op, variant: label, prompt }, [201]);
  const control = await create(`A-${RUN}`, `${op} current (demo ${RUN})`, profile.prompts[0]);
  const challenger = await create(`B-${RUN}`, `${op} challenger (demo ${RUN})`, profile.prompts[1]);
  await api("POST", `/api/ab-testing/promote/${control.id}`, admin); // the old control, if any, is demoted
  let archived = 0;
  let deleted = 0;
  for (const v of await api("GET", `/api/ab-testing/variants?operation=${op}`, admin)) {
    if (v.id === control.id || v.id === challenger.id) continue;
    const removed = await fetch(`${BASE}/api/ab-testing/variants/${v.id}`, {
      method: "DELETE", headers: { authorization: "Bearer " + admin },
    });
    if (removed.status === 200) archived++;
    else if (removed.status === 204) deleted++;
    else throw new HttpFailure(`DELETE variant ${v.id} of ${op}: HTTP ${removed.status} ${await removed.text()}`);
  }
  const active = await api("GET", `/api/ab-testing/variants?operation=${op}`, admin);
  const ids = active.map((v) => v.id).sort();
  if (ids.join() !== [control.id, challenger.id].sort().join() || !active.find((v) => v.id === control.id).isControl) {
    throw new HttpFailure(`${op}: the demo's variants did not become the only active ones: ${JSON.stringify(active)}`);
  }
  return { control, challenger, archived, deleted };
}

/** The seeded stream of simulated AI calls: ask for a variant, "run" the prompt, report the outcome. */
async function simulate(op, variants, service) {
  const profile = PROFILES[op];
  const users = new Random(streamSeed(SEED, op + "/users"));
  const arms = {
    [variants.control.id]: { profile: profile.control, rnd: new Random(streamSeed(SEED, op + "/control")) },
    [variants.challenger.id]: { profile: profile.challenger, rnd: new Random(streamSeed(SEED, op + "/challenger")) },
  };
  // Users and inputs are drawn up front, so the stream is the same whatever the interleaving.
  const calls = Array.from({ length: CALLS }, () => {
    const user = users.int(USERS);
    return { userId: `user-${user}`, input: { resumeId: `resume-${user}-${users.int(3)}`, jobId: `job-${users.int(2000)}` } };
  });
  await pool(CALLS, CONCURRENCY, async (i) => {
    const call = calls[i];
    const assigned = await api("POST", "/api/ab-testing/assignments", service,
      { operation: op, userId: call.userId, strategy: STRATEGY });
    const arm = arms[assigned.variantId];
    if (!arm) throw new HttpFailure(`${op}: assigned a variant that is not the demo's: ${JSON.stringify(assigned)}`);
    const result = outcome(arm.rnd, arm.profile, profile.metrics);
    await api("POST", "/api/ab-testing/results", service, {
      userId: call.userId, variantId: assigned.variantId, variant: assigned.variant, operation: op,
      input: call.input, ...result,
    }, [201]);
  });
}

function printResults(op, variants, results, winner) {
  const mine = new Map([[variants.control.id, "control"], [variants.challenger.id, "challenger"]]);
  table([{ key: "variant", title: "variant" }, { key: "role", title: "role" }, { key: "n", title: "n", right: true },
    { key: "success", title: "success", right: true }, { key: "quality", title: "quality", right: true },
    { key: "mean", title: "mean ms", right: true }, { key: "p50", title: "p50 ms*", right: true },
    { key: "p95", title: "p95 ms*", right: true },
    { key: "tokens", title: "mean tokens", right: true }, { key: "cost", title: "cost $", right: true },
    { key: "meanCost", title: "$/call", right: true }],
  results.variants.filter((v) => mine.has(v.variantId)).map((v) => ({
    variant: v.variant, role: mine.get(v.variantId), n: v.n, success: pct(v.successRate), quality: num(v.meanQuality),
    mean: num(v.meanDurationMs, 0), p50: v.p50DurationMs, p95: v.p95DurationMs, tokens: num(v.meanTokens, 0), cost: num(v.totalCostUsd, 3),
    meanCost: num(v.meanCostUsd, 5),
  })));
  console.log("  * percentiles from the server's log-bucketed duration histogram (within about 4 %)");
  const c = results.comparisons.find((x) => x.variantId === variants.challenger.id);
  const metric = (m, scale, unit) => `${signed(m.difference * scale)}${unit} [95 % CI ${signed(m.ciLower * scale)}, `
    + `${signed(m.ciUpper * scale)}], ${pValue(m.pValue)}`;
  console.log(`  ${c.variant} vs control: success ${metric(c.successRate, 100, " pts")} (two-proportion z)`);
  console.log(`  ${" ".repeat(c.variant.length)}             quality ${metric(c.qualityScore, 1, "")} (Welch t); `
    + `duration ${signed(c.durationMs.difference, 0)} ms, tokens ${signed(c.tokensUsed.difference, 0)}, `
    + `chance to beat control ${pct(c.chanceToBeatControl)}`);
  const s = results.sampleRatio;
  console.log(`  sample ratio: ${s.observed.join(" / ")} (p = ${num(s.pValue, 3)}) ${s.mismatch ? "MISMATCH" : "as intended"}`);
  const contest = winner.comparisons.find((x) => x.variantId === variants.challenger.id);
  console.log(`  winner rule (anytime-valid, alpha ${winner.alpha}, Holm, minTests ${winner.minTests}): success `
    + `${signed(contest.difference * 100)} pts [always-valid CI ${signed(contest.ciLower * 100)}, ${signed(contest.ciUpper * 100)}], `
    + `adjusted ${pValue(contest.adjustedPValue)}`);
  console.log(`  -> ${winner.declared ? "WINNER DECLARED" : "no winner"}: ${winner.reason}`);
}

async function abTesting(tokens) {
  heading("2. A/B testing of prompts: a seeded stream of simulated AI calls");
  console.log(`seed ${SEED}, ${CALLS} calls per operation, strategy ${STRATEGY}, ${CONCURRENCY} in flight; `
    + `labels A-${RUN} (control) and B-${RUN} (challenger)`);
  const outcomes = [];
  for (const op of OPERATIONS) {
    const profile = PROFILES[op];
    const c = profile.control;
    const t = profile.challenger;
    console.log(`\n${op}: challenger ${profile.truth === "better"
      ? `truly better (success ${pct(c.success, 0)} -> ${pct(t.success, 0)}, quality ${signed(t.quality - c.quality, 0)})`
      : `truly equal (success ${pct(c.success, 0)}, quality ${c.quality} for both)`}`);
    const variants = await setUp(op, tokens.admin);
    if (variants.archived + variants.deleted > 0) {
      console.log(`  older active variants: ${variants.archived} archived (they have results), ${variants.deleted} deleted`);
    }
    const t0 = Date.now();
    await simulate(op, variants, tokens.service);
    console.log(`  ${CALLS} calls (assignment + result) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const results = await api("GET", `/api/ab-testing/results/${op}`, tokens.admin);
    const winner = await api("GET", `/api/ab-testing/winner/${op}`, tokens.admin);
    printResults(op, variants, results, winner);
    const expectWinner = profile.truth === "better";
    const ok = expectWinner
      ? winner.declared && winner.winner.variantId === variants.challenger.id
      : !winner.declared;
    console.log(`  expected ${expectWinner ? "the challenger to be declared" : "no winner"}: `
      + check(ok, `${op}: ${expectWinner ? "the truly better challenger was not declared" : "a winner was declared on equal prompts"} (${winner.reason})`));
    outcomes.push({ op, variants, winner, expectWinner, ok });
  }

  heading("3. Promote the declared winners");
  for (const o of outcomes.filter((x) => x.winner.declared)) {
    const promoted = await api("POST", `/api/ab-testing/promote/${o.winner.winner.variantId}`, tokens.admin);
    console.log(`POST /api/ab-testing/promote/${promoted.id}: ${o.op} ${promoted.variant} is the control now`);
    check(promoted.isControl === true, `${o.op}: promoted variant is not the control`);
  }
  const stats = await api("GET", "/api/ab-testing/stats", tokens.admin);
  const rows = [];
  for (const o of outcomes) {
    const control = (await api("GET", `/api/ab-testing/variants?operation=${o.op}`, tokens.admin)).find((v) => v.isControl);
    const line = stats.operations.find((l) => l.operation === o.op) || {};
    const expectedControl = o.winner.declared ? o.winner.winner.variantId : o.variants.control.id;
    check(control && control.id === expectedControl, `${o.op}: the control is not ${expectedControl}`);
    rows.push({ op: o.op, control: control.variant, name: control.name, promoted: o.winner.declared ? "yes" : "no",
      results: line.results });
  }
  table([{ key: "op", title: "operation" }, { key: "promoted", title: "promoted" }, { key: "control", title: "control now" },
    { key: "name", title: "name" }, { key: "results", title: "results (incl. earlier runs)", right: true }], rows);
  return outcomes;
}

// ---------------------------------------------------------------------------------------------- main

async function main() {
  if (!RECEIVER) throw new HttpFailure("RECEIVER_URL is not set: run scripts/demo.sh, which starts the receiver");
  console.log(`RoleReady Signals demo, run ${RUN}, against ${BASE}`);
  const ready = await api("GET", "/health/ready", null).catch((e) => {
    throw new HttpFailure(`the service is not ready at ${BASE} (${e.message}); start it with ./mvnw liberty:run`);
  });
  console.log(`service ready (database ${ready.checks?.[0]?.data?.product ?? "?"})`);
  const tokens = {
    service: devToken("--sub", "demo-ai-service", "--groups", "service"),
    admin: devToken("--sub", "demo-admin", "--email", "demo-admin@example.com", "--groups", "admin"),
  };
  const hooks = await webhooks(tokens);
  const outcomes = await abTesting(tokens);

  heading("Summary");
  console.log(`webhooks            ${hooks.delivered}/${hooks.expected} delivered, ${hooks.verified}/${hooks.expected} `
    + `verified by the independent receiver`);
  for (const o of outcomes) {
    console.log(`${o.op.padEnd(19)} ${o.winner.declared ? `winner ${o.winner.winner.variant} declared and promoted` : "no winner declared"}`
      + ` (expected: ${o.expectWinner ? "winner" : "none"}) ${o.ok ? "ok" : "FAILED"}`);
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  if (failures.length > 0) {
    console.log(`\nDEMO FAILED after ${seconds} s (run ${RUN}, seed ${SEED}):`);
    failures.forEach((f) => console.log("  - " + f));
    process.exitCode = 1;
  } else {
    console.log(`\nDEMO PASSED in ${seconds} s (run ${RUN}, seed ${SEED})`);
  }
}

main().catch((e) => {
  console.error(`\nDEMO FAILED: ${e instanceof HttpFailure ? e.message : e.stack || e}`);
  process.exitCode = 1;
});
