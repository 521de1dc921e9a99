"""A credential must never show up in logs, reprs, exception messages or tracebacks.

One failing run per mode (401, exhausted retries, timeout, dropped connection, bad configuration)
with every logger captured at DEBUG; then everything a user could end up printing is collected and
searched for the key in every form it travels in (raw, inside the Authorization header, base64).
"""

from __future__ import annotations

import base64
import logging
import threading
import traceback
from typing import Any

import httpx
import pytest
from customerio_sdk import errors
from customerio_sdk._core.base_client import AsyncAPIClient, SyncAPIClient
from customerio_sdk._core.config import Secret, basic_auth, bearer_auth, resolve_credential
from customerio_sdk._core.retry import RetryPolicy

SITE_ID = "site-0a1b2c"
FAKE_KEY = "sk_FAKE_9f8e7d6c5b4a39281706"
APP_KEY = "app_FAKE_1122334455667788"


def forbidden() -> list[str]:
    basic = basic_auth(SITE_ID, FAKE_KEY).reveal()
    return [
        FAKE_KEY,
        FAKE_KEY[-8:],
        APP_KEY,
        APP_KEY[-8:],
        basic,
        basic.split(" ", 1)[1],  # the base64 credential on its own
        base64.b64encode(FAKE_KEY.encode()).decode()[:16],
    ]


class Track(SyncAPIClient):
    pass


class AsyncTrack(AsyncAPIClient):
    pass


def describe(exc: BaseException) -> str:
    return "\n".join([str(exc), repr(exc), "".join(traceback.format_exception(exc)), repr(vars(exc))])


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_failing_run_never_reveals_the_key(mode, loopback, sleeps, caplog, monkeypatch):
    monkeypatch.setenv("CUSTOMERIO_API_KEY", FAKE_KEY)
    policy = RetryPolicy(sleep=sleeps.sleep, async_sleep=sleeps.async_sleep)
    texts: list[str] = []
    caplog.set_level(logging.DEBUG)  # every logger, including httpx/httpcore

    key = resolve_credential(None, argument="api_key", env_var="CUSTOMERIO_API_KEY", client="TrackClient")
    cls = Track if mode == "sync" else AsyncTrack
    client = cls(
        base_url=loopback.url,
        auth_header=basic_auth(SITE_ID, key),
        retry_policy=policy,
    )
    copy = client.with_options(max_retries=1, timeout=httpx.Timeout(5.0, read=0.1))  # used for the timeout
    released = threading.Event()
    loopback.enqueue(401, json={"meta": {"error": "unauthorized"}})
    loopback.enqueue(503, times=3)
    loopback.enqueue(wait_for=released, times=2)
    loopback.enqueue(drop=True, times=3)

    async def attempt(target: Any, path: str) -> None:
        result = target._request(
            "POST", path, operation_id="identify", path_template="/api/v1/customers/{id}", json={"email": "a@b.c"}
        )
        if mode == "async":
            await result

    expected = [errors.AuthenticationError, errors.InternalServerError, errors.APITimeoutError]
    for target, exc_type in zip([client, client, copy], expected):
        with pytest.raises(exc_type) as info:
            await attempt(target, "/api/v1/customers/person-1")
        texts.append(describe(info.value))
        texts.append(repr(vars(info.value.response.request)) if hasattr(info.value, "response") else "")
    with pytest.raises(errors.APIConnectionError) as info:
        await attempt(client, "/api/v1/customers/person-2")
    texts.append(describe(info.value))
    released.set()

    for bad in ("", "bad key\n" + FAKE_KEY):
        with pytest.raises(errors.ConfigurationError) as config_info:
            resolve_credential(bad, argument="api_key", env_var="CUSTOMERIO_API_KEY", client="TrackClient")
        texts.append(describe(config_info.value))

    app_secret = bearer_auth(APP_KEY)
    texts += [
        repr(client),
        str(client),
        repr(copy),
        repr(vars(client)),
        repr(vars(client._transport)),
        repr(vars(copy._transport)),
        repr(client.retry_policy),
        repr(key),
        str(key),
        f"{key} {key!r} {app_secret} {app_secret!r}",
        repr(client._client.headers),
    ]
    texts += [caplog.text]
    texts += [logging.Formatter("%(name)s %(levelname)s %(message)s").format(r) for r in caplog.records]

    if mode == "sync":
        client.close()
        copy.close()
    else:
        await client.aclose()
        await copy.aclose()

    # the run really happened: requests were authenticated, retried and logged
    assert loopback.requests[0].header("Authorization") == basic_auth(SITE_ID, FAKE_KEY).reveal()
    assert len(loopback.requests) == 1 + 3 + 2 + 3
    assert any("retrying" in r.getMessage() for r in caplog.records)

    everything = "\n".join(texts)
    for needle in forbidden():
        assert needle not in everything, f"credential material {needle[:4]}... leaked"


def test_secret_masks_in_containers_and_formatting():
    secret = Secret(FAKE_KEY)
    container = {"key": secret, "list": [secret], "tuple": (secret,)}
    text = " ".join([repr(container), str(container), f"{secret:>40}", f"{secret!s}{secret!r}"])
    for needle in forbidden():
        assert needle not in text
