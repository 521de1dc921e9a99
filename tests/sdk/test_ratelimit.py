from __future__ import annotations

import asyncio
import itertools
import threading

import httpx
import pytest
from customerio_sdk._core.rate_limit import RateLimiter, Rule, TokenBucket
from customerio_sdk.errors import ConfigurationError

# Reservations are sums of 1/rate, so allow for float rounding when comparing instants.
EPS = 1e-9


class FakeClock:
    """Virtual time: sleeping advances the clock instead of blocking."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self.now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.sleeps.append(seconds)
            self.now += seconds


def request(operation_id: str | None = None, path_template: str | None = None, url: str = "https://api.customer.io/x"):
    meta = {}
    if operation_id:
        meta["operation_id"] = operation_id
    if path_template:
        meta["path_template"] = path_template
    return httpx.Request("POST", url, extensions={"customerio": meta} if meta else {})


GENERAL = request("getCustomersAttributes", "/v1/customers/{customer_id}/attributes")
SEND_EMAIL = request("sendEmail", "/v1/send/email")
TRIGGER = request("triggerBroadcast", "/v1/campaigns/{broadcast_id}/triggers")


def run_calls(limiter: RateLimiter, clock: FakeClock, req: httpx.Request, n: int) -> list[float]:
    """Send n requests one after another; return the (virtual) instant each was let through."""
    sent = []
    for _ in range(n):
        limiter.acquire(req)
        sent.append(clock())
    return sent


def max_in_window(times: list[float], window: float) -> int:
    """The most requests in any half-open window [t, t + window)."""
    times = sorted(times)
    best, start = 0, 0
    for end, t in enumerate(times):
        while t - times[start] >= window - EPS:
            start += 1
        best = max(best, end - start + 1)
    return best


def test_app_general_burst_of_50_is_spread_over_5_seconds():
    clock = FakeClock()
    limiter = RateLimiter.app(clock=clock, sleep=clock.sleep)
    sent = run_calls(limiter, clock, GENERAL, 50)
    assert clock() >= 4.9 - EPS
    assert sent[0] == 0.0  # the first request never waits
    assert max_in_window(sent, 1.0) == 10
    assert all(b - a >= 0.1 - EPS for a, b in itertools.pairwise(sent))


def test_send_email_allowed_100_per_second_and_not_counted_against_general():
    clock = FakeClock()
    limiter = RateLimiter.app(clock=clock, sleep=clock.sleep)
    sent = run_calls(limiter, clock, SEND_EMAIL, 200)
    assert clock() == pytest.approx(1.99)
    assert max_in_window(sent, 1.0) == 100
    # The general 10/s bucket was untouched, so an ordinary call goes straight through.
    assert limiter.acquire(GENERAL) == 0.0
    assert [r.name for r in limiter.rules_for(SEND_EMAIL)] == ["app:send_email"]


def test_transactional_push_and_sms_stay_under_general_limit():
    limiter = RateLimiter.app()
    for op, path in (("sendPush", "/v1/send/push"), ("sendSMS", "/v1/send/sms")):
        assert [r.name for r in limiter.rules_for(request(op, path))] == ["app"]


def test_broadcast_trigger_one_per_ten_seconds():
    clock = FakeClock()
    limiter = RateLimiter.app(clock=clock, sleep=clock.sleep)
    assert run_calls(limiter, clock, TRIGGER, 3) == pytest.approx([0.0, 10.0, 20.0])
    assert limiter.acquire(GENERAL) == 0.0


def test_broadcast_trigger_ignores_burst():
    clock = FakeClock()
    limiter = RateLimiter.app(burst=5, clock=clock, sleep=clock.sleep)
    assert run_calls(limiter, clock, TRIGGER, 2) == pytest.approx([0.0, 10.0])


def test_burst_is_configurable():
    clock = FakeClock()
    limiter = RateLimiter.app(burst=5, clock=clock, sleep=clock.sleep)
    sent = run_calls(limiter, clock, GENERAL, 15)
    assert sent[:5] == [0.0] * 5  # five back to back, then the steady rate
    assert sent[5:] == pytest.approx([0.1 * k for k in range(1, 11)])


def test_track_and_pipelines_presets():
    for limiter in (RateLimiter.track(), RateLimiter.pipelines()):
        [rule] = limiter.rules
        assert rule.rate == 1000 and rule.burst == 1 and rule.catch_all
    clock = FakeClock()
    limiter = RateLimiter.track(clock=clock, sleep=clock.sleep)
    sent = run_calls(limiter, clock, request("batch", "/api/v2/batch"), 2500)
    assert max_in_window(sent, 1.0) == 1000
    assert max_in_window(sent, 3.0) <= 3000


def test_matching_by_operation_id_path_template_and_url_fallback():
    rule = Rule(rate=1, path_templates={"/v1/campaigns/{broadcast_id}/triggers"}, operation_ids=["triggerBroadcast"])
    assert rule.matches("triggerBroadcast", None)
    assert rule.matches(None, "/v1/campaigns/{broadcast_id}/triggers")
    assert not rule.matches(None, "/v1/campaigns/{campaign_id}")
    # Without our extension the URL path is matched against the template, one segment per parameter.
    assert rule.matches(None, None, "/v1/campaigns/12/triggers")
    assert rule.matches(None, None, "/prefix/v1/campaigns/12/triggers/")
    assert not rule.matches(None, None, "/v1/campaigns/12/triggers/34")
    assert not rule.matches(None, None, "/v1/campaigns/1/2/triggers")
    assert not rule.matches(None, None, "/xv1/campaigns/12/triggers")

    limiter = RateLimiter.app()
    bare = httpx.Request("POST", "https://api.customer.io/v1/send/email")
    assert [r.name for r in limiter.rules_for(bare)] == ["app:send_email"]
    pipelines_style = Rule(rate=1, path_templates={"/batch"})
    assert pipelines_style.matches(None, None, "/v1/batch")


def test_operation_id_alone_selects_the_rule():
    generated = httpx.Request(
        "POST", "https://api.customer.io/elsewhere", extensions={"customerio": {"operation_id": "sendEmail"}}
    )
    assert [r.name for r in RateLimiter.app().rules_for(generated)] == ["app:send_email"]


def test_requests_built_by_the_generated_app_client():
    pytest.importorskip("customerio_app_api.api.send_messages")
    from customerio_app_api.api.send_messages import send_email, trigger_broadcast

    limiter = RateLimiter.app()
    base = "https://api.customer.io"
    for module, args, expected in (
        (send_email, (), "app:send_email"),
        (trigger_broadcast, (7,), "app:trigger_broadcast"),
    ):
        kwargs = module._get_kwargs(*args)
        req = httpx.Request(kwargs["method"], base + kwargs["url"], extensions=kwargs["extensions"])
        assert [r.name for r in limiter.rules_for(req)] == [expected]
        # Either key on its own is enough.
        meta = kwargs["extensions"]["customerio"]
        only_op = httpx.Request("POST", base + "/x", extensions={"customerio": {"operation_id": meta["operation_id"]}})
        assert [r.name for r in limiter.rules_for(only_op)] == [expected]


def test_rule_accepts_any_iterable_and_a_single_string():
    rule = Rule(rate=1, operation_ids="sendEmail", path_templates=["/v1/send/email"])
    assert rule.operation_ids == frozenset({"sendEmail"})
    assert rule.path_templates == frozenset({"/v1/send/email"})
    assert Rule.per(1, 10).rate == pytest.approx(0.1)
    hash(rule)


def test_non_exclusive_rule_applies_on_top_of_catch_all():
    clock = FakeClock()
    slow = Rule(rate=2, operation_ids={"slow"}, name="slow")
    limiter = RateLimiter([slow, Rule(rate=10, name="all")], clock=clock, sleep=clock.sleep)
    slow_req, other = request("slow"), request("other")
    assert [r.name for r in limiter.rules_for(slow_req)] == ["slow", "all"]

    pattern = [slow_req, other, other, slow_req, other, slow_req, slow_req, other] * 5
    sent: dict[str, list[float]] = {"slow": [], "all": []}
    for req in pattern:
        limiter.acquire(req)
        if req is slow_req:
            sent["slow"].append(clock())
        sent["all"].append(clock())
    # Each bucket is charged at the instant the request actually goes, so both limits hold.
    assert max_in_window(sent["slow"], 1.0) <= 2
    assert max_in_window(sent["all"], 1.0) <= 10


def test_concurrent_reservations_charge_every_bucket_at_the_send_instant():
    # Frozen clock: every caller reserves "now", and now + wait is when its request goes out. Slow
    # requests are pushed back by their own bucket; the catch-all must record them at that later
    # instant too, or the requests queued behind them would overfill a later window.
    clock = FakeClock()
    slow = Rule(rate=2, operation_ids={"slow"})
    limiter = RateLimiter([slow, Rule(rate=10)], clock=clock)
    slow_req, other = request("slow"), request("other")
    send_at = [limiter.reserve(slow_req) for _ in range(5)] + [limiter.reserve(other) for _ in range(20)]
    assert send_at[:5] == pytest.approx([0.0, 0.5, 1.0, 1.5, 2.0])
    assert max_in_window(send_at, 1.0) <= 10


def test_no_matching_rule_means_no_wait():
    limiter = RateLimiter([Rule(rate=0.001, operation_ids={"x"})], sleep=pytest.fail)
    assert limiter.acquire(request("y")) == 0.0


def test_invalid_bucket_parameters():
    for rate in (0, -1, float("inf"), float("nan")):
        with pytest.raises(ConfigurationError):
            TokenBucket(rate)
    for burst in (0, 0.5, float("inf")):
        with pytest.raises(ConfigurationError):
            TokenBucket(1, burst)


def test_token_bucket_refills_while_idle():
    clock = FakeClock()
    bucket = TokenBucket(rate=10, burst=3, clock=clock)
    assert [bucket.reserve() for _ in range(4)] == pytest.approx([0, 0, 0, 0.1])
    clock.now = 100.0  # long idle: full again, but never more than `burst`
    assert [bucket.reserve() for _ in range(4)] == pytest.approx([0, 0, 0, 0.1])


def test_threads_get_unique_evenly_spaced_reservations():
    clock = FakeClock()  # frozen: threads don't sleep, they only record the wait they were given
    limiter = RateLimiter.app(clock=clock, sleep=lambda s: None)
    waits: list[float] = []
    waits_lock = threading.Lock()
    start = threading.Barrier(8)

    def worker() -> None:
        start.wait()
        mine = [limiter.acquire(GENERAL) for _ in range(25)]
        with waits_lock:
            waits.extend(mine)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert len(waits) == 200
    ordered = sorted(waits)
    assert ordered == pytest.approx([k * 0.1 for k in range(200)])
    assert all(b - a >= 0.1 - EPS for a, b in itertools.pairwise(ordered))  # unique and spaced


async def test_concurrent_tasks_get_unique_evenly_spaced_reservations():
    clock = FakeClock()
    slept: list[float] = []

    async def fake_async_sleep(seconds: float) -> None:
        slept.append(seconds)
        await asyncio.sleep(0)  # yield, so the other tasks interleave with this one

    limiter = RateLimiter.app(clock=clock, async_sleep=fake_async_sleep, sleep=pytest.fail)
    waits = await asyncio.gather(*(limiter.acquire_async(GENERAL) for _ in range(50)))
    assert sorted(waits) == pytest.approx([k * 0.1 for k in range(50)])
    assert sorted(slept) == pytest.approx([k * 0.1 for k in range(1, 50)])  # the first task never sleeps


async def test_async_acquire_in_virtual_time():
    clock = FakeClock()

    async def advancing_sleep(seconds: float) -> None:
        clock.sleep(seconds)

    limiter = RateLimiter.app(clock=clock, async_sleep=advancing_sleep)
    sent = []
    for _ in range(30):
        await limiter.acquire_async(SEND_EMAIL)
        sent.append(clock())
    assert clock() == pytest.approx(0.29)
    assert max_in_window(sent, 0.1) == 10
