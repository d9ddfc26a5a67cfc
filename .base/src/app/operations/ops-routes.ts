import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkHealth, type HealthSources } from './health.ts';
import type { BotMetrics } from './metrics.ts';

/** Answers the request when it is one of ours; false lets the caller (the webhook server) go on. */
export type HttpRoutes = (request: IncomingMessage, response: ServerResponse) => boolean;

/** GET /healthz (JSON, 200 or 503) and GET /metrics (Prometheus text). Errors answer 500 with no detail. */
export function createOpsRoutes(health: HealthSources, metrics: BotMetrics): HttpRoutes {
  const fail = (response: ServerResponse) => {
    if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('internal error\n');
  };
  return (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    const path = request.url?.split('?')[0];
    if (path === '/healthz') {
      checkHealth(health).then(
        (report) => {
          response.writeHead(report.status === 'ok' ? 200 : 503, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
          response.end(`${JSON.stringify(report)}\n`);
        },
        () => fail(response),
      );
      return true;
    }
    if (path === '/metrics') {
      metrics.render().then(
        (text) => {
          response.writeHead(200, { 'content-type': metrics.contentType });
          response.end(text);
        },
        () => fail(response),
      );
      return true;
    }
    return false;
  };
}
