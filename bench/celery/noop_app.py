"""Celery app for the side-by-side task benchmark: a no-op task on a local Redis broker and result backend."""
import os
import time

from celery import Celery

REDIS = os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6399/0")
app = Celery("bench", broker=REDIS, backend=REDIS)
app.conf.update(task_serializer="json", result_serializer="json", accept_content=["json"],
                worker_prefetch_multiplier=4, task_acks_late=True, broker_pool_limit=16)


@app.task(name="noop")
def noop(dispatched_at):
    """Returns the dispatch-to-start latency in seconds."""
    return time.time() - dispatched_at
