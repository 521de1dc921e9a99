"""The App API's resource classes by client attribute (``RESOURCES``: AppClient's,
``ASYNC_RESOURCES``: AsyncAppClient's), for tools and tests that walk every method.

The classes are written by the build step into ``app/_generated/`` from
``codegen/app_resources.yaml`` (attribute -> class, readable method name -> operationId);
``Resource.operations()`` gives each class's method -> operationId table. Importing this module
imports every resource class (none of the generated operation modules).
"""

from __future__ import annotations

from ._generated._index import ASYNC_RESOURCES, RESOURCES
from ._resource import Resource

__all__ = ["ASYNC_RESOURCES", "RESOURCES", "Resource"]
