// How a sandbox is started: from the command line (cli.ts) or in-process (startSandbox).
import { SANDBOX_DEFAULT_PORT } from '@/lib/config/origins';

export interface ExtraAppRegistration {
  clientId: string;
  redirectUris: string[];
}

export interface SandboxOptions {
  /** 0 picks a free port. */
  port: number;
  customers: number;
  seed: number;
  /** API requests per minute and partner tenant before 429 (sliding window of the sandbox clock). */
  rateLimitPerMinute: number;
  /** Delay added to every API response. */
  latencyMs: number;
  /** Share (0 to 1) of API requests answered with a 5xx, drawn from the seed. */
  faultRate: number;
  /** How long a customer whose calls "time out" keeps the request open before its 504. */
  timeoutMs: number;
  /** The sandbox clock's starting instant; it then runs with real time. Default: now. */
  now?: Date;
  /** Public (SPA) app registrations beside the built-in ones. */
  extraApps: ExtraAppRegistration[];
  /** Redirect URIs added to the built-in delegated app (the extra apps list their own). */
  extraRedirectUris: string[];
  /** Serve the Partner Center pages (tests/sandbox/portal) after the API routes. */
  portal: boolean;
  /** Offer the undocumented bulk agreement-records feed; without it the feed answers 404, as where Microsoft withdrew it. */
  bulkFeed: boolean;
}

export const DEFAULT_OPTIONS: SandboxOptions = {
  port: SANDBOX_DEFAULT_PORT,
  customers: 200,
  seed: 1,
  rateLimitPerMinute: 500,
  latencyMs: 0,
  faultRate: 0,
  timeoutMs: 20_000,
  extraApps: [],
  extraRedirectUris: [],
  portal: true,
  bulkFeed: true,
};

export function resolveOptions(partial: Partial<SandboxOptions>): SandboxOptions {
  const options = { ...DEFAULT_OPTIONS, ...partial };
  const checks: [boolean, string][] = [
    [Number.isInteger(options.port) && options.port >= 0 && options.port <= 65535, 'port must be 0 to 65535'],
    [
      Number.isInteger(options.customers) && options.customers >= 0 && options.customers <= 1_000_000,
      'customers must be 0 to 1000000',
    ],
    [Number.isInteger(options.seed), 'seed must be an integer'],
    [Number.isInteger(options.rateLimitPerMinute) && options.rateLimitPerMinute > 0, 'rate limit must be a positive integer'],
    [options.latencyMs >= 0, 'latency must not be negative'],
    [options.faultRate >= 0 && options.faultRate <= 1, 'fault rate must be between 0 and 1'],
    [options.timeoutMs >= 0, 'timeout must not be negative'],
    [options.now === undefined || !Number.isNaN(options.now.getTime()), 'now must be a date'],
  ];
  const failed = checks.filter(([ok]) => !ok).map(([, message]) => message);
  if (failed.length > 0) throw new RangeError(`invalid sandbox options: ${failed.join('; ')}`);
  return options;
}

const USAGE = `usage: npm run sandbox -- [--port 4010] [--customers 200] [--seed 1] [--rate-limit 500] [--latency-ms 0]
       [--fault-rate 0] [--timeout-ms 20000] [--now ISO] [--client-id ID]... [--redirect-uri URI]... [--no-portal] [--no-bulk-feed]`;

/** Reads `--name value` pairs; --client-id and --redirect-uri may repeat. Throws with the usage on a mistake. */
export function parseCliArgs(argv: readonly string[]): Partial<SandboxOptions> {
  const options: Partial<SandboxOptions> = {};
  const clientIds: string[] = [];
  const redirectUris: string[] = [];
  const number = (flag: string, value: string | undefined): number => {
    const parsed = Number(value);
    if (value === undefined || value.trim() === '' || !Number.isFinite(parsed))
      throw new Error(`${flag} needs a number\n${USAGE}`);
    return parsed;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    const take = () => {
      i++;
      if (value === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
      return value;
    };
    switch (flag) {
      case '--port':
        options.port = number(flag, take());
        break;
      case '--customers':
        options.customers = number(flag, take());
        break;
      case '--seed':
        options.seed = number(flag, take());
        break;
      case '--rate-limit':
        options.rateLimitPerMinute = number(flag, take());
        break;
      case '--latency-ms':
        options.latencyMs = number(flag, take());
        break;
      case '--fault-rate':
        options.faultRate = number(flag, take());
        break;
      case '--timeout-ms':
        options.timeoutMs = number(flag, take());
        break;
      case '--now':
        options.now = new Date(take());
        break;
      case '--client-id':
        clientIds.push(take());
        break;
      case '--redirect-uri':
        redirectUris.push(take());
        break;
      case '--no-portal':
        options.portal = false;
        break;
      case '--no-bulk-feed':
        options.bulkFeed = false;
        break;
      case '--help':
        throw new Error(USAGE);
      default:
        throw new Error(`unknown option ${String(flag)}\n${USAGE}`);
    }
  }
  if (clientIds.length > 0) options.extraApps = clientIds.map((clientId) => ({ clientId, redirectUris }));
  if (redirectUris.length > 0) options.extraRedirectUris = redirectUris;
  return options;
}
