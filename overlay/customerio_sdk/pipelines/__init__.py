"""The Customer.io Data Pipelines (CDP) API client: :class:`PipelinesClient` and :class:`AsyncPipelinesClient`.

``_client`` holds the two twins, ``_request_builders`` the pure functions that turn their arguments
into the exact request body, ``_operation_ids`` the operationId each method sends (read by the
build step).
"""

from ._client import AsyncPipelinesClient, PipelinesClient

__all__ = ["AsyncPipelinesClient", "PipelinesClient"]
