// Renders deploy/nginx.conf: its {{RUN_DIR}}, {{LISTEN}}, {{UPSTREAMS}} and {{USER}} placeholders
// are the only values that change between a deployment, `npm run serve:proxy`, the proxy tests
// and the bench. Everything else is the file as written.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const TEMPLATE = fileURLToPath(new URL("../../deploy/nginx.conf", import.meta.url));

/**
 * @param {{ runDir: string, listen: string | number, upstreamPorts: number[], upstreamHost?: string, uid?: number }} o
 *   upstreamHost: the loopback address the upstreams listen on, 127.0.0.1 or [::1]
 * @returns {string} the config text; throws if a placeholder is left or a value is unsafe
 */
export function renderNginxConf(
  { runDir, listen, upstreamPorts, upstreamHost = "127.0.0.1", uid = process.getuid?.() ?? -1 },
  template = fs.readFileSync(TEMPLATE, "utf8"),
) {
  if (!path.isAbsolute(runDir)) throw new Error(`run dir must be absolute: ${runDir}`);
  // A value lands inside nginx syntax: no spaces, quotes, semicolons or braces.
  if (/[\s;{}"'#$]/.test(runDir)) throw new Error(`run dir has characters nginx would misread: ${runDir}`);
  if (!/^(\d{1,3}(\.\d{1,3}){3}:)?\d{1,5}$/.test(String(listen))) throw new Error(`bad listen address: ${listen}`);
  if (!upstreamPorts.length || !upstreamPorts.every((p) => Number.isInteger(p) && p > 0 && p < 65536))
    throw new Error(`bad upstream ports: ${upstreamPorts}`);
  if (!/^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:]+\])$/i.test(upstreamHost)) throw new Error(`bad upstream host: ${upstreamHost}`);
  const values = {
    RUN_DIR: runDir,
    LISTEN: String(listen),
    // max_fails=0: a slow render is not a dead server; the pool stays whole under load.
    UPSTREAMS: upstreamPorts.map((p) => `        server ${upstreamHost}:${p} max_fails=0;`).join("\n"),
    // As root, nginx's workers would run as `nobody` and could not write the run dir.
    USER: uid === 0 ? "user root root;" : "",
  };
  const out = template.replace(/\{\{([A-Z_]+)\}\}/g, (m, key) => {
    if (!(key in values)) throw new Error(`unknown placeholder ${m} in deploy/nginx.conf`);
    return values[key];
  });
  return out;
}

/** Creates the run dir (cache emptied: a new build is never served from an old cache) and writes nginx.conf into it. */
export function prepareRunDir({ runDir, listen, upstreamPorts, upstreamHost }) {
  fs.rmSync(path.join(runDir, "cache"), { recursive: true, force: true });
  for (const d of ["cache", "tmp/client_body", "tmp/proxy", "tmp/fastcgi", "tmp/uwsgi", "tmp/scgi"])
    fs.mkdirSync(path.join(runDir, d), { recursive: true });
  const file = path.join(runDir, "nginx.conf");
  fs.writeFileSync(file, renderNginxConf({ runDir, listen, upstreamPorts, upstreamHost }));
  return file;
}
