"""Celery 5 + Redis: end-to-end throughput of no-op tasks (dispatch -> result stored) and dispatch-to-start latency.

Usage: python3 bench_celery.py [--tasks N] [--warmup N] [--workers 2]
Starts redis-server on port 6399 and the Celery workers itself, and stops them at the end.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=int, default=5000)
    parser.add_argument("--warmup", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="celery-bench")
    redis = subprocess.Popen(["redis-server", "--port", "6399", "--save", "", "--appendonly", "no", "--dir", work],
                             stdout=subprocess.DEVNULL)
    workers = []
    try:
        wait_for_port(6399)
        sys.path.insert(0, HERE)
        from noop_app import app, noop
        for i in range(args.workers):
            workers.append(subprocess.Popen(
                [sys.executable, "-m", "celery", "-A", "noop_app", "worker", "-c", "1", "-n", "w%d@%%h" % (i + 1),
                 "-P", "prefork", "--loglevel", "WARNING"], cwd=HERE, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL))
        deadline = time.time() + 60
        while len(app.control.ping(timeout=0.5) or []) < args.workers:
            if time.time() > deadline:
                raise SystemExit("celery workers did not come up")
        run(noop, args.warmup)
        start = time.time()
        results = run(noop, args.tasks)
        elapsed = time.time() - start
        latencies = sorted(r * 1000 for r in results)
        p50 = latencies[int(0.5 * len(latencies)) - 1]
        p99 = latencies[int(0.99 * len(latencies)) - 1]
        print("celery: %d no-op tasks, %d workers (-c 1 each), redis broker + result backend" % (args.tasks, args.workers))
        print("  end to end: %.2f s -> %.0f tasks/s" % (elapsed, args.tasks / elapsed))
        print("  dispatch-to-start latency: p50 %.0f ms, p99 %.0f ms, max %.0f ms" % (p50, p99, latencies[-1]))
    finally:
        for w in workers:
            w.terminate()
        for w in workers:
            w.wait(30)
        redis.terminate()
        redis.wait(10)
        shutil.rmtree(work, ignore_errors=True)


def wait_for_port(port, timeout=30):
    import socket
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise SystemExit("redis-server did not start")


def run(noop, count):
    pending = [noop.delay(time.time()) for _ in range(count)]
    return [r.get(timeout=600) for r in pending]


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    os._exit(0)  # skip result objects' finalizers, which would talk to the stopped redis
