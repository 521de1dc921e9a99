"""``python -m customerio_sdk demo``: a short tour of the SDK against the embedded mock.

By default everything runs against :class:`customerio_sdk.testing.MockServer` (no network, no
account). With ``--live`` the same examples target the real Customer.io API using the
``CUSTOMERIO_*`` environment variables; never do that in CI.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import time
from collections.abc import Callable, Iterator
from typing import Any

Say = Callable[[str], None]


def _events(count: int) -> Iterator[dict[str, Any]]:
    rng = random.Random(7)
    for n in range(count):
        yield {
            "type": "track",
            "userId": f"user-{n % 500}",
            "event": "page_viewed",
            "properties": {"path": f"/docs/{n}", "padding": "x" * rng.randint(0, 400)},
        }


@contextlib.contextmanager
def _targets(live: bool) -> Iterator[tuple[dict[str, dict[str, Any]], Any]]:
    """Client settings for each API: the mock's URLs and fake keys, or the real API from env."""
    if live:
        yield {"track": {}, "app": {}, "pipelines": {}}, None
        return
    from .testing import MockServer

    with MockServer() as mock:
        yield (
            {
                "track": {"site_id": "demo-site", "api_key": "demo-track-key", "base_url": mock.track_url},
                "app": {"api_key": "demo-app-key", "base_url": mock.app_url},
                "pipelines": {"write_key": "demo-write-key", "base_url": mock.pipelines_url},
            },
            mock,
        )


def _script_newsletter_pages(mock: Any) -> None:
    """Three pages of newsletters, so the pager has something to follow."""
    for page, cursor in enumerate(["page-2", "page-3", ""], start=1):
        items = [{"id": page * 10 + n, "name": f"Newsletter {page}.{n}"} for n in range(3)]
        mock.script("listNewsletters", status=200, body={"newsletters": items, "next": cursor}, times=1)


def run(say: Say = print, *, live: bool = False) -> int:
    from . import webhooks
    from .app import AppClient
    from .pipelines import PipelinesClient
    from .track import TrackClient

    with _targets(live) as (settings, mock):
        where = "the real Customer.io API" if live else "the embedded mock (spec-validating, loopback only)"
        say(f"customerio-sdk demo against {where}\n")

        with TrackClient(**settings["track"]) as track:
            say(f"Track API at {track.base_url}")
            for email in ("ada@example.com", "grace+test@example.com", "linus/torvalds"):
                track.identify(email, plan="pro", created_at=int(time.time()))
                say(f"  identified {email!r}")
            track.track("ada@example.com", "purchased", {"amount": 42, "currency": "EUR"})
            say("  tracked 'purchased' for ada@example.com (the SDK assigned a ULID so a retry can't double-count)")

        with PipelinesClient(**settings["pipelines"]) as cdp:
            say(f"\nPipelines API at {cdp.base_url}")
            started = time.perf_counter()
            result = cdp.batch(_events(10_000))
            elapsed = time.perf_counter() - started
            say(
                f"  batch of {result.total} events: {result.sent} sent, {len(result.rejected)} rejected, "
                f"{len(result.failed)} failed in {elapsed:.2f} s"
            )

        with AppClient(**settings["app"]) as app:
            say(f"\nApp API at {app.base_url}")
            if mock is not None:
                _script_newsletter_pages(mock)
            names = [newsletter.name for newsletter in app.newsletters.list(limit=9)]
            say(f"  paged through {len(names)} newsletters on 3 pages: {', '.join(names[:4])}, …")
            sent = app.send.email(
                transactional_message_id="welcome",
                to="ada@example.com",
                identifiers={"email": "ada@example.com"},
                message_data={"first_name": "Ada"},
            )
            say(f"  sent a transactional email: delivery {getattr(sent, 'delivery_id', sent)}")

        say("\nWebhooks")
        key = "demo-signing-key"
        body = b'{"event_id":"01E4C4CT6YDC7Y5M7FE1GWWPQJ","object_type":"email","metric":"sent"}'
        stamp = int(time.time())
        signature = webhooks.sign(body, stamp, key)
        webhooks.verify(body, stamp, signature, key)
        say("  a signed reporting webhook verified")
        try:
            webhooks.verify(body.replace(b"sent", b"opened"), stamp, signature, key)
        except webhooks.WebhookVerificationError as exc:
            say(f"  a tampered one was rejected: {exc}")

        if mock is not None:
            say(f"\nThe mock recorded {len(mock.requests)} requests and {len(mock.violations)} spec violations.")
            for violation in mock.violations[:5]:
                say(f"  violation: {violation}")
            return 1 if mock.violations else 0
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m customerio_sdk demo", description=__doc__)
    parser.add_argument(
        "--live",
        action="store_true",
        default=os.environ.get("CUSTOMERIO_DEMO_LIVE") == "1",
        help="use the real API with CUSTOMERIO_* credentials from the environment (never in CI)",
    )
    args = parser.parse_args(argv)
    return run(live=args.live)
