"""customerio_sdk._core.config: regions, credentials, base URLs, Secret."""

from __future__ import annotations

import base64
import copy
import pickle

import httpx
import pytest
from customerio_sdk._core.config import (
    DEFAULT_TIMEOUT,
    REGIONS,
    USER_AGENT,
    Secret,
    base_url_for,
    basic_auth,
    bearer_auth,
    resolve_credential,
    resolve_region,
)
from customerio_sdk.errors import ConfigurationError


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    for name in ("CUSTOMERIO_REGION", "CUSTOMERIO_API_KEY", "CUSTOMERIO_SITE_ID"):
        monkeypatch.delenv(name, raising=False)


def test_regions_table():
    assert REGIONS == {
        "us": {
            "track": "https://track.customer.io",
            "app": "https://api.customer.io",
            "pipelines": "https://cdp.customer.io/v1",
        },
        "eu": {
            "track": "https://track-eu.customer.io",
            "app": "https://api-eu.customer.io",
            "pipelines": "https://cdp-eu.customer.io/v1",
        },
    }


def test_default_timeout():
    assert DEFAULT_TIMEOUT == httpx.Timeout(60.0, connect=5.0)


def test_user_agent():
    assert USER_AGENT.startswith("customerio-sdk-python/")


@pytest.mark.parametrize(("given", "expected"), [("us", "us"), ("EU", "eu"), (" Eu ", "eu"), (None, "us")])
def test_resolve_region(given, expected):
    assert resolve_region(given) == expected


def test_resolve_region_from_env(monkeypatch):
    monkeypatch.setenv("CUSTOMERIO_REGION", "EU")
    assert resolve_region(None) == "eu"
    assert resolve_region("us") == "us"  # an argument wins over the environment


def test_resolve_region_unknown_lists_valid_regions(monkeypatch):
    with pytest.raises(ConfigurationError, match=r"unknown region 'mars'.*'us', 'eu'"):
        resolve_region("mars")
    monkeypatch.setenv("CUSTOMERIO_REGION", "apac")
    with pytest.raises(ConfigurationError, match="CUSTOMERIO_REGION"):
        resolve_region(None)


def test_resolve_credential_from_argument_and_env(monkeypatch):
    secret = resolve_credential("  abc123\n", argument="api_key", env_var="CUSTOMERIO_API_KEY", client="TrackClient")
    assert isinstance(secret, Secret) and secret.reveal() == "abc123"
    monkeypatch.setenv("CUSTOMERIO_API_KEY", "from-env")
    assert resolve_credential(None, argument="api_key", env_var="CUSTOMERIO_API_KEY", client="T").reveal() == (
        "from-env"
    )
    assert resolve_credential(Secret("s"), argument="api_key", env_var="X", client="T").reveal() == "s"


@pytest.mark.parametrize("value", [None, "", "   "])
def test_resolve_credential_missing(value):
    with pytest.raises(ConfigurationError) as info:
        resolve_credential(value, argument="api_key", env_var="CUSTOMERIO_API_KEY", client="TrackClient")
    assert str(info.value) == (
        "TrackClient needs api_key: pass api_key=... or set the CUSTOMERIO_API_KEY environment variable"
    )


@pytest.mark.parametrize("value", ["has space", "line\nbreak", "caf\u00e9", "tab\there"])
def test_resolve_credential_rejects_bad_characters_without_echoing(value):
    with pytest.raises(ConfigurationError) as info:
        resolve_credential(value, argument="api_key", env_var="K", client="AppClient")
    assert value not in str(info.value)
    assert "AppClient" in str(info.value) and "api_key" in str(info.value)


def test_resolve_credential_type_error():
    with pytest.raises(ConfigurationError, match="must be a string"):
        resolve_credential(123, argument="api_key", env_var="K", client="C")  # type: ignore[arg-type]


def test_secret_never_shows_its_value():
    secret = Secret("sk_live_1234")
    percent = "%s" % (secret,)  # noqa: UP031 - the %-operator is its own code path
    for text in (repr(secret), str(secret), f"{secret}", f"{secret!r}", percent, repr([secret])):
        assert "1234" not in text and "sk_" not in text
    assert str(secret) == "<secret>"
    assert secret.reveal() == "sk_live_1234"


def test_secret_equality_copy_pickle_immutability():
    secret = Secret("v")
    assert secret == Secret("v") and secret != Secret("w") and hash(secret) == hash(Secret("v"))
    assert copy.copy(secret).reveal() == "v"
    assert pickle.loads(pickle.dumps(secret)).reveal() == "v"
    assert Secret(secret).reveal() == "v"
    assert not Secret("")
    with pytest.raises(AttributeError):
        secret._value = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Secret(b"bytes")  # type: ignore[arg-type]


def test_auth_helpers():
    assert basic_auth("site", Secret("key")).reveal() == "Basic " + base64.b64encode(b"site:key").decode()
    assert basic_auth("write-key").reveal() == "Basic " + base64.b64encode(b"write-key:").decode()
    assert bearer_auth(Secret("tok")).reveal() == "Bearer tok"


@pytest.mark.parametrize("api", ["track", "app", "pipelines"])
@pytest.mark.parametrize("region", ["us", "eu"])
def test_base_url_for_regions(api, region):
    assert base_url_for(api, region) == REGIONS[region][api]


def test_base_url_for_env_region(monkeypatch):
    monkeypatch.setenv("CUSTOMERIO_REGION", "eu")
    assert base_url_for("app") == "https://api-eu.customer.io"


@pytest.mark.parametrize(
    ("override", "expected"),
    [
        ("http://127.0.0.1:8080/", "http://127.0.0.1:8080"),
        ("https://proxy.example.com/cio/", "https://proxy.example.com/cio"),
        (httpx.URL("https://x.example"), "https://x.example"),
    ],
)
def test_base_url_override(override, expected):
    assert base_url_for("track", "eu", override) == expected


@pytest.mark.parametrize(
    "override",
    ["track.customer.io", "/v1", "ftp://host", "https://user:pw-secret@host", "https://host/?a=1", "https://h/#x", ""],
)
def test_base_url_override_rejected(override):
    with pytest.raises(ConfigurationError) as info:
        base_url_for("track", None, override)
    assert "pw-secret" not in str(info.value)


def test_base_url_for_unknown_api():
    with pytest.raises(ConfigurationError, match="'track', 'app', 'pipelines'"):
        base_url_for("beta")
