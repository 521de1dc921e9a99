"""``make openapi31``: the whole test suite on OpenAPI 3.1 copies of the pinned specs.

Customer.io's newer specs are OpenAPI 3.1. This clones the repository's HEAD into a temporary
folder, converts the three pinned specs with the drift corpus's ``to_openapi31`` (``nullable`` ->
type lists, ``example`` -> ``examples``, one-value enums -> ``const``, boolean exclusive bounds ->
numbers), records them in that copy's lock, regenerates every derived file there (0 generator
warnings, or generate fails) and runs the full suite against the copy. Nothing in the working tree
changes. It takes about as long as ``make test``, so it is a separate verb, not part of it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPECS = ("journeys-app.json", "journeys-track.json", "pipelines.json")


def convert(copy: Path) -> None:
    sys.path[:0] = [str(copy), str(copy / "tests" / "drift")]
    from drift_mutations import to_openapi31

    from codegen.lockfile import describe_spec, load_lock, write_lock

    lock_path = copy / "specs" / "specs.lock.json"
    lock = load_lock(lock_path)
    for name in SPECS:
        path = copy / "specs" / name
        spec = to_openapi31(json.loads(path.read_text(encoding="utf-8")))
        raw = (json.dumps(spec, indent=2, ensure_ascii=False) + "\n").encode()
        path.write_bytes(raw)
        for entry in lock.values():
            if entry.get("file") == name:
                entry.update({k: v for k, v in describe_spec(raw, spec).items() if k in entry})
    write_lock(lock, lock_path)


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="openapi31-") as tmp:
        copy = Path(tmp) / "repo"
        subprocess.run(["git", "clone", "-q", str(ROOT), str(copy)], check=True)
        convert(copy)
        # The copy's packages come first on the path (the venv's editable install points at ROOT).
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(copy / "overlay"), str(copy / "generated")]))
        for command in (["-m", "codegen", "check", "--skip-generate"], ["-m", "codegen", "generate"]):
            subprocess.run([sys.executable, *command], cwd=copy, env=env, check=True)
        print("specs converted to OpenAPI 3.1 and regenerated; running the suite on the copy", flush=True)
        return subprocess.run(
            [sys.executable, "-m", "pytest", "-q", *sys.argv[1:]], check=False, cwd=copy, env=env
        ).returncode


if __name__ == "__main__":
    raise SystemExit(main())
