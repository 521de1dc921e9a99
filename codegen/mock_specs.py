"""The normalised specs shipped inside the SDK for ``customerio_sdk.testing`` (the mock server).

The mock validates requests against exactly the spec the generator sees, and it must work for
people who pip-installed the SDK (no repository, no ``specs/``), so the build step writes each
normalised spec into the package as compact, gzip-compressed JSON::

    overlay/customerio_sdk/testing/specs/<api>.json.gz

The files are deterministic (compact JSON in the normalised key order, gzip header with mtime 0
and no file name), so regenerating an unchanged spec changes nothing in git.

Call :func:`write_mock_specs` after the specs or the normalisation (passes, overlays) change;
:func:`stale_mock_specs` tells whether the shipped files still match.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from codegen.apis import APIS, ROOT, Api, get_api
from codegen.normalise import load_normalised

MOCK_SPECS_DIR = ROOT / "overlay" / "customerio_sdk" / "testing" / "specs"


def mock_spec_path(api: Api, out_dir: Path = MOCK_SPECS_DIR) -> Path:
    return out_dir / f"{api.name}.json.gz"


def render(spec: dict) -> bytes:
    """Compact JSON, gzip-compressed with a fixed header (mtime 0, no name): same spec, same bytes."""
    text = json.dumps(spec, separators=(",", ":"), ensure_ascii=False)
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def read(path: Path) -> dict:
    return json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))


def write_mock_specs(out_dir: Path = MOCK_SPECS_DIR, names: list[str] | None = None) -> list[Path]:
    """Write ``<api>.json.gz`` for each API (default: all); files whose bytes are unchanged are left alone."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name in names or list(APIS):
        api = get_api(name)
        target = mock_spec_path(api, out_dir)
        data = render(load_normalised(api))
        if not target.exists() or target.read_bytes() != data:
            tmp = target.with_suffix(".tmp")
            tmp.write_bytes(data)
            tmp.replace(target)
        written.append(target)
    return written


def stale_mock_specs(out_dir: Path = MOCK_SPECS_DIR) -> list[str]:
    """Names of the APIs whose shipped spec is missing or differs from a fresh ``load_normalised``."""
    stale = []
    for api in APIS.values():
        path = mock_spec_path(api, out_dir)
        if not path.exists() or read(path) != load_normalised(api):
            stale.append(api.name)
    return stale


def add_arguments(parser) -> None:
    parser.add_argument("--api", choices=sorted(APIS), action="append", help="API(s) to write (default: all)")
    parser.add_argument("--check", action="store_true", help="only report stale files; exit 1 if any")


def run(args) -> int:
    if args.check:
        stale = stale_mock_specs()
        for name in stale:
            print(f"stale mock spec: {mock_spec_path(get_api(name)).relative_to(ROOT)}")
        return 1 if stale else 0
    for path in write_mock_specs(names=args.api):
        print(f"mock spec: {path.relative_to(ROOT)}")
    return 0
