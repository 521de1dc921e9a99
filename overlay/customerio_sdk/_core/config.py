"""Client configuration: regions, base URLs, credentials and defaults.

Everything here is pure and cheap: it reads the environment, validates and returns values. Messages
name the setting that is wrong and how to fix it, and never echo a credential (or a URL that could
carry one).
"""

from __future__ import annotations

import base64
import hmac
import os

import httpx

# The package's own version string (the same as the distribution's): reading it from the installed
# metadata instead would import importlib.metadata, a measurable share of ``import customerio_sdk``.
from .. import __version__ as SDK_VERSION
from ..errors import ConfigurationError

__all__ = [
    "APIS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "REGIONS",
    "SDK_VERSION",
    "USER_AGENT",
    "Secret",
    "base_url_for",
    "basic_auth",
    "bearer_auth",
    "resolve_credential",
    "resolve_region",
]

REGIONS: dict[str, dict[str, str]] = {
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
APIS = ("track", "app", "pipelines")

REGION_ENV_VAR = "CUSTOMERIO_REGION"
DEFAULT_REGION = "us"

#: 60 s for reads/writes/pool, 5 s to connect: a dead host fails fast, a slow export still completes.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2

USER_AGENT = f"customerio-sdk-python/{SDK_VERSION}"


class Secret:
    """A credential (or a full ``Authorization`` header value) that does not print itself.

    ``str()``, ``repr()`` and f-strings show ``<secret>``; no character of the value is ever shown.
    Call :meth:`reveal` at the single place the value is actually needed.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str | Secret) -> None:
        if isinstance(value, Secret):
            value = value.reveal()
        if not isinstance(value, str):
            raise TypeError(f"Secret() needs a str, got {type(value).__name__}")
        object.__setattr__(self, "_value", value)

    def reveal(self) -> str:
        """The actual value. Do not log it."""
        return self._value

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Secret is immutable")

    def __repr__(self) -> str:
        return "Secret('<secret>')"

    def __str__(self) -> str:
        return "<secret>"

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(self._value.encode(), other._value.encode())

    def __hash__(self) -> int:
        return hash((Secret, self._value))

    def __bool__(self) -> bool:
        return bool(self._value)

    def __reduce__(self) -> tuple[type[Secret], tuple[str]]:
        return (Secret, (self._value,))


def resolve_region(region: str | None = None) -> str:
    """``region``, else ``$CUSTOMERIO_REGION``, else ``"us"``; case-insensitive; validated."""
    source = "region"
    if region is None or (isinstance(region, str) and not region.strip()):
        region = os.environ.get(REGION_ENV_VAR, "")
        source = f"the {REGION_ENV_VAR} environment variable"
        if not region.strip():
            return DEFAULT_REGION
    if not isinstance(region, str):
        raise ConfigurationError(f"region must be a string, got {type(region).__name__}")
    normalised = region.strip().lower()
    if normalised not in REGIONS:
        valid = ", ".join(repr(r) for r in REGIONS)
        raise ConfigurationError(f"unknown region {region.strip()!r} (from {source}): valid regions are {valid}")
    return normalised


def _valid_credential(value: str) -> bool:
    # Printable ASCII without spaces: anything else is a copy/paste accident, and letting it reach the
    # HTTP layer would produce an error whose text contains the header value.
    return all("\x21" <= ch <= "\x7e" for ch in value)


def resolve_credential(value: str | Secret | None, *, argument: str, env_var: str, client: str) -> Secret:
    """The credential passed as ``argument``, else the one in ``env_var``; missing or empty is an error.

    Surrounding whitespace (a trailing newline from a file or ``.env``) is stripped.
    """
    source = f"{argument}="
    if isinstance(value, Secret):
        value = value.reveal()
    if value is None:
        value = os.environ.get(env_var)
        source = f"the {env_var} environment variable"
    if value is not None and not isinstance(value, str):
        raise ConfigurationError(f"{client}: {argument} must be a string, got {type(value).__name__}")
    if value is None or not value.strip():
        raise ConfigurationError(
            f"{client} needs {argument}: pass {argument}=... or set the {env_var} environment variable"
        )
    value = value.strip()
    if not _valid_credential(value):
        raise ConfigurationError(
            f"{client}: the {argument} from {source} contains spaces, control or non-ASCII characters;"
            " check that it was copied correctly"
        )
    return Secret(value)


def basic_auth(username: str | Secret, password: str | Secret = "") -> Secret:
    """``Authorization`` value for HTTP Basic auth (Track: site id + API key; Pipelines: write key + "")."""
    user = username.reveal() if isinstance(username, Secret) else username
    pw = password.reveal() if isinstance(password, Secret) else password
    token = base64.b64encode(f"{user}:{pw}".encode()).decode("ascii")
    return Secret(f"Basic {token}")


def bearer_auth(token: str | Secret) -> Secret:
    """``Authorization`` value for Bearer auth (App API key)."""
    raw = token.reveal() if isinstance(token, Secret) else token
    return Secret(f"Bearer {raw}")


_BASE_URL_HELP = "base_url must be an absolute http:// or https:// URL without credentials, query or fragment"


def base_url_for(api: str, region: str | None = None, base_url: str | httpx.URL | None = None) -> str:
    """The base URL for ``api`` ("track", "app", "pipelines") in ``region``, or the validated override.

    An override (a proxy, a mock server) must be an absolute http(s) URL; the trailing slash is removed.
    """
    if api not in APIS:
        raise ConfigurationError(f"unknown API {api!r}: valid APIs are {', '.join(repr(a) for a in APIS)}")
    if base_url is None:
        return REGIONS[resolve_region(region)][api]
    if not isinstance(base_url, (str, httpx.URL)):
        raise ConfigurationError(f"{_BASE_URL_HELP}; got {type(base_url).__name__}")
    try:
        url = httpx.URL(str(base_url).strip())
    except (httpx.InvalidURL, TypeError, ValueError):
        # The URL itself is not echoed: it may carry credentials.
        raise ConfigurationError(f"{_BASE_URL_HELP}; the value given is not a valid URL") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(f"{_BASE_URL_HELP} (e.g. https://track.customer.io)")
    if url.userinfo:
        raise ConfigurationError(f"{_BASE_URL_HELP}: pass credentials as arguments, not inside the URL")
    if url.query or url.fragment:
        raise ConfigurationError(f"{_BASE_URL_HELP}: remove the '?...' or '#...' part")
    return str(url).rstrip("/")
