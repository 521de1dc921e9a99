"""The batch paths' serialisers build bytes without copying each operation; they must produce
exactly the bytes of the straightforward path (copy, add the id, encode_json)."""

from __future__ import annotations

import math

import pytest
from customerio_sdk._core.base_client import encode_json
from customerio_sdk._core.compact_json import compact_dumps
from customerio_sdk.pipelines import _request_builders as _pipelines_requests
from customerio_sdk.track import _request_builders as _track_requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None)
@given(json_values)
def test_compact_dumps_is_encode_json_byte_for_byte(value):
    assert compact_dumps(value) == encode_json(value)


def test_compact_dumps_refuses_what_encode_json_refuses():
    for bad in (math.nan, {"x": math.inf}, {"s": {1, 2}}):
        with pytest.raises((ValueError, TypeError)):
            encode_json(bad)
        with pytest.raises((ValueError, TypeError)):
            compact_dumps(bad)
    loop: list = []
    loop.append(loop)
    with pytest.raises(ValueError):
        compact_dumps(loop)


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
    assert _track_requests.serialize_op(op) == encode_json(_track_requests.prepare_op(op))


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
    assert _pipelines_requests.serialize_batch_call(call) == encode_json(_pipelines_requests.prepare_batch_call(call))
