"""The Ray engine: the same per-item work on actors that hold the rules and models.

``address`` is passed to ``ray.init``: None starts a local Ray instance,
"auto" joins the cluster this machine belongs to, "ray://head:10001" connects
to a remote cluster through Ray Client.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from auditor.batch.engines import Outcome, run_bounded
from auditor.batch.items import Item
from auditor.errors import AuditorError


def _ray() -> Any:
    try:
        import ray
    except ImportError:
        raise AuditorError("the Ray engine needs Ray", "the 'ray' package is not installed",
                           "pip install 'auditor[ray]'") from None
    return ray


class RayEngine:
    def __init__(self, jobs: int, rule_dirs: tuple[str, ...], address: str | None) -> None:
        ray = _ray()
        self._started_here = not ray.is_initialized()
        if self._started_here:
            kwargs: dict[str, Any] = {"address": address, "include_dashboard": False,
                                      "log_to_driver": False}
            if address is None:
                kwargs["num_cpus"] = jobs
            ray.init(**kwargs)

        @ray.remote(num_cpus=1)
        class Auditing:
            def __init__(self, dirs: tuple[str, ...]) -> None:
                from auditor.batch.work import init_worker

                init_worker(dirs)

            def audit(self, payload: Any) -> dict[str, Any]:
                from auditor.batch.work import audit_payload

                return audit_payload(payload)

        self.ray = ray
        self.actors = [Auditing.remote(rule_dirs) for _ in range(jobs)]
        self.jobs = jobs

    def run(self, items: Iterable[Item]) -> Iterator[Outcome]:
        turn = iter(range(1 << 62))

        def submit(item: Item) -> Any:
            actor = self.actors[next(turn) % len(self.actors)]
            return actor.audit.remote(item.payload())

        def wait_some(refs: list[Any]) -> Iterable[Any]:
            return self.ray.wait(refs, num_returns=1)[0]

        from ray.exceptions import RayActorError

        return run_bounded(items, submit, wait_some, self.ray.get, self.jobs * 16,
                           fatal=(RayActorError,))

    def close(self) -> None:
        for actor in self.actors:
            self.ray.kill(actor)
        if self._started_here:
            self.ray.shutdown()
