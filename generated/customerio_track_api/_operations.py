"""Every operation of the track spec: operationId -> method, path, module.

Written by `python -m codegen generate` from the normalised spec; do not edit.
"""

OPERATIONS: dict[str, tuple[str, str, str]] = {
    'submitForm': ('POST', '/api/v1/forms/{form_id}/submit', 'api.forms.submit_form'),
    'add_device': ('PUT', '/api/v1/customers/{identifier}/devices', 'api.track_customers.add_device'),
    'delete': ('DELETE', '/api/v1/customers/{identifier}', 'api.track_customers.delete'),
    'delete_device': ('DELETE', '/api/v1/customers/{identifier}/devices/{device_id}', 'api.track_customers.delete_device'),
    'identify': ('PUT', '/api/v1/customers/{identifier}', 'api.track_customers.identify'),
    'merge': ('POST', '/api/v1/merge_customers', 'api.track_customers.merge'),
    'suppress': ('POST', '/api/v1/customers/{identifier}/suppress', 'api.track_customers.suppress'),
    'unsubscribe': ('POST', '/unsubscribe/{delivery_id}', 'api.track_customers.unsubscribe'),
    'unsuppress': ('POST', '/api/v1/customers/{identifier}/unsuppress', 'api.track_customers.unsuppress'),
    'metrics': ('POST', '/api/v1/metrics', 'api.track_events.metrics'),
    'pushMetrics': ('POST', '/api/v1/push/events', 'api.track_events.push_metrics'),
    'track': ('POST', '/api/v1/customers/{identifier}/events', 'api.track_events.track'),
    'trackAnonymous': ('POST', '/api/v1/events', 'api.track_events.track_anonymous'),
    'getRegion': ('GET', '/api/v1/accounts/region', 'api.track_region.get_region'),
    'add_to_segment': ('POST', '/api/v1/segments/{segment_id}/add_customers', 'api.track_segments.add_to_segment'),
    'remove_from_segment': ('POST', '/api/v1/segments/{segment_id}/remove_customers', 'api.track_segments.remove_from_segment'),
    'batch': ('POST', '/api/v2/batch', 'api.track_v2.batch'),
    'entity': ('POST', '/api/v2/entity', 'api.track_v2.entity'),
}

# The generated function's name -> operationId: endpoint modules put it on every request.
OPERATION_ID: dict[str, str] = {
    'submit_form': 'submitForm',
    'add_device': 'add_device',
    'delete': 'delete',
    'delete_device': 'delete_device',
    'identify': 'identify',
    'merge': 'merge',
    'suppress': 'suppress',
    'unsubscribe': 'unsubscribe',
    'unsuppress': 'unsuppress',
    'metrics': 'metrics',
    'push_metrics': 'pushMetrics',
    'track': 'track',
    'track_anonymous': 'trackAnonymous',
    'get_region': 'getRegion',
    'add_to_segment': 'add_to_segment',
    'remove_from_segment': 'remove_from_segment',
    'batch': 'batch',
    'entity': 'entity',
}
