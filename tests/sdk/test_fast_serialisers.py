"""The batch paths' serialisers build bytes without copying each operation; they must produce
exactly the JSON of the straightforward path (copy, add the id, encode_json), with either encoder
behind ``compact_dumps``: the standard library's C encoder, or orjson (the ``fast`` extra)."""

from __future__ import annotations

import collections
import datetime as dt
import enum
import json
import math
import re
import subprocess
import sys
import uuid
from collections import OrderedDict
from collections.abc import Sequence

import httpx
import orjson
import pytest
from customerio_sdk import PipelinesClient, TrackClient
from customerio_sdk._core import compact_json as _json
from customerio_sdk._core.batch_packing import BatchPacker
from customerio_sdk._core.compact_json import compact_dumps, encode_json
from customerio_sdk.errors import ConfigurationError
from customerio_sdk.pipelines import _request_builders as _pipelines_requests
from customerio_sdk.track import _request_builders as _track_requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


@pytest.fixture(params=["stdlib", "orjson"], autouse=True)
def encoder(request):
    """Every test here runs with each encoder behind compact_dumps (the default restored after)."""
    _json.use_encoder(request.param)
    assert (_json._orjson_dumps is orjson.dumps) == (request.param == "orjson")
    yield request.param
    _json.use_encoder("auto")


