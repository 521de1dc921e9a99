"""Build one mutation in a process of its own: ``python drift_build.py NAME OUT_DIR``.

Applies the mutation to a copy of the pinned spec, normalises it (passes and the API's overlay)
and generates the API's package into ``OUT_DIR/<package>`` the way ``codegen generate`` does; writes the normalised spec to
``OUT_DIR/normalised.json``. On a generator failure or warning it writes the message to
``OUT_DIR/error.txt`` and exits 1. Run in a process of its own so several mutations build at once
(the generator is CPU-bound); the corpus test starts it (see ``test_spec_mutations.py``).

The generator runs without the project's formatting post hooks (ruff): formatting does not
change what the package contains, and it is a large part of the build time.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent)]

from drift_harness import pinned
from drift_mutations import MUTATIONS

from codegen.apis import APIS, ROOT, Api
from codegen.build import _locked, generate_package
from codegen.generate import GenerationError
from codegen.normalise import dump, normalise


@dataclasses.dataclass(frozen=True)
class _Unformatted(Api):
    """The API with a generator config that has no post hooks."""

    config: Path = Path()

    @property
    def config_path(self) -> Path:
        return self.config


def _unformatted(api: Api, out: Path) -> Api:
    lines = api.config_path.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if not line.startswith(("post_hooks", "  - "))]
    config = out / "config.yaml"
    config.write_text("\n".join(kept) + "\npost_hooks: []\n", encoding="utf-8")
    return _Unformatted(**dataclasses.asdict(api), config=config)


def build(name: str, out: Path) -> None:
    mutation = next(m for m in MUTATIONS if m.name == name)
    api = APIS[mutation.api]
    spec = pinned(mutation.api)
    mutation.apply(spec)
    normalised = normalise(spec, api)
    out.mkdir(parents=True, exist_ok=True)
    (out / "normalised.json").write_text(dump(normalised), encoding="utf-8")
    # As ``codegen generate`` builds a package: module paths pinned by the committed module lock,
    # aliases for moved modules and renamed classes.
    generate_package(_unformatted(api, out), normalised, out, _locked(ROOT).get(api.name))


if __name__ == "__main__":
    target = Path(sys.argv[2])
    try:
        build(sys.argv[1], target)
    except GenerationError as exc:
        target.mkdir(parents=True, exist_ok=True)
        (target / "error.txt").write_text(str(exc), encoding="utf-8")
        sys.exit(1)
