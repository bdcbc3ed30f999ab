// Developer check that ndts runs unchanged in a browser (not part of `npm test`: CI has no
// browser). Serves the built package, loads it in headless Chromium as an ES module, runs the
// same snippets as in Node and compares the printed results.
//   npm run build && node scripts/browser-smoke.mjs [path/to/chromium]
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { execFile } from "node:child_process";
import { extname, join } from "node:path";

const SNIPPETS = [
  "String(np.array([[1, 2], [3, 4]]).add([10, 20]))",
  "String(np.linspace(0, 1, 5))",
  "String(np.exp(np.arange(5)))",
  "String(np.sum(np.arange(100000).astype('float64')))",
  "String(np.sqrt(np.array([1, 4, 9], {dtype: 'float32'})))",
  "String(np.arange(12).reshape(3, 4).T.get('::2'))",
  "String(np.std(np.linspace(-1, 1, 1001)))",
  "String(np.array([{re: 1, im: 2}]).multiply({re: 0, im: 1}))",
  "String(np.sum(np.arange(200000).reshape(1000, 200).astype('float64'), 0).get('0:3'))",
  "String(np.count_nonzero(np.arange(100000).astype('float64').greater(500)))",
  "String(np.arange(100000).get(np.arange(100000).greater(99990)))",
  "String(np.arange(1000).astype('float32').get(np.arange(300).multiply(3)).get('::100'))",
  "String(np.where(np.linspace(0, 1, 5000).greater(0.9995))[0])",
];

const root = process.cwd();
const page = `<!doctype html><meta charset="utf-8"><body><script type="module">
import * as np from "/dist/src/index.js";
const out = [];
for (const s of ${JSON.stringify(SNIPPETS)}) { try { out.push(eval(s)); } catch (e) { out.push("ERROR " + e.name + ": " + e.message); } }
document.body.textContent = JSON.stringify(out);
</script>`;

const server = createServer(async (req, res) => {
  const url = new URL(req.url, "http://x");
  if (url.pathname === "/smoke.html") {
    res.writeHead(200, { "content-type": "text/html" });
    return res.end(page);
  }
  try {
    const body = await readFile(join(root, url.pathname));
    res.writeHead(200, { "content-type": extname(url.pathname) === ".js" ? "text/javascript" : "application/octet-stream" });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const port = server.address().port;
const chromium = process.argv[2] ?? "/usr/bin/chromium";
const flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--virtual-time-budget=20000", "--dump-dom", `http://127.0.0.1:${port}/smoke.html`];
const dom = await new Promise((resolve, reject) =>
  execFile(chromium, flags, { maxBuffer: 1 << 24, timeout: 120000 }, (err, stdout) => (err ? reject(err) : resolve(stdout))),
);
server.close();
const match = /<body>(.*)<\/body>/s.exec(dom);
const got = match ? JSON.parse(match[1].replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&")) : null;
const np = await import(join(root, "dist/src/index.js"));
const want = SNIPPETS.map((s) => String(eval(s)));
let failed = 0;
SNIPPETS.forEach((s, i) => {
  const ok = got && got[i] === want[i];
  if (!ok) failed++;
  console.log(`${ok ? "ok  " : "FAIL"} ${s}${ok ? "" : `\n  browser: ${got ? got[i] : "(no result)"}\n  node:    ${want[i]}`}`);
});
console.log(`${SNIPPETS.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
