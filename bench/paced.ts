import http from 'node:http';

export interface PacedRun {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Requests a second, sent at evenly spaced times whatever the answers do (an open loop). */
  rate: number;
  /** Connections kept open; a request waits for a free one when all are busy. */
  connections: number;
  warmupSeconds: number;
  seconds: number;
}

export interface PacedResult {
  /** Milliseconds from each request's planned send time to its answer, sorted (measured part only). */
  latencies: number[];
  /** Answers a second in the measured part. */
  perSecond: number;
  non2xx: number;
  errors: number;
}

/**
 * Latency at a fixed offered load over a pool of keep-alive connections, timed from when each
 * request was due to be sent, so a slow answer that holds up the next ones counts against them
 * too (no coordinated omission, as wrk2 measures). autocannon's own rate option sends each
 * connection's quota for a second in one burst at the top of the second, which measures its
 * bursts, not the server. Hand-written for that reason: a timer loop and node:http.
 */
export async function pacedRun(o: PacedRun): Promise<PacedResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.connections });
  const url = new URL(o.url);
  const interval = 1000 / o.rate;
  const total = Math.round(o.rate * (o.warmupSeconds + o.seconds));
  const measuredFrom = o.warmupSeconds * 1000;
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  let answered = 0;
  let sent = 0;
  const t0 = performance.now();
  const send = (planned: number) =>
    new Promise<void>((resolve) => {
      const req = http.request(
        { agent, host: url.hostname, port: url.port, path: url.pathname + url.search, method: o.method ?? 'GET', headers: o.headers },
        (res) => {
          res.resume();
          res.on('end', () => {
            if (res.statusCode! < 200 || res.statusCode! >= 300) non2xx++;
            if (planned >= measuredFrom) latencies.push(performance.now() - t0 - planned);
            answered++;
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end(o.body);
    });
  const inFlight: Array<Promise<void>> = [];
  await new Promise<void>((done) => {
    const tick = () => {
      const now = performance.now() - t0;
      while (sent < total && sent * interval <= now) inFlight.push(send(sent++ * interval));
      if (sent < total) setTimeout(tick, Math.max(0, Math.min(1, sent * interval - now)));
      else done();
    };
    tick();
  });
  await Promise.all(inFlight);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { latencies, perSecond: latencies.length / o.seconds, non2xx, errors };
}
