"""Contains all the data models used in inputs/outputs (imported lazily, on first access)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_device import AddDevice
    from .add_device_action import AddDeviceAction
    from .add_device_body import AddDeviceBody
    from .add_device_device import AddDeviceDevice
    from .add_device_response_400 import AddDeviceResponse400
    from .add_device_response_400_meta import AddDeviceResponse400Meta
    from .add_to_segment_body import AddToSegmentBody
    from .add_to_segment_id_type import AddToSegmentIdType
    from .batch_body import BatchBody
    from .batch_response_207 import BatchResponse207
    from .batch_response_207_errors_item import BatchResponse207ErrorsItem
    from .batch_response_400 import BatchResponse400
    from .batch_response_400_errors_item import BatchResponse400ErrorsItem
    from .cio_id_3 import CioId3
    from .cio_id_4 import CioId4
    from .cio_id_5 import CioId5
    from .cio_object_id import CIOObjectID
    from .cio_subscription_preferences import CioSubscriptionPreferences
    from .cio_subscription_preferences_topics import CioSubscriptionPreferencesTopics
    from .delete_device import DeleteDevice
    from .delete_device_action import DeleteDeviceAction
    from .delete_device_device import DeleteDeviceDevice
    from .delete_device_response_400 import DeleteDeviceResponse400
    from .delete_device_response_400_meta import DeleteDeviceResponse400Meta
    from .delivery import Delivery
    from .delivery_action import DeliveryAction
    from .delivery_attributes import DeliveryAttributes
    from .delivery_identifiers import DeliveryIdentifiers
    from .delivery_name import DeliveryName
    from .delivery_type import DeliveryType
    from .device_object import DeviceObject
    from .device_object_common import DeviceObjectCommon
    from .device_object_common_attributes import DeviceObjectCommonAttributes
    from .device_object_common_attributes_last_status import (
        DeviceObjectCommonAttributesLastStatus,
    )
    from .device_object_common_attributes_push_enabled import (
        DeviceObjectCommonAttributesPushEnabled,
    )
    from .device_object_common_platform import DeviceObjectCommonPlatform
    from .email_2 import Email2
    from .email_3 import Email3
    from .email_4 import Email4
    from .entity_response_400 import EntityResponse400
    from .entity_response_400_errors_item import EntityResponse400ErrorsItem
    from .get_region_response_200 import GetRegionResponse200
    from .get_region_response_200_region import GetRegionResponse200Region
    from .get_region_response_200_url import GetRegionResponse200Url
    from .id_2 import Id2
    from .id_3 import Id3
    from .id_4 import Id4
    from .identify_anonymous import IdentifyAnonymous
    from .identify_anonymous_action import IdentifyAnonymousAction
    from .identify_anonymous_attributes import IdentifyAnonymousAttributes
    from .identify_anonymous_cio_relationships_item import (
        IdentifyAnonymousCioRelationshipsItem,
    )
    from .identify_anonymous_cio_relationships_item_identifiers import (
        IdentifyAnonymousCioRelationshipsItemIdentifiers,
    )
    from .identify_anonymous_cio_relationships_item_relationship_attributes import (
        IdentifyAnonymousCioRelationshipsItemRelationshipAttributes,
    )
    from .identify_body import IdentifyBody
    from .identify_person import IdentifyPerson
    from .identify_person_action import IdentifyPersonAction
    from .identify_person_attributes import IdentifyPersonAttributes
    from .identify_person_cio_relationships_item import (
        IdentifyPersonCioRelationshipsItem,
    )
    from .identify_person_cio_relationships_item_relationship_attributes import (
        IdentifyPersonCioRelationshipsItemRelationshipAttributes,
    )
    from .merge_body import MergeBody
    from .merge_response_400 import MergeResponse400
    from .merge_response_400_meta import MergeResponse400Meta
    from .metrics_email import MetricsEmail
    from .metrics_email_metric import MetricsEmailMetric
    from .metrics_in_app import MetricsInApp
    from .metrics_in_app_metric import MetricsInAppMetric
    from .metrics_push import MetricsPush
    from .metrics_push_metric import MetricsPushMetric
    from .metrics_slack import MetricsSlack
    from .metrics_slack_metric import MetricsSlackMetric
    from .metrics_sms import MetricsSMS
    from .metrics_sms_metric import MetricsSMSMetric
    from .metrics_webhook import MetricsWebhook
    from .metrics_webhook_metric import MetricsWebhookMetric
    from .mobile_screen_view import MobileScreenView
    from .mobile_screen_view_2 import MobileScreenView2
    from .mobile_screen_view_2_data import MobileScreenView2Data
    from .mobile_screen_view_2_type import MobileScreenView2Type
    from .mobile_screen_view_data import MobileScreenViewData
    from .mobile_screen_view_type import MobileScreenViewType
    from .object_add_relationships import ObjectAddRelationships
    from .object_add_relationships_action import ObjectAddRelationshipsAction
    from .object_add_relationships_cio_relationships_item import (
        ObjectAddRelationshipsCioRelationshipsItem,
    )
    from .object_add_relationships_cio_relationships_item_relationship_attributes import (
        ObjectAddRelationshipsCioRelationshipsItemRelationshipAttributes,
    )
    from .object_common import ObjectCommon
    from .object_common_identify import ObjectCommonIdentify
    from .object_common_identify_type import ObjectCommonIdentifyType
    from .object_common_type import ObjectCommonType
    from .object_delete import ObjectDelete
    from .object_delete_action import ObjectDeleteAction
    from .object_delete_relationships import ObjectDeleteRelationships
    from .object_delete_relationships_action import ObjectDeleteRelationshipsAction
    from .object_delete_relationships_cio_relationships_item import (
        ObjectDeleteRelationshipsCioRelationshipsItem,
    )
    from .object_delete_relationships_cio_relationships_item_relationship_attributes import (
        ObjectDeleteRelationshipsCioRelationshipsItemRelationshipAttributes,
    )
    from .object_id import ObjectID
    from .object_identifiers import ObjectIdentifiers
    from .object_identify import ObjectIdentify
    from .object_identify_action import ObjectIdentifyAction
    from .object_identify_attributes import ObjectIdentifyAttributes
    from .object_identify_cio_relationships_item import (
        ObjectIdentifyCioRelationshipsItem,
    )
    from .object_identify_cio_relationships_item_relationship_attributes import (
        ObjectIdentifyCioRelationshipsItemRelationshipAttributes,
    )
    from .page_view import PageView
    from .page_view_2 import PageView2
    from .page_view_2_data import PageView2Data
    from .page_view_2_type import PageView2Type
    from .page_view_data import PageViewData
    from .page_view_type import PageViewType
    from .person_add_relationships import PersonAddRelationships
    from .person_add_relationships_action import PersonAddRelationshipsAction
    from .person_add_relationships_cio_relationships_item import (
        PersonAddRelationshipsCioRelationshipsItem,
    )
    from .person_add_relationships_cio_relationships_item_relationship_attributes import (
        PersonAddRelationshipsCioRelationshipsItemRelationshipAttributes,
    )
    from .person_common import PersonCommon
    from .person_common_type import PersonCommonType
    from .person_delete import PersonDelete
    from .person_delete_action import PersonDeleteAction
    from .person_delete_relationships import PersonDeleteRelationships
    from .person_delete_relationships_action import PersonDeleteRelationshipsAction
    from .person_delete_relationships_cio_relationships_item import (
        PersonDeleteRelationshipsCioRelationshipsItem,
    )
    from .person_delete_relationships_cio_relationships_item_relationship_attributes import (
        PersonDeleteRelationshipsCioRelationshipsItemRelationshipAttributes,
    )
    from .person_event import PersonEvent
    from .person_event_action import PersonEventAction
    from .person_event_attributes import PersonEventAttributes
    from .person_merge import PersonMerge
    from .person_merge_action import PersonMergeAction
    from .person_merge_type import PersonMergeType
    from .person_page import PersonPage
    from .person_page_action import PersonPageAction
    from .person_page_attributes import PersonPageAttributes
    from .person_screen import PersonScreen
    from .person_screen_action import PersonScreenAction
    from .person_screen_attributes import PersonScreenAttributes
    from .push_metrics_body import PushMetricsBody
    from .push_metrics_body_event import PushMetricsBodyEvent
    from .remove_from_segment_body import RemoveFromSegmentBody
    from .remove_from_segment_id_type import RemoveFromSegmentIdType
    from .standard_anonymous_event import StandardAnonymousEvent
    from .standard_anonymous_event_data import StandardAnonymousEventData
    from .standard_anonymous_event_type import StandardAnonymousEventType
    from .standard_event import StandardEvent
    from .standard_event_data import StandardEventData
    from .standard_event_type import StandardEventType
    from .submit_form_body import SubmitFormBody
    from .submit_form_body_identify_by_email import SubmitFormBodyIdentifyByEmail
    from .submit_form_body_identify_by_id import SubmitFormBodyIdentifyById
    from .submit_form_response_400 import SubmitFormResponse400
    from .submit_form_response_400_meta import SubmitFormResponse400Meta
    from .suppress import Suppress
    from .suppress_action import SuppressAction
    from .track_metrics import TrackMetrics
    from .unsubscribe_body import UnsubscribeBody
    from .unsuppress import Unsuppress
    from .unsuppress_action import UnsuppressAction
    from .v1_cio_relationships import V1CioRelationships
    from .v1_cio_relationships_action import V1CioRelationshipsAction
    from .v1_cio_relationships_relationships_item import (
        V1CioRelationshipsRelationshipsItem,
    )
    from .v1_cio_relationships_relationships_item_relationship_attributes import (
        V1CioRelationshipsRelationshipsItemRelationshipAttributes,
    )

_MODULE_OF: dict[str, str] = {
    "AddDevice": ".add_device",
    "AddDeviceAction": ".add_device_action",
    "AddDeviceBody": ".add_device_body",
    "AddDeviceDevice": ".add_device_device",
    "AddDeviceResponse400": ".add_device_response_400",
    "AddDeviceResponse400Meta": ".add_device_response_400_meta",
    "AddToSegmentBody": ".add_to_segment_body",
    "AddToSegmentIdType": ".add_to_segment_id_type",
    "BatchBody": ".batch_body",
    "BatchResponse207": ".batch_response_207",
    "BatchResponse207ErrorsItem": ".batch_response_207_errors_item",
    "BatchResponse400": ".batch_response_400",
    "BatchResponse400ErrorsItem": ".batch_response_400_errors_item",
    "CioId3": ".cio_id_3",
    "CioId4": ".cio_id_4",
    "CioId5": ".cio_id_5",
    "CIOObjectID": ".cio_object_id",
    "CioSubscriptionPreferences": ".cio_subscription_preferences",
    "CioSubscriptionPreferencesTopics": ".cio_subscription_preferences_topics",
    "DeleteDevice": ".delete_device",
    "DeleteDeviceAction": ".delete_device_action",
    "DeleteDeviceDevice": ".delete_device_device",
    "DeleteDeviceResponse400": ".delete_device_response_400",
    "DeleteDeviceResponse400Meta": ".delete_device_response_400_meta",
    "Delivery": ".delivery",
    "DeliveryAction": ".delivery_action",
    "DeliveryAttributes": ".delivery_attributes",
    "DeliveryIdentifiers": ".delivery_identifiers",
    "DeliveryName": ".delivery_name",
    "DeliveryType": ".delivery_type",
    "DeviceObject": ".device_object",
    "DeviceObjectCommon": ".device_object_common",
    "DeviceObjectCommonAttributes": ".device_object_common_attributes",
    "DeviceObjectCommonAttributesLastStatus": ".device_object_common_attributes_last_status",
    "DeviceObjectCommonAttributesPushEnabled": ".device_object_common_attributes_push_enabled",
    "DeviceObjectCommonPlatform": ".device_object_common_platform",
    "Email2": ".email_2",
    "Email3": ".email_3",
    "Email4": ".email_4",
    "EntityResponse400": ".entity_response_400",
    "EntityResponse400ErrorsItem": ".entity_response_400_errors_item",
    "GetRegionResponse200": ".get_region_response_200",
    "GetRegionResponse200Region": ".get_region_response_200_region",
    "GetRegionResponse200Url": ".get_region_response_200_url",
    "Id2": ".id_2",
    "Id3": ".id_3",
    "Id4": ".id_4",
    "IdentifyAnonymous": ".identify_anonymous",
    "IdentifyAnonymousAction": ".identify_anonymous_action",
    "IdentifyAnonymousAttributes": ".identify_anonymous_attributes",
    "IdentifyAnonymousCioRelationshipsItem": ".identify_anonymous_cio_relationships_item",
    "IdentifyAnonymousCioRelationshipsItemIdentifiers": ".identify_anonymous_cio_relationships_item_identifiers",
    "IdentifyAnonymousCioRelationshipsItemRelationshipAttributes": ".identify_anonymous_cio_relationships_item_relationship_attributes",
    "IdentifyBody": ".identify_body",
    "IdentifyPerson": ".identify_person",
    "IdentifyPersonAction": ".identify_person_action",
    "IdentifyPersonAttributes": ".identify_person_attributes",
    "IdentifyPersonCioRelationshipsItem": ".identify_person_cio_relationships_item",
    "IdentifyPersonCioRelationshipsItemRelationshipAttributes": ".identify_person_cio_relationships_item_relationship_attributes",
    "MergeBody": ".merge_body",
    "MergeResponse400": ".merge_response_400",
    "MergeResponse400Meta": ".merge_response_400_meta",
    "MetricsEmail": ".metrics_email",
    "MetricsEmailMetric": ".metrics_email_metric",
    "MetricsInApp": ".metrics_in_app",
    "MetricsInAppMetric": ".metrics_in_app_metric",
    "MetricsPush": ".metrics_push",
    "MetricsPushMetric": ".metrics_push_metric",
    "MetricsSlack": ".metrics_slack",
    "MetricsSlackMetric": ".metrics_slack_metric",
    "MetricsSMS": ".metrics_sms",
    "MetricsSMSMetric": ".metrics_sms_metric",
    "MetricsWebhook": ".metrics_webhook",
    "MetricsWebhookMetric": ".metrics_webhook_metric",
    "MobileScreenView": ".mobile_screen_view",
    "MobileScreenView2": ".mobile_screen_view_2",
    "MobileScreenView2Data": ".mobile_screen_view_2_data",
    "MobileScreenView2Type": ".mobile_screen_view_2_type",
    "MobileScreenViewData": ".mobile_screen_view_data",
    "MobileScreenViewType": ".mobile_screen_view_type",
    "ObjectAddRelationships": ".object_add_relationships",
    "ObjectAddRelationshipsAction": ".object_add_relationships_action",
    "ObjectAddRelationshipsCioRelationshipsItem": ".object_add_relationships_cio_relationships_item",
    "ObjectAddRelationshipsCioRelationshipsItemRelationshipAttributes": ".object_add_relationships_cio_relationships_item_relationship_attributes",
    "ObjectCommon": ".object_common",
    "ObjectCommonIdentify": ".object_common_identify",
    "ObjectCommonIdentifyType": ".object_common_identify_type",
    "ObjectCommonType": ".object_common_type",
    "ObjectDelete": ".object_delete",
    "ObjectDeleteAction": ".object_delete_action",
    "ObjectDeleteRelationships": ".object_delete_relationships",
    "ObjectDeleteRelationshipsAction": ".object_delete_relationships_action",
    "ObjectDeleteRelationshipsCioRelationshipsItem": ".object_delete_relationships_cio_relationships_item",
    "ObjectDeleteRelationshipsCioRelationshipsItemRelationshipAttributes": ".object_delete_relationships_cio_relationships_item_relationship_attributes",
    "ObjectID": ".object_id",
    "ObjectIdentifiers": ".object_identifiers",
    "ObjectIdentify": ".object_identify",
    "ObjectIdentifyAction": ".object_identify_action",
    "ObjectIdentifyAttributes": ".object_identify_attributes",
    "ObjectIdentifyCioRelationshipsItem": ".object_identify_cio_relationships_item",
    "ObjectIdentifyCioRelationshipsItemRelationshipAttributes": ".object_identify_cio_relationships_item_relationship_attributes",
    "PageView": ".page_view",
    "PageView2": ".page_view_2",
    "PageView2Data": ".page_view_2_data",
    "PageView2Type": ".page_view_2_type",
    "PageViewData": ".page_view_data",
    "PageViewType": ".page_view_type",
    "PersonAddRelationships": ".person_add_relationships",
    "PersonAddRelationshipsAction": ".person_add_relationships_action",
    "PersonAddRelationshipsCioRelationshipsItem": ".person_add_relationships_cio_relationships_item",
    "PersonAddRelationshipsCioRelationshipsItemRelationshipAttributes": ".person_add_relationships_cio_relationships_item_relationship_attributes",
    "PersonCommon": ".person_common",
    "PersonCommonType": ".person_common_type",
    "PersonDelete": ".person_delete",
    "PersonDeleteAction": ".person_delete_action",
    "PersonDeleteRelationships": ".person_delete_relationships",
    "PersonDeleteRelationshipsAction": ".person_delete_relationships_action",
    "PersonDeleteRelationshipsCioRelationshipsItem": ".person_delete_relationships_cio_relationships_item",
    "PersonDeleteRelationshipsCioRelationshipsItemRelationshipAttributes": ".person_delete_relationships_cio_relationships_item_relationship_attributes",
    "PersonEvent": ".person_event",
    "PersonEventAction": ".person_event_action",
    "PersonEventAttributes": ".person_event_attributes",
    "PersonMerge": ".person_merge",
    "PersonMergeAction": ".person_merge_action",
    "PersonMergeType": ".person_merge_type",
    "PersonPage": ".person_page",
    "PersonPageAction": ".person_page_action",
    "PersonPageAttributes": ".person_page_attributes",
    "PersonScreen": ".person_screen",
    "PersonScreenAction": ".person_screen_action",
    "PersonScreenAttributes": ".person_screen_attributes",
    "PushMetricsBody": ".push_metrics_body",
    "PushMetricsBodyEvent": ".push_metrics_body_event",
    "RemoveFromSegmentBody": ".remove_from_segment_body",
    "RemoveFromSegmentIdType": ".remove_from_segment_id_type",
    "StandardAnonymousEvent": ".standard_anonymous_event",
    "StandardAnonymousEventData": ".standard_anonymous_event_data",
    "StandardAnonymousEventType": ".standard_anonymous_event_type",
    "StandardEvent": ".standard_event",
    "StandardEventData": ".standard_event_data",
    "StandardEventType": ".standard_event_type",
    "SubmitFormBody": ".submit_form_body",
    "SubmitFormBodyIdentifyByEmail": ".submit_form_body_identify_by_email",
    "SubmitFormBodyIdentifyById": ".submit_form_body_identify_by_id",
    "SubmitFormResponse400": ".submit_form_response_400",
    "SubmitFormResponse400Meta": ".submit_form_response_400_meta",
    "Suppress": ".suppress",
    "SuppressAction": ".suppress_action",
    "TrackMetrics": ".track_metrics",
    "UnsubscribeBody": ".unsubscribe_body",
    "Unsuppress": ".unsuppress",
    "UnsuppressAction": ".unsuppress_action",
    "V1CioRelationships": ".v1_cio_relationships",
    "V1CioRelationshipsAction": ".v1_cio_relationships_action",
    "V1CioRelationshipsRelationshipsItem": ".v1_cio_relationships_relationships_item",
    "V1CioRelationshipsRelationshipsItemRelationshipAttributes": ".v1_cio_relationships_relationships_item_relationship_attributes",
}


def __getattr__(name: str) -> Any:
    try:
        module = _MODULE_OF[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULE_OF))


__all__ = (
    "AddDevice",
    "AddDeviceAction",
    "AddDeviceBody",
    "AddDeviceDevice",
    "AddDeviceResponse400",
    "AddDeviceResponse400Meta",
    "AddToSegmentBody",
    "AddToSegmentIdType",
    "BatchBody",
    "BatchResponse207",
    "BatchResponse207ErrorsItem",
    "BatchResponse400",
    "BatchResponse400ErrorsItem",
    "CIOObjectID",
    "CioId3",
    "CioId4",
    "CioId5",
    "CioSubscriptionPreferences",
    "CioSubscriptionPreferencesTopics",
    "DeleteDevice",
    "DeleteDeviceAction",
    "DeleteDeviceDevice",
    "DeleteDeviceResponse400",
    "DeleteDeviceResponse400Meta",
    "Delivery",
    "DeliveryAction",
    "DeliveryAttributes",
    "DeliveryIdentifiers",
    "DeliveryName",
    "DeliveryType",
    "DeviceObject",
    "DeviceObjectCommon",
    "DeviceObjectCommonAttributes",
    "DeviceObjectCommonAttributesLastStatus",
    "DeviceObjectCommonAttributesPushEnabled",
    "DeviceObjectCommonPlatform",
    "Email2",
    "Email3",
    "Email4",
    "EntityResponse400",
    "EntityResponse400ErrorsItem",
    "GetRegionResponse200",
    "GetRegionResponse200Region",
    "GetRegionResponse200Url",
    "Id2",
    "Id3",
    "Id4",
    "IdentifyAnonymous",
    "IdentifyAnonymousAction",
    "IdentifyAnonymousAttributes",
    "IdentifyAnonymousCioRelationshipsItem",
    "IdentifyAnonymousCioRelationshipsItemIdentifiers",
    "IdentifyAnonymousCioRelationshipsItemRelationshipAttributes",
    "IdentifyBody",
    "IdentifyPerson",
    "IdentifyPersonAction",
    "IdentifyPersonAttributes",
    "IdentifyPersonCioRelationshipsItem",
    "IdentifyPersonCioRelationshipsItemRelationshipAttributes",
    "MergeBody",
    "MergeResponse400",
    "MergeResponse400Meta",
    "MetricsEmail",
    "MetricsEmailMetric",
    "MetricsInApp",
    "MetricsInAppMetric",
    "MetricsPush",
    "MetricsPushMetric",
    "MetricsSMS",
    "MetricsSMSMetric",
    "MetricsSlack",
    "MetricsSlackMetric",
    "MetricsWebhook",
    "MetricsWebhookMetric",
    "MobileScreenView",
    "MobileScreenView2",
    "MobileScreenView2Data",
    "MobileScreenView2Type",
    "MobileScreenViewData",
    "MobileScreenViewType",
    "ObjectAddRelationships",
    "ObjectAddRelationshipsAction",
    "ObjectAddRelationshipsCioRelationshipsItem",
    "ObjectAddRelationshipsCioRelationshipsItemRelationshipAttributes",
    "ObjectCommon",
    "ObjectCommonIdentify",
    "ObjectCommonIdentifyType",
    "ObjectCommonType",
    "ObjectDelete",
    "ObjectDeleteAction",
    "ObjectDeleteRelationships",
    "ObjectDeleteRelationshipsAction",
    "ObjectDeleteRelationshipsCioRelationshipsItem",
    "ObjectDeleteRelationshipsCioRelationshipsItemRelationshipAttributes",
    "ObjectID",
    "ObjectIdentifiers",
    "ObjectIdentify",
    "ObjectIdentifyAction",
    "ObjectIdentifyAttributes",
    "ObjectIdentifyCioRelationshipsItem",
    "ObjectIdentifyCioRelationshipsItemRelationshipAttributes",
    "PageView",
    "PageView2",
    "PageView2Data",
    "PageView2Type",
    "PageViewData",
    "PageViewType",
    "PersonAddRelationships",
    "PersonAddRelationshipsAction",
    "PersonAddRelationshipsCioRelationshipsItem",
    "PersonAddRelationshipsCioRelationshipsItemRelationshipAttributes",
    "PersonCommon",
    "PersonCommonType",
    "PersonDelete",
    "PersonDeleteAction",
    "PersonDeleteRelationships",
    "PersonDeleteRelationshipsAction",
    "PersonDeleteRelationshipsCioRelationshipsItem",
    "PersonDeleteRelationshipsCioRelationshipsItemRelationshipAttributes",
    "PersonEvent",
    "PersonEventAction",
    "PersonEventAttributes",
    "PersonMerge",
    "PersonMergeAction",
    "PersonMergeType",
    "PersonPage",
    "PersonPageAction",
    "PersonPageAttributes",
    "PersonScreen",
    "PersonScreenAction",
    "PersonScreenAttributes",
    "PushMetricsBody",
    "PushMetricsBodyEvent",
    "RemoveFromSegmentBody",
    "RemoveFromSegmentIdType",
    "StandardAnonymousEvent",
    "StandardAnonymousEventData",
    "StandardAnonymousEventType",
    "StandardEvent",
    "StandardEventData",
    "StandardEventType",
    "SubmitFormBody",
    "SubmitFormBodyIdentifyByEmail",
    "SubmitFormBodyIdentifyById",
    "SubmitFormResponse400",
    "SubmitFormResponse400Meta",
    "Suppress",
    "SuppressAction",
    "TrackMetrics",
    "UnsubscribeBody",
    "Unsuppress",
    "UnsuppressAction",
    "V1CioRelationships",
    "V1CioRelationshipsAction",
    "V1CioRelationshipsRelationshipsItem",
    "V1CioRelationshipsRelationshipsItemRelationshipAttributes",
)
