import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, parseCliArgs, resolveOptions } from './options';

describe('sandbox options', () => {
  it('reads every command-line option, the repeatable ones included', () => {
    const options = parseCliArgs([
      '--port',
      '0',
      '--customers',
      '50000',
      '--seed',
      '7',
      '--rate-limit',
      '20',
      '--latency-ms',
      '250',
      '--fault-rate',
      '0.1',
      '--timeout-ms',
      '100',
      '--now',
      '2026-01-05T00:00:00Z',
      '--client-id',
      'a1',
      '--client-id',
      'a2',
      '--redirect-uri',
      'https://x.example/cb',
      '--redirect-uri',
      'https://y.example/cb',
      '--no-portal',
    ]);
    expect(options).toEqual({
      port: 0,
      customers: 50000,
      seed: 7,
      rateLimitPerMinute: 20,
      latencyMs: 250,
      faultRate: 0.1,
      timeoutMs: 100,
      now: new Date('2026-01-05T00:00:00Z'),
      extraApps: [
        { clientId: 'a1', redirectUris: ['https://x.example/cb', 'https://y.example/cb'] },
        { clientId: 'a2', redirectUris: ['https://x.example/cb', 'https://y.example/cb'] },
      ],
      extraRedirectUris: ['https://x.example/cb', 'https://y.example/cb'],
      portal: false,
    });
  });

  it('defaults to port 4010, 200 customers, seed 1 and 500 requests a minute', () => {
    expect(resolveOptions({})).toMatchObject({
      port: 4010,
      customers: 200,
      seed: 1,
      rateLimitPerMinute: 500,
      latencyMs: 0,
      faultRate: 0,
    });
    expect(resolveOptions({})).toEqual(DEFAULT_OPTIONS);
  });

  it.each([[['--port']], [['--port', 'abc']], [['--unknown']]])('refuses %j with the usage', (argv) => {
    expect(() => parseCliArgs(argv)).toThrow(/usage: npm run sandbox/);
  });

  it.each([{ faultRate: 2 }, { port: 70000 }, { now: new Date('nope') }, { rateLimitPerMinute: 0 }])('refuses %j', (options) => {
    expect(() => resolveOptions(options)).toThrow(RangeError);
  });
});
