"""Spec normalisation: pinned spec -> the spec the generator (and the mock) sees.

Two kinds of fixes, applied in this order:
1. generic passes (``passes.py``) for structural limitations of the generator;
2. targeted corrections as OpenAPI Overlay 1.0 documents in ``codegen/overlays/<api>.yaml``;
then component schemas nothing reaches are dropped (``prune.py``: generate what is used).

The pinned files under ``specs/`` are never edited.
"""

from __future__ import annotations

import json
from pathlib import Path

from codegen.apis import APIS, Api, get_api

from .passes import PASSES, Spec


def normalise(spec: Spec, api: Api | None = None) -> Spec:
    for fix in PASSES:
        spec = fix(spec)
    if api is not None and api.overlay_path.exists():
        from codegen.overlay_doc import apply_overlay_file

        spec = apply_overlay_file(spec, api.overlay_path)
    from .prune import KEEP, prune_unreachable_schemas

    return prune_unreachable_schemas(spec, KEEP.get(api.name, ()) if api is not None else ())


def load_normalised(api: Api) -> Spec:
    return normalise(json.loads(api.spec_path.read_text(encoding="utf-8")), api)


def dump(spec: Spec) -> str:
    return json.dumps(spec, indent=2, ensure_ascii=False) + "\n"


def add_arguments(parser) -> None:
    parser.add_argument("--api", choices=sorted(APIS), action="append", help="API(s) to normalise (default: all)")
    parser.add_argument("--out", type=Path, required=True, help="directory to write <spec file> into")


def run(args) -> int:
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.api or list(APIS):
        api = get_api(name)
        target = args.out / api.spec_file
        target.write_text(dump(load_normalised(api)), encoding="utf-8")
        print(f"normalised {api.name}: {target}")
    return 0
