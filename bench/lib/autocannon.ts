/**
 * The part of autocannon's programmatic API the benchmarks use (it ships no
 * types), and the request they make: POST /v1/events with a body per request.
 */
import { createRequire } from 'node:module';

export interface AutocannonResult {
  duration: number;
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; p99_9: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  '2xx': number;
}
export interface AutocannonRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  setupRequest: (req: { body?: string }) => { body?: string };
}
type Autocannon = (opts: { url: string; connections: number; duration: number; requests: AutocannonRequest[] }) => Promise<AutocannonResult>;
export const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/** The headers of a page's POST to the collector (text/plain: no CORS preflight). */
export const EVENT_HEADERS = { 'content-type': 'text/plain;charset=UTF-8', origin: 'http://localhost:5173' };

/** POST /v1/events, each request with a new `body()`. */
export function postEvents(body: () => string, headers: Record<string, string> = EVENT_HEADERS): AutocannonRequest {
  return { method: 'POST', path: '/v1/events', headers, setupRequest: (req) => ({ ...req, body: body() }) };
}
