import { describe, expect, it } from "vitest";

import { renderNginxConf } from "./nginx-conf.mjs";

const base = { runDir: "/srv/app/.next/proxy", listen: 8080, upstreamPorts: [8081, 8082], uid: 1000 };

describe("renderNginxConf (deploy/nginx.conf)", () => {
  it("fills every placeholder: run dir, listen address, one server line per upstream", () => {
    const conf = renderNginxConf(base);
    expect(conf).not.toMatch(/\{\{[A-Z_]+\}\}/);
    expect(conf).toContain("pid /srv/app/.next/proxy/nginx.pid;");
    expect(conf).toContain("proxy_cache_path /srv/app/.next/proxy/cache ");
    expect(conf).toContain("proxy_temp_path /srv/app/.next/proxy/tmp/proxy;");
    expect(conf).toMatch(/^\s+listen 8080;$/m);
    expect(conf.match(/^\s+server 127\.0\.0\.1:\d+ max_fails=0;$/gm)).toEqual([
      "        server 127.0.0.1:8081 max_fails=0;",
      "        server 127.0.0.1:8082 max_fails=0;",
    ]);
  });

  it("points the upstream lines at the loopback address the upstreams listen on", () => {
    expect(renderNginxConf({ ...base, upstreamHost: "[::1]" })).toContain("server [::1]:8081 max_fails=0;");
    expect(() => renderNginxConf({ ...base, upstreamHost: "example.com" })).toThrow(/upstream host/);
  });

  it("names a user only when started as root (whose workers would otherwise be nobody)", () => {
    expect(renderNginxConf(base)).not.toMatch(/^user /m);
    expect(renderNginxConf({ ...base, uid: 0 })).toMatch(/^user root root;$/m);
  });

  it("keys the cache on the full URI and the RSC headers, and never caches an RSC request", () => {
    const conf = renderNginxConf(base);
    const key = /proxy_cache_key "([^"]+)";/.exec(conf)?.[1] ?? "";
    for (const part of [
      "$request_uri",
      "$host",
      "$http_rsc",
      "$http_next_router_state_tree",
      "$http_next_router_prefetch",
      "$http_next_router_segment_prefetch",
      "$http_next_url",
    ])
      expect(key).toContain(part);
    expect(conf).toMatch(/proxy_cache_bypass \$http_rsc;/);
    expect(conf).toMatch(/proxy_no_cache \$http_rsc \$redirect_not_cached;/);
  });

  it("adds none of the app's security headers and hides none", () => {
    const conf = renderNginxConf(base).replace(/#.*$/gm, "");
    expect(conf).not.toMatch(/proxy_hide_header/);
    expect(conf.match(/add_header\s+\S+/g)).toEqual(["add_header X-Cache-Status"]);
  });

  it("refuses values nginx would misread and a template with an unknown placeholder", () => {
    expect(() => renderNginxConf({ ...base, runDir: "relative/dir" })).toThrow(/absolute/);
    expect(() => renderNginxConf({ ...base, runDir: "/tmp/a b" })).toThrow(/misread/);
    expect(() => renderNginxConf({ ...base, runDir: "/tmp/a;b" })).toThrow(/misread/);
    expect(() => renderNginxConf({ ...base, listen: "8080; evil" })).toThrow(/listen/);
    expect(() => renderNginxConf({ ...base, upstreamPorts: [] })).toThrow(/upstream/);
    expect(() => renderNginxConf(base, "listen {{LISTEN}}; {{PORTS}}")).toThrow(/unknown placeholder \{\{PORTS\}\}/);
  });
});
