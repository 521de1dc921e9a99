"""Spec normalisation: pinned spec -> the spec the generator (and the mock) sees.

Two kinds of fixes, applied in this order:
1. generic passes (``PIPELINE`` below: ``passes.py`` and the modules next to it) for structural
   limitations of the generator and for OpenAPI 3.1 constructs;
2. targeted corrections as OpenAPI Overlay 1.0 documents in ``codegen/overlays/<api>.yaml``;
then component schemas nothing reaches are dropped (``prune.py``: generate what is used).

The pinned files under ``specs/`` are never edited.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from codegen.apis import APIS, Api, get_api

from . import passes
from .composition import (
    hoist_models_of_passthrough_targets,
    split_single_ref_allof,
)
from .copies import align_documented_copies
from .discriminators import explicit_discriminator_mappings
from .naming import unique_inline_class_names
from .openapi31 import downgrade_openapi31
from .parameters import safe_path_parameter_names
from .passes import Spec

# Every pass, in order. OpenAPI 3.1 is rewritten first so that every later pass sees 3.0 forms;
# unique_inline_class_names runs after everything that moves or retitles schemas.
PIPELINE: tuple[Callable[[Spec], Spec], ...] = (
    downgrade_openapi31,
    safe_path_parameter_names,
    passes.dedupe_enum_values,
    passes.move_contradicting_defaults,
    passes.merge_allof_repeated_properties,
    split_single_ref_allof,
    align_documented_copies,
    passes.share_identical_inline_schemas,
    passes.hoist_webhook_payloads,
    passes.unique_component_titles,
    passes.hoist_root_union_members,
    passes.disambiguate_union_member_titles,
    explicit_discriminator_mappings,
    passes.overlapping_one_of_to_any_of,
    hoist_models_of_passthrough_targets,
    unique_inline_class_names,
)


def normalise(spec: Spec, api: Api | None = None) -> Spec:
    for fix in PIPELINE:
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
