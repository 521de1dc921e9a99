"""The shared core under the three API packages (``track``, ``app``, ``pipelines``).

Nothing here knows a client class: the API packages import the core, never the reverse (a test
checks). This ``__init__`` imports nothing, so a module loads only what it needs:

* ``base_client``: :class:`SyncAPIClient` / :class:`AsyncAPIClient`, decoding response bodies
* ``transport``: the httpx transports every request goes through (auth, retries, timeouts, errors)
* ``retry``: the retry policy and the pure retry decision
* ``rate_limit``: client-side rate limiting (Customer.io's documented limits)
* ``config``: regions, base URLs, credentials from arguments or the environment, defaults
* ``logs``: the ``customerio_sdk`` logger, and hiding identifiers from httpx's own log records
* ``compact_json``: the SDK's JSON encoding (``encode_json``) and its fast twin for batches
  (``compact_dumps``; orjson with the ``fast`` extra)
* ``dedupe_ids``: the ULIDs and message ids that make retried sends idempotent
* ``argument_errors``: ``TypeError`` messages a caller can act on
* ``iso8601``: ISO 8601 text read the same on every supported Python
* ``request_helpers``: what the Track and Pipelines wrappers share (request spec, conversions, 207 mapping)
* ``pagination``: the App paginators and the table of paginated operations
* ``batch_packing``, ``batch_loop``, ``batch_writer``: ``batch()`` and the batch writers
"""
