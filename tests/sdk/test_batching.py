from __future__ import annotations

import itertools
import json
import math
import tracemalloc

import pytest
from customerio_sdk._core.batch_packing import (
    DEFAULT_MAX_OP_BYTES,
    DEFAULT_MAX_REQUEST_BYTES,
    BatchPacker,
    BatchResponseError,
    BatchResult,
    Chunk,
    Failed,
    Rejected,
    dumps,
    envelope,
    pack,
    parse_track_207,
)
from customerio_sdk.errors import ConfigurationError, PayloadTooLargeError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

PREFIX, SUFFIX = b'{"batch":[', b"]}"


def op_of_size(n: int, i: int = 0, char: str = "x") -> dict:
    """An operation whose serialised size is exactly n bytes (n >= 20), tagged with i."""
    base = {"i": i, "s": ""}
    pad = n - len(dumps(base))
    width = len(char.encode())
    return {"i": i, "s": char * (pad // width) + "x" * (pad % width)}


def decode(chunk: Chunk) -> list:
    return json.loads(chunk.body)["batch"]


def min_requests(sizes: list[int], limit: int, overhead: int = len(PREFIX) + len(SUFFIX)) -> int:
    """Fewest order-preserving requests for these op sizes, by dynamic programming (not greedily)."""
    best = [0] + [math.inf] * len(sizes)
    for end in range(1, len(sizes) + 1):
        total = overhead - 1
        for start in range(end, 0, -1):
            total += sizes[start - 1] + 1
            if total > limit:
                break
            best[end] = min(best[end], best[start - 1] + 1)
    return best[-1]


# -- packing ------------------------------------------------------------------------------------


def test_small_ops_fit_in_one_chunk():
    ops = [{"type": "person", "identifiers": {"id": str(i)}, "action": "identify"} for i in range(3)]
    [chunk] = list(pack(ops))
    assert chunk.body == PREFIX + b",".join(dumps(op) for op in ops) + SUFFIX
    assert decode(chunk) == ops
    assert chunk.indices == range(3)
    assert chunk.count == 3


def test_empty_input_yields_no_request():
    assert list(pack([])) == []


def test_serialisation_is_compact_utf8():
    assert dumps({"name": "Zoë", "n": [1, 2]}) == '{"name":"Zoë","n":[1,2]}'.encode()


def test_chunk_cut_exactly_at_the_limit():
    # Four 100-byte ops: 12 + 4*100 + 3 commas = 415 bytes.
    ops = [op_of_size(100, i) for i in range(4)]
    assert [c.count for c in pack(ops, max_request_bytes=415)] == [4]
    chunks = list(pack(ops, max_request_bytes=414))
    assert [c.count for c in chunks] == [3, 1]
    assert all(len(c.body) <= 414 for c in chunks)


def test_each_op_serialised_once():
    calls = []

    def counting(op):
        calls.append(op["i"])
        return dumps(op)

    ops = [op_of_size(300, i) for i in range(10)]
    list(pack(ops, max_request_bytes=1000, serialize=counting))
    assert calls == list(range(10))


def test_multibyte_characters_are_counted_in_bytes():
    op = op_of_size(DEFAULT_MAX_OP_BYTES + 2, char="é")
    assert len(json.dumps(op, ensure_ascii=False)) < DEFAULT_MAX_OP_BYTES  # fits if you count characters
    packer = BatchPacker([op], on_oversize="collect")
    assert list(packer) == []
    assert packer.rejected[0].size == DEFAULT_MAX_OP_BYTES + 2


def test_oversize_raise_yields_earlier_ops_first_then_raises():
    consumed = []

    def ops():
        for i in range(6):
            consumed.append(i)
            yield op_of_size(40_000 if i == 3 else 100, i)

    packer = pack(ops())
    first = next(packer)
    assert first.indices == range(3)  # everything before the bad op, cut early
    with pytest.raises(PayloadTooLargeError) as info:
        next(packer)
    err = info.value
    assert (err.index, err.size, err.limit) == (3, 40_000, DEFAULT_MAX_OP_BYTES)
    assert "operation 3" in str(err) and "40000 bytes" in str(err) and "32000" in str(err)
    assert consumed == [0, 1, 2, 3]  # nothing after the bad op was read


def test_oversize_collect_skips_and_records():
    sizes = [100, 40_000, 100, 32_001, 32_000, 100]
    packer = BatchPacker([op_of_size(n, i) for i, n in enumerate(sizes)], on_oversize="collect")
    chunks = list(packer)
    assert [r.index for r in packer.rejected] == [1, 3]
    assert [r.size for r in packer.rejected] == [40_000, 32_001]
    assert all(isinstance(r, Rejected) and "32000-byte limit" in r.reason for r in packer.rejected)
    [chunk] = chunks
    assert chunk.indices == (0, 2, 4, 5)
    assert [op["i"] for op in decode(chunk)] == [0, 2, 4, 5]
    assert packer.total == 6


def test_op_that_fits_the_op_limit_but_not_the_request():
    packer = BatchPacker([op_of_size(300)], max_request_bytes=200, max_op_bytes=1000, on_oversize="collect")
    assert list(packer) == []
    assert "cannot fit in a 200-byte request" in packer.rejected[0].reason
    with pytest.raises(PayloadTooLargeError) as info:
        list(pack([op_of_size(300)], max_request_bytes=200, max_op_bytes=1000))
    assert info.value.limit == 200 - len(PREFIX) - len(SUFFIX)


def test_unserialisable_op_names_its_index_after_yielding_earlier_ops():
    packer = pack([{"a": 1}, {"b": object()}, {"c": 3}])
    assert next(packer).indices == range(1)
    with pytest.raises(TypeError, match="operation 1 cannot be serialised"):
        next(packer)
    assert packer.total == 2
    with pytest.raises(ValueError, match="operation 0 cannot be serialised"):
        list(pack([{"a": float("nan")}]))
    with pytest.raises(TypeError, match="must return bytes"):
        list(pack([1], serialize=str))


def test_pipelines_envelope_with_shared_context():
    prefix, suffix = envelope({"context": {"library": {"name": "sdk"}}})
    ops = [{"type": "track", "userId": "1", "event": "x"}, {"type": "identify", "userId": "2"}]
    [chunk] = list(pack(ops, envelope_prefix=prefix, envelope_suffix=suffix))
    assert json.loads(chunk.body) == {"context": {"library": {"name": "sdk"}}, "batch": ops}
    assert envelope() == (PREFIX, SUFFIX)


def test_generated_models_are_serialised_with_to_dict():
    class Model:
        def to_dict(self):
            return {"type": "person", "action": "identify"}

    assert decode(next(pack([Model()]))) == [{"type": "person", "action": "identify"}]


def test_invalid_limits():
    with pytest.raises(ConfigurationError):
        pack([], max_request_bytes=12)
    with pytest.raises(ConfigurationError):
        pack([], max_op_bytes=0)
    with pytest.raises(ConfigurationError):
        pack([], on_oversize="ignore")


def test_million_op_generator_in_constant_memory():
    op = b'{"type":"person","identifiers":{"id":"1"},"action":"identify"}'
    # Pre-serialised ops and an identity serialiser measure the packer's own memory, not json's.
    ops = (o for o in itertools.repeat(op, 1_000_000))
    tracemalloc.start()
    try:
        count = requests = 0
        for chunk in pack(ops, serialize=bytes):
            count += chunk.count
            requests += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 1_000_000
    assert requests == math.ceil(1_000_000 / ((DEFAULT_MAX_REQUEST_BYTES - 12) // (len(op) + 1)))
    # The input is 62 MB; holding the body being built and the one just yielded is about 1 MB.
    assert peak < 4 * DEFAULT_MAX_REQUEST_BYTES


def test_default_serialiser_keeps_nothing_per_op():
    ops = ({"type": "person", "identifiers": {"id": str(i)}, "action": "identify"} for i in range(50_000))
    tracemalloc.start()
    try:
        assert sum(c.count for c in pack(ops)) == 50_000
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * DEFAULT_MAX_REQUEST_BYTES


def _check_packing(sizes: list[int], max_request: int, max_op: int) -> None:
    ops = [op_of_size(n, i, char) for i, (n, char) in enumerate(sizes)]
    serialised = [dumps(op) for op in ops]
    packer = BatchPacker(ops, on_oversize="collect", max_request_bytes=max_request, max_op_bytes=max_op)
    chunks = list(packer)

    op_limit = min(max_op, max_request - len(PREFIX) - len(SUFFIX))
    accepted = [i for i, s in enumerate(serialised) if len(s) <= op_limit]
    assert [r.index for r in packer.rejected] == [i for i in range(len(ops)) if i not in accepted]
    assert all(r.size == len(serialised[r.index]) for r in packer.rejected)

    seen = [i for chunk in chunks for i in chunk.indices]
    assert seen == accepted  # every accepted op exactly once, in order
    for chunk in chunks:
        assert len(chunk.body) <= max_request
        assert chunk.body == PREFIX + b",".join(serialised[i] for i in chunk.indices) + SUFFIX
        assert [op["i"] for op in decode(chunk)] == list(chunk.indices)
    assert sum(c.count for c in chunks) + len(packer.rejected) == len(ops) == packer.total
    assert len(chunks) == min_requests([len(serialised[i]) for i in accepted], max_request)


sizes_and_chars = st.tuples(st.integers(20, 200), st.sampled_from("xé€😀"))


@settings(max_examples=300, deadline=None)
@given(st.lists(sizes_and_chars, max_size=40))
def test_property_small_limits(sizes):
    _check_packing(sizes, max_request=400, max_op=150)


big_sizes = st.one_of(st.integers(20, 2_000), st.integers(20_000, 40_000), st.sampled_from([31_999, 32_000, 32_001]))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(st.tuples(big_sizes, st.sampled_from("xé")), max_size=60))
def test_property_real_limits(sizes):
    _check_packing(sizes, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_MAX_OP_BYTES)


# -- results and 207 ----------------------------------------------------------------------------


def test_batch_result_invariant():
    result = BatchResult(total=5, sent=3, rejected=[Rejected(1, 40_000, "too big")], failed=[Failed(4, "invalid")])
    result.check()
    assert not result.ok
    assert BatchResult(total=2, sent=2).ok
    with pytest.raises(AssertionError, match="accounting"):
        BatchResult(total=5, sent=3).check()
    with pytest.raises(AssertionError, match="listed twice"):
        BatchResult(total=3, sent=1, rejected=[Rejected(1, 9, "")], failed=[Failed(1, "")]).check()


def test_parse_track_207_maps_batch_index_to_input_index():
    chunk = Chunk(b"", (10, 11, 13, 14, 17))  # ops 12, 15 and 16 were rejected before sending
    body = {
        "errors": [
            {"batch_index": 3, "reason": "invalid", "field": "identifiers", "message": "must include id"},
            {"batch_index": 0, "reason": "required", "field": "action", "message": "missing"},
            {"batch_index": 3, "reason": "invalid", "field": "timestamp", "message": "in the future"},
        ]
    }
    failed = parse_track_207(body, chunk)
    assert [f.index for f in failed] == [10, 14]
    assert failed[0].error == "required: action: missing"
    assert failed[1].error == "invalid: identifiers: must include id; invalid: timestamp: in the future"
    assert len(failed[1].details) == 2
    assert parse_track_207({"errors": []}, chunk) == []


@pytest.mark.parametrize(
    "body",
    [None, {}, {"errors": "bad"}, {"errors": [{"reason": "x"}]}, {"errors": [{"batch_index": 5}]}, {"errors": [1]}],
)
def test_parse_track_207_refuses_unmappable_bodies(body):
    with pytest.raises(BatchResponseError):
        parse_track_207(body, Chunk(b"", range(5)))
