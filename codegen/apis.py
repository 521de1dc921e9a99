"""The three Customer.io APIs this project builds clients for.

Everything that needs to know "which specs exist, where they come from and what package they
become" reads it from here, so adding or renaming an API is a one-line change.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS_DIR = ROOT / "specs"
GENERATED_DIR = ROOT / "generated"
CODEGEN_DIR = Path(__file__).resolve().parent
LOCK_FILE = SPECS_DIR / "specs.lock.json"

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Api:
    name: str  # short name used on the command line: app, track, pipelines
    spec_file: str  # file name under specs/
    url: str  # official URL Customer.io publishes the spec at
    package: str  # import package the generator writes under generated/

    @property
    def spec_path(self) -> Path:
        return SPECS_DIR / self.spec_file

    @property
    def overlay_path(self) -> Path:
        return CODEGEN_DIR / "overlays" / f"{self.name}.yaml"

    @property
    def config_path(self) -> Path:
        return CODEGEN_DIR / "config" / f"{self.name}.yaml"


APIS: dict[str, Api] = {
    api.name: api
    for api in (
        Api("app", "journeys-app.json", "https://docs.customer.io/files/journeys-app.json", "customerio_app_api"),
        Api(
            "track", "journeys-track.json", "https://docs.customer.io/files/journeys-track.json", "customerio_track_api"
        ),
        Api("pipelines", "pipelines.json", "https://docs.customer.io/files/pipelines.json", "customerio_pipelines_api"),
    )
}


def get_api(name: str) -> Api:
    try:
        return APIS[name]
    except KeyError:
        raise SystemExit(f"unknown API {name!r}; choose one of: {', '.join(APIS)}") from None


def iter_operations(spec: dict):
    """Yield (method, path, operation) for every operation in a spec's ``paths``."""
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield method, path, op


def count_operations(spec: dict) -> int:
    return sum(1 for _ in iter_operations(spec))
