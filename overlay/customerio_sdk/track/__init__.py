"""The Customer.io Track API client: :class:`TrackClient` and :class:`AsyncTrackClient`.

``_client`` holds the two twins, ``_request_builders`` the pure functions that turn their arguments
into the exact request (so the twins cannot drift apart), ``_operation_ids`` the operationId each
method sends (read by the build step).
"""

from ._client import AsyncTrackClient, TrackClient, by_cio_id, by_email, by_id

__all__ = ["AsyncTrackClient", "TrackClient", "by_cio_id", "by_email", "by_id"]
