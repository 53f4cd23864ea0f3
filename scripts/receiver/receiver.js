// An independent webhook receiver for RoleReady Signals, built on the official Standard Webhooks
// library (npm "standardwebhooks"), so that signatures are checked by code this project did not write.
//
//   node receiver.js --port 4500 [--status 200]
//
// POST /<anything>        verify the delivery against every secret registered for that path, answer --status
// PUT  /_secrets/<path>   body: JSON array of whsec_ secrets for that path (replaces the list)
// GET  /_results          JSON array of every delivery seen: path, webhook-id, type, verified, error
// GET  /_health           200 once listening
const http = require("http");
const { Webhook } = require("standardwebhooks");

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const port = Number(option("--port", "4500"));
const status = Number(option("--status", "200"));
const secretsByPath = new Map();
const results = [];

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function verify(path, body, headers) {
  const secrets = secretsByPath.get(path) || [];
  let lastError = secrets.length === 0 ? "no secret registered for " + path : null;
  for (const secret of secrets) {
    try {
      const payload = new Webhook(secret).verify(body, {
        "webhook-id": headers["webhook-id"],
        "webhook-timestamp": headers["webhook-timestamp"],
        "webhook-signature": headers["webhook-signature"],
      });
      return { verified: true, secretIndex: secrets.indexOf(secret), payload };
    } catch (e) {
      lastError = String(e.message || e);
    }
  }
  return { verified: false, error: lastError };
}

http
  .createServer(async (req, res) => {
    const url = new URL(req.url, "http://localhost");
    const body = await readBody(req);
    if (req.method === "GET" && url.pathname === "/_health") {
      res.writeHead(200).end("ok");
    } else if (req.method === "GET" && url.pathname === "/_results") {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(results));
    } else if (req.method === "PUT" && url.pathname.startsWith("/_secrets/")) {
      secretsByPath.set("/" + url.pathname.substring("/_secrets/".length), JSON.parse(body.toString("utf8")));
      res.writeHead(204).end();
    } else if (req.method === "POST") {
      const outcome = verify(url.pathname, body.toString("utf8"), req.headers);
      results.push({
        path: url.pathname,
        webhookId: req.headers["webhook-id"],
        signatures: (req.headers["webhook-signature"] || "").split(" ").length,
        type: outcome.payload ? outcome.payload.type : null,
        verified: outcome.verified,
        verifiedWithSecret: outcome.verified ? outcome.secretIndex : null,
        error: outcome.error || null,
      });
      res.writeHead(outcome.verified ? status : 400).end(outcome.verified ? "verified" : "signature rejected");
    } else {
      res.writeHead(404).end();
    }
  })
  .listen(port, "127.0.0.1", () => console.log(`independent receiver listening on 127.0.0.1:${port}`));
