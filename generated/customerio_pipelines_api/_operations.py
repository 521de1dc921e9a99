"""Every operation of the pipelines spec: operationId -> method, path, module.

Written by `python -m codegen generate` from the normalised spec; do not edit.
"""

OPERATIONS: dict[str, tuple[str, str, str]] = {
    'batch': ('POST', '/batch', 'api.batch_operations.batch'),
    'page': ('POST', '/page', 'api.events_and_pageviews.page'),
    'screen': ('POST', '/screen', 'api.events_and_pageviews.screen'),
    'track': ('POST', '/track', 'api.events_and_pageviews.track'),
    'group': ('POST', '/group', 'api.objects_and_relationships.group'),
    'alias': ('POST', '/alias', 'api.people.alias'),
    'identify': ('POST', '/identify', 'api.people.identify'),
}

# The generated function's name -> operationId: endpoint modules put it on every request.
OPERATION_ID: dict[str, str] = {
    'batch': 'batch',
    'page': 'page',
    'screen': 'screen',
    'track': 'track',
    'group': 'group',
    'alias': 'alias',
    'identify': 'identify',
}
