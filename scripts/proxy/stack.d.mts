// Types for stack.mjs, so TypeScript specs (e2e/proxy.spec.ts) can drive it.
export interface Child {
  name: string;
  pid: number;
  /** Resolves with the exit code (or signal) once the process has exited. */
  exited: Promise<number | string>;
  readonly running: boolean;
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export interface ProxyStack {
  url: string;
  runDir: string;
  readonly pids: { nginx: number; upstreams: number[] };
  readonly processes: Child[];
  restartUpstreams(env?: Record<string, string>): Promise<void>;
  stop(): Promise<void>;
}

export const ROOT: string;
export const NGINX: string;
export function startArgv(root?: string): string[];
export function waitForHttp(url: string, o?: { timeoutMs?: number; exited?: Promise<unknown> }): Promise<void>;
export function startProxyStack(o: {
  port: number;
  host?: string;
  upstreamPorts: number[];
  runDir: string;
  env?: Record<string, string>;
  stdio?: "pipe" | "inherit";
  log?: (...m: unknown[]) => void;
}): Promise<ProxyStack>;