def _tiny_floats(value) -> bool:
    """Whether ``value`` holds a non-zero float under 1e-4 in magnitude (the one spelling orjson
    may change: ``0.00001`` for ``1e-05``)."""
    if isinstance(value, float):
        return 0 < abs(value) < 1e-4
    if isinstance(value, dict):
        return any(_tiny_floats(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return any(_tiny_floats(v) for v in value)
    return False


def same_json(fast: bytes, reference: bytes, value) -> None:
    """Equal JSON values, and equal bytes unless a tiny float was spelt the other way."""
    assert json.loads(fast) == json.loads(reference)
    if not _tiny_floats(value):
        assert fast == reference


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(json_values)
def test_compact_dumps_is_encode_json(value):
    same_json(compact_dumps(value), encode_json(value), value)
    same_json(compact_dumps(value, iso_dates=True), encode_json(value, iso_dates=True), value)


def test_compact_dumps_refuses_what_encode_json_refuses_with_the_same_message():
    for bad in (
        math.nan,
        {"x": math.inf},
        {"x": [1, -math.inf]},
        {"s": {1, 2}},
        {"d": dt.date(2024, 1, 1)},
        {"n": dt.datetime(2024, 1, 1)},
        {"b": b"raw"},
    ):
        with pytest.raises((ValueError, TypeError)) as reference:
            encode_json(bad)
        with pytest.raises(type(reference.value), match="^" + re.escape(str(reference.value)) + "$"):
            compact_dumps(bad)
    loop: list = []
    loop.append(loop)
    with pytest.raises(ValueError, match=r"field 'a\[0\]\[0\].*' is nested over 500 levels deep: a circular reference"):
        compact_dumps({"a": loop})


class Plan(enum.Enum):
    PRO = "pro"


class Level(enum.IntEnum):
    HIGH = 3


class Text(str):
    pass


def test_values_both_encoders_take_the_same_way():
    at = dt.datetime(2015, 2, 23, 22, 28, 55, 387000, tzinfo=dt.timezone.utc)
    value = {
        "plan": Plan.PRO,  # an Enum member is its value
        "level": Level.HIGH,
        "id": uuid.UUID("0d5f1c1e-8e3a-4c1b-9a51-9d2b1f0c3e7a"),  # a UUID is its text
        "big": 2**70,  # beyond orjson's 64-bit integers
        "keys": {1: "int key", 2.5: "float key", None: "null key"},  # non-string keys, as json.dumps writes them
        "sub": Text("str subclass"),
        "ordered": OrderedDict(b=1, a=2),
        "null": None,
        "at": at,
        "text": 'é\u2028\x00"\\',
    }
    assert compact_dumps(value) == encode_json(value)
    assert compact_dumps(value, iso_dates=True) == encode_json(value, iso_dates=True)
    assert json.loads(compact_dumps(value))["at"] == 1424730535
    assert json.loads(compact_dumps(value, iso_dates=True))["at"] == "2015-02-23T22:28:55.387Z"
    assert json.loads(compact_dumps(value))["plan"] == "pro" and json.loads(compact_dumps(value))["level"] == 3


def test_an_enum_holding_a_bad_value_names_the_field():
    class Bad(enum.Enum):
        SET = frozenset({1})

    with pytest.raises(TypeError, match="field 'x' is a frozenset, which is not JSON"):
        compact_dumps({"x": Bad.SET})


def test_the_encoder_choice_comes_from_the_environment(monkeypatch):
    def first_use(variable: str) -> None:
        monkeypatch.setenv("CUSTOMERIO_JSON_ENCODER", variable)
        _json._encode_unix = _json._on_first_use(
            _json.compact_dumps, False
        )  # as at import (the encoder fixture resets it after)

    first_use("stdlib")
    assert compact_dumps({"a": 1}) == b'{"a":1}' and _json._orjson_dumps is None
    first_use("orjson")
    assert compact_dumps({"a": 1}) == b'{"a":1}' and _json._orjson_dumps is orjson.dumps
    first_use("simdjson")
    with pytest.raises(ConfigurationError, match="CUSTOMERIO_JSON_ENCODER must be 'auto', 'orjson' or 'stdlib'"):
        compact_dumps({"a": 1})


def test_asking_for_orjson_without_it_installed_says_which_extra():
    code = (
        "import sys; sys.modules['orjson'] = None\n"
        "from customerio_sdk._core.compact_json import compact_dumps\n"
        "from customerio_sdk.errors import ConfigurationError\n"
        "try:\n    compact_dumps({})\nexcept ConfigurationError as e:\n    print(e)\n"
    )
    env = {"CUSTOMERIO_JSON_ENCODER": "orjson", "PATH": ""}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout
    assert "pip install 'customerio-sdk[fast]'" in out
    env["CUSTOMERIO_JSON_ENCODER"] = "auto"  # without orjson, auto falls back to the standard library
    code = "import sys; sys.modules['orjson'] = None\nfrom customerio_sdk._core.compact_json import compact_dumps\nprint(compact_dumps({'a': [1.5]}).decode())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout
    assert out.strip() == '{"a":[1.5]}'


@pytest.fixture
def fixed_ids(monkeypatch):  # the same ids for every example: nothing to reset between them
    monkeypatch.setattr(_track_requests, "ulid", lambda: "01HZY3K6Q4Q7Z9X8V2T1N0M5BC")
    monkeypatch.setattr(_pipelines_requests, "new_message_id", lambda: "0d5f1c1e-8e3a-4c1b-9a51-9d2b1f0c3e7a")


track_ops = st.fixed_dictionaries(
    {
        "type": st.sampled_from(["person", "object", "delivery"]),
        "action": st.sampled_from(["event", "page", "identify"]),
    },
    optional={"id": st.none() | st.text(min_size=1, max_size=5), "name": st.text(), "attributes": json_values},
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(op=track_ops)
def test_track_serialise_op_matches_copy_then_encode(fixed_ids, op):
    same_json(_track_requests.serialize_op(op), encode_json(_track_requests.prepare_op(op)), op)


pipelines_calls = st.fixed_dictionaries(
    {"type": st.sampled_from(["track", "identify"]), "userId": st.text(min_size=1, max_size=5), "event": st.just("e")},
    optional={
        "messageId": st.none() | st.just("") | st.text(min_size=1, max_size=5),
        "timestamp": st.none() | st.just("2024-05-06T07:08:09+00:00") | st.integers(0, 2_000_000_000),
        "properties": json_values,
    },
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(call=pipelines_calls)
def test_pipelines_serialise_call_matches_copy_then_encode(fixed_ids, call):
    same_json(
        _pipelines_requests.serialize_batch_call(call),
        encode_json(_pipelines_requests.prepare_batch_call(call), iso_dates=True),
        call,
    )


# -- the packer's group fast path gives the same chunks as one operation at a time ---------------------

sized_attributes = st.fixed_dictionaries({"note": st.text(max_size=3).map(lambda t: t * 700) | st.text(max_size=50)})
grouped_track_ops = st.lists(
    st.fixed_dictionaries(
        {"type": st.just("person"), "action": st.sampled_from(["event", "identify"])},
        optional={
            "id": st.none() | st.just("01HZY3K6Q4Q7Z9X8V2T1N0M5BD"),
            "name": st.text(max_size=5),
            "attributes": json_values | sized_attributes,
        },
    ),
    max_size=300,
)


def _chunks(packer: BatchPacker) -> list[tuple[bytes, list[int]]]:
    return [(c.body, list(c.indices)) for c in packer]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=grouped_track_ops, limit=st.sampled_from([2_000, 9_000, 500_000]))
def test_track_group_path_packs_exactly_as_one_by_one(fixed_ids, ops, limit):
    def packer(group):
        return BatchPacker(
            ops,
            max_request_bytes=limit,
            max_op_bytes=1_500,
            on_oversize="collect",
            serialize=_track_requests.serialize_op,
            serialize_group=_track_requests.serialize_ops if group else None,
        )

    grouped, single = packer(True), packer(False)
    assert _chunks(grouped) == _chunks(single)
    assert grouped.rejected == single.rejected and grouped.total == single.total == len(ops)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(calls=st.lists(pipelines_calls, max_size=300), limit=st.sampled_from([2_000, 500_000]))
def test_pipelines_group_path_packs_exactly_as_one_by_one(fixed_ids, calls, limit):
    def packer(group):
        return BatchPacker(
            calls,
            max_request_bytes=limit,
            on_oversize="collect",
            serialize=_pipelines_requests._serialize_checked,
            serialize_group=_pipelines_requests._serialize_checked_group if group else None,
        )

    assert _chunks(packer(True)) == _chunks(packer(False))


def test_a_nan_in_a_group_is_still_refused_naming_its_index():
    ops = [{"type": "person", "action": "event", "name": "e", "attributes": {"x": 1.0}} for _ in range(100)]
    ops[70]["attributes"]["x"] = math.nan
    packer = BatchPacker(ops, serialize=_track_requests.serialize_op, serialize_group=_track_requests.serialize_ops)
    with pytest.raises(ValueError, match="operation 70 cannot be serialised: field 'attributes.x' is nan"):
        list(packer)


def test_a_group_holding_null_is_encoded_once_more_for_the_group_not_per_operation():
    # An attribute set to None is common: the group falls back to the standard library as a group.
    ops = [{"type": "person", "action": "event", "name": "e", "id": "x", "attributes": {"gone": None}}] * 64
    packed = _track_requests.serialize_ops(ops)
    assert packed is not None and packed[1] == b",".join(encode_json(op) for op in ops)


class _IndexOnly(Sequence):  # a Sequence that takes integer indexes only, as the ABC allows
    def __init__(self, items):
        self._items = list(items)

    def __len__(self):
        return len(self._items)

    def __getitem__(self, index):
        if not isinstance(index, int):
            raise TypeError("integer indexes only")
        return self._items[index]


@pytest.mark.parametrize("container", [tuple, collections.deque, _IndexOnly])
def test_any_sequence_takes_the_group_path_and_packs_as_a_list(fixed_ids, container):
    # The group path sliced its input: a deque (or a Sequence without slices) raised a bare
    # TypeError out of batch().
    ops = [{"type": "person", "action": "event", "name": f"e{i}", "identifiers": {"id": str(i)}} for i in range(300)]
    calls = [{"type": "track", "userId": str(i), "event": "e"} for i in range(300)]

    def sent(client_class, *args, items):
        bodies = []
        transport = httpx.MockTransport(lambda r: bodies.append(r.content) or httpx.Response(200, json={}))
        with client_class(*args, transport=transport, max_retries=0) as client:
            result = client.batch(items, concurrency=1)
        assert result.sent == len(items) and not result.failed
        return bodies

    assert sent(TrackClient, "s", "k", items=container(ops)) == sent(TrackClient, "s", "k", items=ops)
    assert sent(PipelinesClient, "w", items=container(calls)) == sent(PipelinesClient, "w", items=calls)


def test_the_pipelines_batch_context_sends_datetimes_as_rfc3339_text():
    from customerio_sdk import PipelinesClient

    at = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
    cdp = PipelinesClient("write-key-123456", base_url="http://127.0.0.1:9")
    prefix = cdp._packer([{"type": "track", "userId": "1", "event": "e"}], {"at": at}, None, "raise")._limits.prefix
    assert b'"context":{"at":"2024-01-01T00:00:00Z"}' in prefix
