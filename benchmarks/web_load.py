#!/usr/bin/env python3
"""Load check of the web API: N client threads read leaderboards, trial pages, study views and the study
list of a running study over loopback until a time or request limit; prints latency percentiles, errors,
throughput and how many trials the server finished meanwhile. Usage:
web_load.py BASE_URL STUDY [CLIENTS] [SECONDS] [MAX_REQUESTS]"""
import http.client
import json
import sys
import threading
import time
import urllib.parse


def main():
    base, study = sys.argv[1], sys.argv[2]
    clients = int(sys.argv[3]) if len(sys.argv) > 3 else 50
    seconds = float(sys.argv[4]) if len(sys.argv) > 4 else 60
    max_requests = int(sys.argv[5]) if len(sys.argv) > 5 else 20000
    url = urllib.parse.urlparse(base)
    if url.hostname not in ("127.0.0.1", "localhost", "::1"):
        sys.exit("loopback only: " + base)
    s = "/api/studies/" + urllib.parse.quote(study)
    paths = [s + "/leaderboard?top=10", s + "/trials?offset=0&limit=50&sort=value", s + "/trials?offset=0&limit=50",
             s, "/api/studies", s + "/leaderboard?top=3", s + "/trials?offset=0&limit=50&sort=-number"]
    lock = threading.Lock()
    issued = [0]
    latencies, errors = [], []
    deadline = time.monotonic() + seconds

    def finished():
        conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
        conn.request("GET", s)
        body = json.loads(conn.getresponse().read())
        conn.close()
        return body["finished"]

    def client(k):
        conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
        i = k
        while time.monotonic() < deadline:
            with lock:
                if issued[0] >= max_requests:
                    return
                issued[0] += 1
            path = paths[i % len(paths)]
            i += 1
            t0 = time.perf_counter()
            try:
                conn.request("GET", path)
                r = conn.getresponse()
                r.read()
                ms = (time.perf_counter() - t0) * 1000
                with lock:
                    latencies.append(ms)
                    if r.status != 200:
                        errors.append("%s -> %d" % (path, r.status))
            except (OSError, http.client.HTTPException) as e:
                with lock:
                    errors.append("%s -> %s" % (path, e))
                conn.close()
                conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
        conn.close()

    before = finished()
    started = time.monotonic()
    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - started
    after = finished()
    xs = sorted(latencies)

    def pct(p):
        return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] if xs else float("nan")

    print(json.dumps({"clients": clients, "requests": len(xs), "errors": len(errors), "seconds": round(wall, 1),
                      "requests_per_s": round(len(xs) / wall, 1), "p50_ms": round(pct(50), 1),
                      "p90_ms": round(pct(90), 1), "p99_ms": round(pct(99), 1), "max_ms": round(xs[-1], 1) if xs else None,
                      "trials_finished_during": after - before, "first_errors": errors[:5]}))


if __name__ == "__main__":
    main()
