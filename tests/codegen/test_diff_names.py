"""``codegen diff --api NAME NEW --names``: what regenerating from NEW would do to public names and
to the SDK methods that send an operation (real mutations of the pinned Pipelines spec)."""

from __future__ import annotations

import copy
import json
import sys

import pytest

from codegen.__main__ import main
from codegen.apis import APIS

pytestmark = pytest.mark.skipif(sys.version_info < (3, 11), reason="the build step needs Python 3.11")

PINNED = json.loads(APIS["pipelines"].spec_path.read_text(encoding="utf-8"))
PKG = APIS["pipelines"].package


def diff_names(tmp_path, capsys, spec: dict) -> tuple[int, str]:
    path = tmp_path / "pipelines.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    code = main(["diff", "--api", "pipelines", str(path), "--names"])
    return code, capsys.readouterr().out


def test_renamed_operation_and_a_new_one(tmp_path, capsys):
    spec = copy.deepcopy(PINNED)
    spec["paths"]["/alias"]["post"]["operationId"] = "aliasUser"
    spec["paths"]["/v2/ping"] = {
        "get": {"operationId": "ping", "tags": ["Health"], "responses": {"200": {"description": "ok"}}}
    }
    code, out = diff_names(tmp_path, capsys, spec)
    assert code == 0
    report = out[out.index("Public names of") :]
    assert f"added (1):\n    {PKG}.api.health.ping\n" in report
    assert f"{PKG}.api.people.alias -> {PKG}.api.people.alias_user" in report
    assert "note: operationId 'alias' is now 'aliasUser': api.people.alias kept as an alias" in report
    assert "note: PipelinesClient.alias sends operationId 'alias', which the pipelines spec no longer has" in report


def test_tags_removed_change_no_public_name(tmp_path, capsys):
    spec = copy.deepcopy(PINNED)
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict):
                operation.pop("tags", None)
    code, out = diff_names(tmp_path, capsys, spec)
    assert code == 0
    assert f"Public names of {PKG} if regenerated: no public name changes" in out
