"""The spec mutation corpus (issue 10): every scripted change of a pinned spec in ``drift_mutations``
must normalise and generate with zero warnings, give a package that imports, keep the requests of
the operations it touches valid against the mock built from the mutated spec, and change exactly
the public names it declares (``codegen.public_names.compare`` against the committed generation).

Only the mutated API is generated, into a temporary directory, never into ``generated/``. The builds
run in separate processes, two at a time (``DRIFT_WORKERS``), started when the first test asks.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest
from drift_harness import Generated, check_operation, forget, import_package
from drift_mutations import MUTATIONS, Mutation

from codegen.apis import APIS, GENERATED_DIR
from codegen.public_names import collect, compare

BUILD = Path(__file__).resolve().parent / "drift_build.py"
WORKERS = int(os.environ.get("DRIFT_WORKERS", "2"))


class Builds:
    """Starts every mutation's build at once (``WORKERS`` at a time) and hands out the results."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.pool = ThreadPoolExecutor(max_workers=WORKERS)
        self.futures: dict[str, Future[subprocess.CompletedProcess[str]]] = {
            m.name: self.pool.submit(self._run, m) for m in MUTATIONS
        }
        self.baselines: dict[str, dict] = {}

    def _run(self, mutation: Mutation) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, str(BUILD), mutation.name, str(self.root / mutation.name)]
        try:  # a stuck generator fails its mutation instead of hanging the session
            return subprocess.run(command, capture_output=True, text=True, check=False, timeout=600)
        except subprocess.TimeoutExpired as exc:
            return subprocess.CompletedProcess(
                command, 1, "", f"{mutation.name}: build timed out after {exc.timeout} s"
            )

    def result(self, mutation: Mutation) -> Path:
        done = self.futures[mutation.name].result()
        out = self.root / mutation.name
        error = out / "error.txt"
        message = error.read_text(encoding="utf-8") if error.exists() else done.stdout + done.stderr
        assert done.returncode == 0, f"{mutation.name}: generate failed:\n{message}"
        return out

    def baseline(self, api: str) -> dict:
        if api not in self.baselines:
            self.baselines[api] = collect(GENERATED_DIR, [APIS[api].package])
        return self.baselines[api]


@pytest.fixture(scope="session")
def builds(tmp_path_factory):
    builds = Builds(tmp_path_factory.mktemp("drift"))
    yield builds
    builds.pool.shutdown(wait=True)


@pytest.fixture
def generated(builds, request) -> Generated:
    mutation: Mutation = request.param
    out = builds.result(mutation)
    spec = json.loads((out / "normalised.json").read_text(encoding="utf-8"))
    package = import_package(out / APIS[mutation.api].package)  # every module of it
    yield Generated(mutation.api, spec, out, package)
    forget(package)


def _expected(mutation: Mutation) -> dict[str, list[str]]:
    package = APIS[mutation.api].package
    full = f"{package}.{{}}".format
    return {
        "added": sorted(full(n) for n in mutation.added),
        "removed": sorted(full(n) for n in mutation.removed),
        "renamed": sorted(f"{full(a)} -> {full(b)}" for a, b in mutation.renamed),
        "moved": sorted(f"{full(a)} -> {full(b)}" for a, b in mutation.moved),
    }


def test_the_corpus_is_big_enough_and_covers_every_api():
    assert len(MUTATIONS) >= 20
    assert {m.api for m in MUTATIONS} == set(APIS)
    assert len({m.name for m in MUTATIONS}) == len(MUTATIONS)


@pytest.mark.parametrize("generated", MUTATIONS, ids=lambda m: m.name, indirect=True)
def test_mutation(generated: Generated, builds, request):
    mutation: Mutation = request.node.callspec.params["generated"]
    inventory = sys.modules[f"{generated.package.__name__}._operations"].OPERATIONS
    for operation_id in mutation.gone:
        assert operation_id not in inventory, f"{operation_id} should be gone"
    for operation_id in mutation.operations:
        check_operation(generated, operation_id)
    changes = compare(builds.baseline(mutation.api), collect(generated.root, [APIS[mutation.api].package]))
    got = {key: sorted(value) for key, value in changes.as_dict().items()}
    assert got == _expected(mutation), f"{mutation.name}: public names changed other than declared: {json.dumps(got)}"
