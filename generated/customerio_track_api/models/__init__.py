"""Contains all the data models used in inputs/outputs (imported lazily, on first access)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .action_object_email_message import ActionObjectEmailMessage
    from .action_widget import ActionWidget
    from .action_widget_behaviour import ActionWidgetBehaviour
    from .action_widget_component import ActionWidgetComponent
    from .action_widget_type import ActionWidgetType
    from .activity_object import ActivityObject
    from .activity_object_attribute_change import ActivityObjectAttributeChange
    from .activity_object_delivery_type import ActivityObjectDeliveryType
    from .activity_object_message_delivery import ActivityObjectMessageDelivery
    from .activity_object_type import ActivityObjectType
    from .activity_types import ActivityTypes
    from .add_device import AddDevice
    from .add_device_action import AddDeviceAction
    from .add_device_body import AddDeviceBody
    from .add_device_device import AddDeviceDevice
    from .add_device_response_400 import AddDeviceResponse400
    from .add_device_response_400_meta import AddDeviceResponse400Meta
    from .add_to_segment_body import AddToSegmentBody
    from .add_to_segment_id_type import AddToSegmentIdType
    from .all_android_props import AllAndroidProps
    from .and_ import And
    from .and_2 import And2
    from .and_audience_filter import AndAudienceFilter
    from .and_audience_filter_and_item import AndAudienceFilterAndItem
    from .apns_with_sdk import ApnsWithSdk
    from .apns_with_sdk_cio import ApnsWithSdkCIO
    from .apns_with_sdk_cio_push import ApnsWithSdkCIOPush
    from .apns_without_sdk import ApnsWithoutSdk
    from .aps_basic_push import ApsBasicPush
    from .aps_basic_push_aps import ApsBasicPushAps
    from .aps_basic_push_aps_alert import ApsBasicPushApsAlert
    from .aps_basic_push_cio import ApsBasicPushCIO
    from .aps_basic_push_cio_push import ApsBasicPushCIOPush
    from .archived_message_object import ArchivedMessageObject
    from .archived_message_object_request_method import (
        ArchivedMessageObjectRequestMethod,
    )
    from .attachments import Attachments
    from .attribute import Attribute
    from .attribute_audience_filter import AttributeAudienceFilter
    from .attribute_audience_filter_operator import AttributeAudienceFilterOperator
    from .attribute_change_action import AttributeChangeAction
    from .audience import Audience
    from .batch_body import BatchBody
    from .batch_response_207 import BatchResponse207
    from .batch_response_207_errors_item import BatchResponse207ErrorsItem
    from .batch_response_400 import BatchResponse400
    from .batch_response_400_errors_item import BatchResponse400ErrorsItem
    from .block_widget import BlockWidget
    from .block_widget_components_item import BlockWidgetComponentsItem
    from .block_widget_type import BlockWidgetType
    from .broadcast_action_object_email_message import BroadcastActionObjectEmailMessage
    from .broadcast_object import BroadcastObject
    from .broadcast_object_actions_item import BroadcastObjectActionsItem
    from .broadcast_object_actions_item_type import BroadcastObjectActionsItemType
    from .broadcast_object_msg_template_ids_item import (
        BroadcastObjectMsgTemplateIdsItem,
    )
    from .broadcast_object_msg_template_ids_item_type import (
        BroadcastObjectMsgTemplateIdsItemType,
    )
    from .broadcast_object_state import BroadcastObjectState
    from .broadcast_object_type import BroadcastObjectType
    from .broadcast_trigger_object import BroadcastTriggerObject
    from .campaign_actions_item import CampaignActionsItem
    from .campaign_object_date import CampaignObjectDate
    from .campaign_object_date_actions_item import CampaignObjectDateActionsItem
    from .campaign_object_date_frequency import CampaignObjectDateFrequency
    from .campaign_object_date_state import CampaignObjectDateState
    from .campaign_object_date_type import CampaignObjectDateType
    from .campaign_object_event import CampaignObjectEvent
    from .campaign_object_event_actions_item import CampaignObjectEventActionsItem
    from .campaign_object_event_state import CampaignObjectEventState
    from .campaign_object_event_type import CampaignObjectEventType
    from .campaign_object_form import CampaignObjectForm
    from .campaign_object_form_actions_item import CampaignObjectFormActionsItem
    from .campaign_object_form_state import CampaignObjectFormState
    from .campaign_object_form_type import CampaignObjectFormType
    from .campaign_object_object import CampaignObjectObject
    from .campaign_object_object_actions_item import CampaignObjectObjectActionsItem
    from .campaign_object_object_audience import CampaignObjectObjectAudience
    from .campaign_object_object_audience_person_filters import (
        CampaignObjectObjectAudiencePersonFilters,
    )
    from .campaign_object_object_audience_relationship_filters import (
        CampaignObjectObjectAudienceRelationshipFilters,
    )
    from .campaign_object_object_object_attribute_triggers import (
        CampaignObjectObjectObjectAttributeTriggers,
    )
    from .campaign_object_object_state import CampaignObjectObjectState
    from .campaign_object_object_type import CampaignObjectObjectType
    from .campaign_object_relationship import CampaignObjectRelationship
    from .campaign_object_relationship_actions_item import (
        CampaignObjectRelationshipActionsItem,
    )
    from .campaign_object_relationship_audience import (
        CampaignObjectRelationshipAudience,
    )
    from .campaign_object_relationship_audience_person_filters import (
        CampaignObjectRelationshipAudiencePersonFilters,
    )
    from .campaign_object_relationship_audience_relationship_filters import (
        CampaignObjectRelationshipAudienceRelationshipFilters,
    )
    from .campaign_object_relationship_relationship_attribute_triggers import (
        CampaignObjectRelationshipRelationshipAttributeTriggers,
    )
    from .campaign_object_relationship_state import CampaignObjectRelationshipState
    from .campaign_object_relationship_type import CampaignObjectRelationshipType
    from .campaign_object_segment import CampaignObjectSegment
    from .campaign_object_segment_actions_item import CampaignObjectSegmentActionsItem
    from .campaign_object_segment_msg_templates_item import (
        CampaignObjectSegmentMsgTemplatesItem,
    )
    from .campaign_object_segment_msg_templates_item_type import (
        CampaignObjectSegmentMsgTemplatesItemType,
    )
    from .campaign_object_segment_state import CampaignObjectSegmentState
    from .campaign_object_segment_type import CampaignObjectSegmentType
    from .campaign_object_webhook import CampaignObjectWebhook
    from .campaign_object_webhook_actions_item import CampaignObjectWebhookActionsItem
    from .campaign_object_webhook_state import CampaignObjectWebhookState
    from .campaign_object_webhook_type import CampaignObjectWebhookType
    from .campaign_request_custom_recipients import CampaignRequestCustomRecipients
    from .campaign_request_data_file_url import CampaignRequestDataFileURL
    from .campaign_request_emails import CampaignRequestEmails
    from .campaign_request_i_ds import CampaignRequestIDs
    from .campaign_request_user_maps import CampaignRequestUserMaps
    from .campaign_request_user_maps_emails import CampaignRequestUserMapsEmails
    from .campaign_request_user_maps_emails_data import (
        CampaignRequestUserMapsEmailsData,
    )
    from .campaign_request_user_maps_ids import CampaignRequestUserMapsIds
    from .campaign_request_user_maps_ids_data import CampaignRequestUserMapsIdsData
    from .cio_id_2 import CioId2
    from .cio_id_3 import CioId3
    from .cio_id_4 import CioId4
    from .cio_id_5 import CioId5
    from .cio_object_id import CIOObjectID
    from .cio_subscription_preferences import CioSubscriptionPreferences
    from .cio_subscription_preferences_topics import CioSubscriptionPreferencesTopics
    from .collection_response import CollectionResponse
    from .common_trigger_props import CommonTriggerProps
    from .common_trigger_props_data import CommonTriggerPropsData
    from .complex_alert import ComplexAlert
    from .conditional_widget import ConditionalWidget
    from .conditional_widget_false import ConditionalWidgetFalse
    from .conditional_widget_true import ConditionalWidgetTrue
    from .conditional_widget_type import ConditionalWidgetType
    from .content_object import ContentObject
    from .content_object_preprocessor import ContentObjectPreprocessor
    from .content_object_type import ContentObjectType
    from .critical_alert import CriticalAlert
    from .custom_android_props import CustomAndroidProps
    from .customer_attributes_object import CustomerAttributesObject
    from .customer_attributes_object_customer import CustomerAttributesObjectCustomer
    from .customer_attributes_object_customer_attributes import (
        CustomerAttributesObjectCustomerAttributes,
    )
    from .customer_attributes_object_customer_timestamps import (
        CustomerAttributesObjectCustomerTimestamps,
    )
    from .customer_events import CustomerEvents
    from .customer_identifiers import CustomerIdentifiers
    from .data_object_only import DataObjectOnly
    from .data_object_only_android import DataObjectOnlyAndroid
    from .data_object_only_data import DataObjectOnlyData
    from .data_to_process import DataToProcess
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
    from .device_object_cdp import DeviceObjectCdp
    from .device_object_cdp_common import DeviceObjectCdpCommon
    from .device_object_cdp_common_attributes import DeviceObjectCdpCommonAttributes
    from .device_object_cdp_common_attributes_last_status import (
        DeviceObjectCdpCommonAttributesLastStatus,
    )
    from .device_object_cdp_common_attributes_push_enabled import (
        DeviceObjectCdpCommonAttributesPushEnabled,
    )
    from .device_object_cdp_common_platform import DeviceObjectCdpCommonPlatform
    from .device_object_common import DeviceObjectCommon
    from .device_object_common_attributes import DeviceObjectCommonAttributes
    from .device_object_common_attributes_last_status import (
        DeviceObjectCommonAttributesLastStatus,
    )
    from .device_object_common_attributes_push_enabled import (
        DeviceObjectCommonAttributesPushEnabled,
    )
    from .device_object_common_platform import DeviceObjectCommonPlatform
    from .email import Email
    from .email_2 import Email2
    from .email_3 import Email3
    from .email_4 import Email4
    from .email_action_object import EmailActionObject
    from .email_action_object_preprocessor import EmailActionObjectPreprocessor
    from .email_action_object_sending_state import EmailActionObjectSendingState
    from .email_action_object_type import EmailActionObjectType
    from .email_events import EmailEvents
    from .entity_response_400 import EntityResponse400
    from .entity_response_400_errors_item import EntityResponse400ErrorsItem
    from .errors_item import ErrorsItem
    from .esp_suppression import EspSuppression
    from .esp_suppression_category import EspSuppressionCategory
    from .esp_suppression_suppressions_item import EspSuppressionSuppressionsItem
    from .export_object import ExportObject
    from .export_object_status import ExportObjectStatus
    from .export_object_type import ExportObjectType
    from .export_shared_props import ExportSharedProps
    from .export_shared_props_metric import ExportSharedPropsMetric
    from .export_type import ExportType
    from .fcm_android_custom_integration import FcmAndroidCustomIntegration
    from .fcm_android_sdk_integration import FcmAndroidSDKIntegration
    from .fcm_android_with_sdk import FcmAndroidWithSdk
    from .fcm_android_without_sdk import FcmAndroidWithoutSdk
    from .fcm_android_without_sdk_message import FcmAndroidWithoutSdkMessage
    from .fcm_android_without_sdk_message_android import (
        FcmAndroidWithoutSdkMessageAndroid,
    )
    from .fcm_android_without_sdk_message_data import FcmAndroidWithoutSdkMessageData
    from .fcm_android_without_sdk_message_notification import (
        FcmAndroidWithoutSdkMessageNotification,
    )
    from .fcm_basic_push import FcmBasicPush
    from .fcm_basic_push_message import FcmBasicPushMessage
    from .fcm_basic_push_message_data import FcmBasicPushMessageData
    from .fcm_basic_push_message_notification import FcmBasicPushMessageNotification
    from .fcm_ios_with_sdk import FcmIosWithSdk
    from .fcm_ios_with_sdk_message import FcmIosWithSdkMessage
    from .fcm_ios_with_sdk_message_apns import FcmIosWithSdkMessageApns
    from .fcm_ios_with_sdk_message_apns_headers import FcmIosWithSdkMessageApnsHeaders
    from .fcm_ios_with_sdk_message_apns_payload import FcmIosWithSdkMessageApnsPayload
    from .fcm_ios_with_sdk_message_apns_payload_cio import (
        FcmIosWithSdkMessageApnsPayloadCIO,
    )
    from .fcm_ios_with_sdk_message_apns_payload_cio_push import (
        FcmIosWithSdkMessageApnsPayloadCIOPush,
    )
    from .fcm_ios_without_sdk import FcmIosWithoutSdk
    from .fcm_ios_without_sdk_message import FcmIosWithoutSdkMessage
    from .fcm_ios_without_sdk_message_apns import FcmIosWithoutSdkMessageApns
    from .fcm_ios_without_sdk_message_apns_headers import (
        FcmIosWithoutSdkMessageApnsHeaders,
    )
    from .fixed_grid_widget import FixedGridWidget
    from .fixed_grid_widget_components_item import FixedGridWidgetComponentsItem
    from .fixed_grid_widget_type import FixedGridWidgetType
    from .fixed_horizontal_list_widget import FixedHorizontalListWidget
    from .fixed_horizontal_list_widget_components_item import (
        FixedHorizontalListWidgetComponentsItem,
    )
    from .fixed_horizontal_list_widget_cross_axis_alignment import (
        FixedHorizontalListWidgetCrossAxisAlignment,
    )
    from .fixed_horizontal_list_widget_main_axis_alignment import (
        FixedHorizontalListWidgetMainAxisAlignment,
    )
    from .fixed_horizontal_list_widget_type import FixedHorizontalListWidgetType
    from .fixed_horizontal_scroll_widget import FixedHorizontalScrollWidget
    from .fixed_horizontal_scroll_widget_components_item import (
        FixedHorizontalScrollWidgetComponentsItem,
    )
    from .fixed_horizontal_scroll_widget_type import FixedHorizontalScrollWidgetType
    from .fixed_list_widget import FixedListWidget
    from .fixed_list_widget_components_item import FixedListWidgetComponentsItem
    from .fixed_list_widget_cross_axis_alignment import (
        FixedListWidgetCrossAxisAlignment,
    )
    from .fixed_list_widget_main_axis_alignment import FixedListWidgetMainAxisAlignment
    from .fixed_list_widget_type import FixedListWidgetType
    from .get_content_object import GetContentObject
    from .get_region_response_200 import GetRegionResponse200
    from .get_region_response_200_region import GetRegionResponse200Region
    from .get_region_response_200_url import GetRegionResponse200Url
    from .get_transactional_action_object import GetTransactionalActionObject
    from .icon_widget import IconWidget
    from .icon_widget_type import IconWidgetType
    from .id import Id
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
    from .image_widget import ImageWidget
    from .image_widget_fit import ImageWidgetFit
    from .image_widget_type import ImageWidgetType
    from .import_identifier import ImportIdentifier
    from .import_object import ImportObject
    from .import_object_data_to_process import ImportObjectDataToProcess
    from .import_object_identifier import ImportObjectIdentifier
    from .import_object_people_to_process import ImportObjectPeopleToProcess
    from .import_object_state import ImportObjectState
    from .import_object_type import ImportObjectType
    from .import_request_event import ImportRequestEvent
    from .import_request_event_data_to_process import ImportRequestEventDataToProcess
    from .import_request_event_identifier import ImportRequestEventIdentifier
    from .import_request_event_type import ImportRequestEventType
    from .import_request_object import ImportRequestObject
    from .import_request_object_data_to_process import ImportRequestObjectDataToProcess
    from .import_request_object_type import ImportRequestObjectType
    from .import_request_people import ImportRequestPeople
    from .import_request_people_data_to_process import ImportRequestPeopleDataToProcess
    from .import_request_people_identifier import ImportRequestPeopleIdentifier
    from .import_request_people_type import ImportRequestPeopleType
    from .import_request_relationship import ImportRequestRelationship
    from .import_request_relationship_data_to_process import (
        ImportRequestRelationshipDataToProcess,
    )
    from .import_request_relationship_identifier import (
        ImportRequestRelationshipIdentifier,
    )
    from .import_request_relationship_type import ImportRequestRelationshipType
    from .import_state import ImportState
    from .import_type import ImportType
    from .in_app_message_action_event import InAppMessageActionEvent
    from .in_app_message_action_event_detail import InAppMessageActionEventDetail
    from .in_app_message_action_event_type import InAppMessageActionEventType
    from .in_app_message_dismissed_event import InAppMessageDismissedEvent
    from .in_app_message_dismissed_event_type import InAppMessageDismissedEventType
    from .in_app_message_error_event import InAppMessageErrorEvent
    from .in_app_message_error_event_type import InAppMessageErrorEventType
    from .in_app_message_event_detail import InAppMessageEventDetail
    from .in_app_message_opened_event import InAppMessageOpenedEvent
    from .in_app_message_opened_event_type import InAppMessageOpenedEventType
    from .ios_shared_options import IosSharedOptions
    from .ios_shared_options_interruption_level import IosSharedOptionsInterruptionLevel
    from .link_metrics import LinkMetrics
    from .link_metrics_link import LinkMetricsLink
    from .link_metrics_metric import LinkMetricsMetric
    from .link_metrics_metric_series import LinkMetricsMetricSeries
    from .merge_body import MergeBody
    from .merge_response_400 import MergeResponse400
    from .merge_response_400_meta import MergeResponse400Meta
    from .message_metrics import MessageMetrics
    from .message_object import MessageObject
    from .message_object_type import MessageObjectType
    from .message_total_metrics import MessageTotalMetrics
    from .message_type import MessageType
    from .metric import Metric
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
    from .msg_template_ids_item import MsgTemplateIdsItem
    from .msg_template_ids_item_type import MsgTemplateIdsItemType
    from .newsletter_object import NewsletterObject
    from .newsletter_object_type import NewsletterObjectType
    from .notification_and_data_object import NotificationAndDataObject
    from .notification_and_data_object_android import NotificationAndDataObjectAndroid
    from .notification_and_data_object_data import NotificationAndDataObjectData
    from .notification_and_data_object_notification import (
        NotificationAndDataObjectNotification,
    )
    from .object_add_relationships import ObjectAddRelationships
    from .object_add_relationships_action import ObjectAddRelationshipsAction
    from .object_add_relationships_cio_relationships_item import (
        ObjectAddRelationshipsCioRelationshipsItem,
    )
    from .object_add_relationships_cio_relationships_item_relationship_attributes import (
        ObjectAddRelationshipsCioRelationshipsItemRelationshipAttributes,
    )
    from .object_attribute import ObjectAttribute
    from .object_attribute_operator import ObjectAttributeOperator
    from .object_attributes import ObjectAttributes
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
    from .object_filter_and import ObjectFilterAnd
    from .object_filter_and_and_item import ObjectFilterAndAndItem
    from .object_filter_not import ObjectFilterNot
    from .object_filter_not_not import ObjectFilterNotNot
    from .object_filter_object_attribute import ObjectFilterObjectAttribute
    from .object_filter_or import ObjectFilterOr
    from .object_filter_or_or_item import ObjectFilterOrOrItem
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
    from .object_relationships_item import ObjectRelationshipsItem
    from .object_relationships_item_relationship_attributes import (
        ObjectRelationshipsItemRelationshipAttributes,
    )
    from .or_ import Or
    from .or_2 import Or2
    from .or_audience_filter import OrAudienceFilter
    from .or_audience_filter_or_item import OrAudienceFilterOrItem
    from .page_view import PageView
    from .page_view_2 import PageView2
    from .page_view_2_data import PageView2Data
    from .page_view_2_type import PageView2Type
    from .page_view_data import PageViewData
    from .page_view_type import PageViewType
    from .people_filter import PeopleFilter
    from .period_message_metrics import PeriodMessageMetrics
    from .period_message_metrics_deprecated import PeriodMessageMetricsDeprecated
    from .period_webhook_metrics import PeriodWebhookMetrics
    from .period_webhook_metrics_deprecated import PeriodWebhookMetricsDeprecated
    from .person_add_relationships import PersonAddRelationships
    from .person_add_relationships_action import PersonAddRelationshipsAction
    from .person_add_relationships_cio_relationships_item import (
        PersonAddRelationshipsCioRelationshipsItem,
    )
    from .person_add_relationships_cio_relationships_item_relationship_attributes import (
        PersonAddRelationshipsCioRelationshipsItemRelationshipAttributes,
    )
    from .person_attributes import PersonAttributes
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
    from .preprocessor import Preprocessor
    from .push_events import PushEvents
    from .push_metrics_body import PushMetricsBody
    from .push_metrics_body_event import PushMetricsBodyEvent
    from .relationship_attributes import RelationshipAttributes
    from .remove_from_segment_body import RemoveFromSegmentBody
    from .remove_from_segment_id_type import RemoveFromSegmentIdType
    from .reporting_webhook import ReportingWebhook
    from .reporting_webhook_events_item import ReportingWebhookEventsItem
    from .request_method import RequestMethod
    from .segment import Segment
    from .segment_2 import Segment2
    from .segment_audience_filter import SegmentAudienceFilter
    from .segment_response_object import SegmentResponseObject
    from .segment_response_object_state import SegmentResponseObjectState
    from .segment_response_object_type import SegmentResponseObjectType
    from .sendemail_with_template import SendemailWithTemplate
    from .sendemail_without_template import SendemailWithoutTemplate
    from .sender_identity_object import SenderIdentityObject
    from .sender_identity_object_template_type import SenderIdentityObjectTemplateType
    from .sending_state import SendingState
    from .sendpush import Sendpush
    from .sendsms import Sendsms
    from .slack_events import SlackEvents
    from .sms_action_object import SmsActionObject
    from .sms_action_object_sending_state import SmsActionObjectSendingState
    from .sms_action_object_type import SmsActionObjectType
    from .sms_events import SmsEvents
    from .sms_mms import SmsMms
    from .sms_mms_2 import SmsMms2
    from .snippet import Snippet
    from .standard_anonymous_event import StandardAnonymousEvent
    from .standard_anonymous_event_data import StandardAnonymousEventData
    from .standard_anonymous_event_type import StandardAnonymousEventType
    from .standard_event import StandardEvent
    from .standard_event_data import StandardEventData
    from .standard_event_type import StandardEventType
    from .state import State
    from .submit_form_body import SubmitFormBody
    from .submit_form_body_identify_by_email import SubmitFormBodyIdentifyByEmail
    from .submit_form_body_identify_by_id import SubmitFormBodyIdentifyById
    from .submit_form_response_400 import SubmitFormResponse400
    from .submit_form_response_400_meta import SubmitFormResponse400Meta
    from .suppress import Suppress
    from .suppress_action import SuppressAction
    from .text_widget import TextWidget
    from .text_widget_overflow import TextWidgetOverflow
    from .text_widget_text_align import TextWidgetTextAlign
    from .text_widget_type import TextWidgetType
    from .track_metrics import TrackMetrics
    from .transactional_action_object import TransactionalActionObject
    from .transactional_action_object_preprocessor import (
        TransactionalActionObjectPreprocessor,
    )
    from .transactional_action_object_type import TransactionalActionObjectType
    from .transactional_object import TransactionalObject
    from .transactional_shared_email_object import TransactionalSharedEmailObject
    from .transactional_shared_object import TransactionalSharedObject
    from .transactional_shared_object_message_data import (
        TransactionalSharedObjectMessageData,
    )
    from .transactional_shared_push_object import TransactionalSharedPushObject
    from .transactional_shared_push_object_custom_data import (
        TransactionalSharedPushObjectCustomData,
    )
    from .transactional_shared_push_object_custom_device import (
        TransactionalSharedPushObjectCustomDevice,
    )
    from .transactional_shared_push_object_custom_payload import (
        TransactionalSharedPushObjectCustomPayload,
    )
    from .transactional_shared_push_object_sound import (
        TransactionalSharedPushObjectSound,
    )
    from .transactional_shared_push_object_to import TransactionalSharedPushObjectTo
    from .unsubscribe_body import UnsubscribeBody
    from .unsuppress import Unsuppress
    from .unsuppress_action import UnsuppressAction
    from .update_action_object_email_message import UpdateActionObjectEmailMessage
    from .update_action_object_email_message_headers_item import (
        UpdateActionObjectEmailMessageHeadersItem,
    )
    from .update_broadcast_action_object_email_message import (
        UpdateBroadcastActionObjectEmailMessage,
    )
    from .update_broadcast_action_object_email_message_headers_item import (
        UpdateBroadcastActionObjectEmailMessageHeadersItem,
    )
    from .update_content_object import UpdateContentObject
    from .update_content_object_headers_item import UpdateContentObjectHeadersItem
    from .update_headers_item import UpdateHeadersItem
    from .update_transactional_action_object import UpdateTransactionalActionObject
    from .update_transactional_action_object_headers_item import (
        UpdateTransactionalActionObjectHeadersItem,
    )
    from .v1_cio_relationships import V1CioRelationships
    from .v1_cio_relationships_action import V1CioRelationshipsAction
    from .v1_cio_relationships_relationships_item import (
        V1CioRelationshipsRelationshipsItem,
    )
    from .v1_cio_relationships_relationships_item_relationship_attributes import (
        V1CioRelationshipsRelationshipsItemRelationshipAttributes,
    )
    from .v2_cio_relationships_item import V2CioRelationshipsItem
    from .v2_cio_relationships_item_relationship_attributes import (
        V2CioRelationshipsItemRelationshipAttributes,
    )
    from .webhook import Webhook
    from .webhook_2 import Webhook2
    from .webhook_action_object import WebhookActionObject
    from .webhook_action_object_method import WebhookActionObjectMethod
    from .webhook_action_object_sending_state import WebhookActionObjectSendingState
    from .webhook_action_object_type import WebhookActionObjectType
    from .webhook_events import WebhookEvents
    from .webhook_metrics import WebhookMetrics
    from .widget_components_item import WidgetComponentsItem
    from .widget_cross_axis_alignment import WidgetCrossAxisAlignment
    from .widget_main_axis_alignment import WidgetMainAxisAlignment
    from .workspace import Workspace

_MODULE_OF: dict[str, str] = {
    "ActionObjectEmailMessage": ".action_object_email_message",
    "ActionWidget": ".action_widget",
    "ActionWidgetBehaviour": ".action_widget_behaviour",
    "ActionWidgetComponent": ".action_widget_component",
    "ActionWidgetType": ".action_widget_type",
    "ActivityObject": ".activity_object",
    "ActivityObjectAttributeChange": ".activity_object_attribute_change",
    "ActivityObjectDeliveryType": ".activity_object_delivery_type",
    "ActivityObjectMessageDelivery": ".activity_object_message_delivery",
    "ActivityObjectType": ".activity_object_type",
    "ActivityTypes": ".activity_types",
    "AddDevice": ".add_device",
    "AddDeviceAction": ".add_device_action",
    "AddDeviceBody": ".add_device_body",
    "AddDeviceDevice": ".add_device_device",
    "AddDeviceResponse400": ".add_device_response_400",
    "AddDeviceResponse400Meta": ".add_device_response_400_meta",
    "AddToSegmentBody": ".add_to_segment_body",
    "AddToSegmentIdType": ".add_to_segment_id_type",
    "AllAndroidProps": ".all_android_props",
    "And": ".and_",
    "And2": ".and_2",
    "AndAudienceFilter": ".and_audience_filter",
    "AndAudienceFilterAndItem": ".and_audience_filter_and_item",
    "ApnsWithSdk": ".apns_with_sdk",
    "ApnsWithSdkCIO": ".apns_with_sdk_cio",
    "ApnsWithSdkCIOPush": ".apns_with_sdk_cio_push",
    "ApnsWithoutSdk": ".apns_without_sdk",
    "ApsBasicPush": ".aps_basic_push",
    "ApsBasicPushAps": ".aps_basic_push_aps",
    "ApsBasicPushApsAlert": ".aps_basic_push_aps_alert",
    "ApsBasicPushCIO": ".aps_basic_push_cio",
    "ApsBasicPushCIOPush": ".aps_basic_push_cio_push",
    "ArchivedMessageObject": ".archived_message_object",
    "ArchivedMessageObjectRequestMethod": ".archived_message_object_request_method",
    "Attachments": ".attachments",
    "Attribute": ".attribute",
    "AttributeAudienceFilter": ".attribute_audience_filter",
    "AttributeAudienceFilterOperator": ".attribute_audience_filter_operator",
    "AttributeChangeAction": ".attribute_change_action",
    "Audience": ".audience",
    "BatchBody": ".batch_body",
    "BatchResponse207": ".batch_response_207",
    "BatchResponse207ErrorsItem": ".batch_response_207_errors_item",
    "BatchResponse400": ".batch_response_400",
    "BatchResponse400ErrorsItem": ".batch_response_400_errors_item",
    "BlockWidget": ".block_widget",
    "BlockWidgetComponentsItem": ".block_widget_components_item",
    "BlockWidgetType": ".block_widget_type",
    "BroadcastActionObjectEmailMessage": ".broadcast_action_object_email_message",
    "BroadcastObject": ".broadcast_object",
    "BroadcastObjectActionsItem": ".broadcast_object_actions_item",
    "BroadcastObjectActionsItemType": ".broadcast_object_actions_item_type",
    "BroadcastObjectMsgTemplateIdsItem": ".broadcast_object_msg_template_ids_item",
    "BroadcastObjectMsgTemplateIdsItemType": ".broadcast_object_msg_template_ids_item_type",
    "BroadcastObjectState": ".broadcast_object_state",
    "BroadcastObjectType": ".broadcast_object_type",
    "BroadcastTriggerObject": ".broadcast_trigger_object",
    "CampaignActionsItem": ".campaign_actions_item",
    "CampaignObjectDate": ".campaign_object_date",
    "CampaignObjectDateActionsItem": ".campaign_object_date_actions_item",
    "CampaignObjectDateFrequency": ".campaign_object_date_frequency",
    "CampaignObjectDateState": ".campaign_object_date_state",
    "CampaignObjectDateType": ".campaign_object_date_type",
    "CampaignObjectEvent": ".campaign_object_event",
    "CampaignObjectEventActionsItem": ".campaign_object_event_actions_item",
    "CampaignObjectEventState": ".campaign_object_event_state",
    "CampaignObjectEventType": ".campaign_object_event_type",
    "CampaignObjectForm": ".campaign_object_form",
    "CampaignObjectFormActionsItem": ".campaign_object_form_actions_item",
    "CampaignObjectFormState": ".campaign_object_form_state",
    "CampaignObjectFormType": ".campaign_object_form_type",
    "CampaignObjectObject": ".campaign_object_object",
    "CampaignObjectObjectActionsItem": ".campaign_object_object_actions_item",
    "CampaignObjectObjectAudience": ".campaign_object_object_audience",
    "CampaignObjectObjectAudiencePersonFilters": ".campaign_object_object_audience_person_filters",
    "CampaignObjectObjectAudienceRelationshipFilters": ".campaign_object_object_audience_relationship_filters",
    "CampaignObjectObjectObjectAttributeTriggers": ".campaign_object_object_object_attribute_triggers",
    "CampaignObjectObjectState": ".campaign_object_object_state",
    "CampaignObjectObjectType": ".campaign_object_object_type",
    "CampaignObjectRelationship": ".campaign_object_relationship",
    "CampaignObjectRelationshipActionsItem": ".campaign_object_relationship_actions_item",
    "CampaignObjectRelationshipAudience": ".campaign_object_relationship_audience",
    "CampaignObjectRelationshipAudiencePersonFilters": ".campaign_object_relationship_audience_person_filters",
    "CampaignObjectRelationshipAudienceRelationshipFilters": ".campaign_object_relationship_audience_relationship_filters",
    "CampaignObjectRelationshipRelationshipAttributeTriggers": ".campaign_object_relationship_relationship_attribute_triggers",
    "CampaignObjectRelationshipState": ".campaign_object_relationship_state",
    "CampaignObjectRelationshipType": ".campaign_object_relationship_type",
    "CampaignObjectSegment": ".campaign_object_segment",
    "CampaignObjectSegmentActionsItem": ".campaign_object_segment_actions_item",
    "CampaignObjectSegmentMsgTemplatesItem": ".campaign_object_segment_msg_templates_item",
    "CampaignObjectSegmentMsgTemplatesItemType": ".campaign_object_segment_msg_templates_item_type",
    "CampaignObjectSegmentState": ".campaign_object_segment_state",
    "CampaignObjectSegmentType": ".campaign_object_segment_type",
    "CampaignObjectWebhook": ".campaign_object_webhook",
    "CampaignObjectWebhookActionsItem": ".campaign_object_webhook_actions_item",
    "CampaignObjectWebhookState": ".campaign_object_webhook_state",
    "CampaignObjectWebhookType": ".campaign_object_webhook_type",
    "CampaignRequestCustomRecipients": ".campaign_request_custom_recipients",
    "CampaignRequestDataFileURL": ".campaign_request_data_file_url",
    "CampaignRequestEmails": ".campaign_request_emails",
    "CampaignRequestIDs": ".campaign_request_i_ds",
    "CampaignRequestUserMaps": ".campaign_request_user_maps",
    "CampaignRequestUserMapsEmails": ".campaign_request_user_maps_emails",
    "CampaignRequestUserMapsEmailsData": ".campaign_request_user_maps_emails_data",
    "CampaignRequestUserMapsIds": ".campaign_request_user_maps_ids",
    "CampaignRequestUserMapsIdsData": ".campaign_request_user_maps_ids_data",
    "CioId2": ".cio_id_2",
    "CioId3": ".cio_id_3",
    "CioId4": ".cio_id_4",
    "CioId5": ".cio_id_5",
    "CIOObjectID": ".cio_object_id",
    "CioSubscriptionPreferences": ".cio_subscription_preferences",
    "CioSubscriptionPreferencesTopics": ".cio_subscription_preferences_topics",
    "CollectionResponse": ".collection_response",
    "CommonTriggerProps": ".common_trigger_props",
    "CommonTriggerPropsData": ".common_trigger_props_data",
    "ComplexAlert": ".complex_alert",
    "ConditionalWidget": ".conditional_widget",
    "ConditionalWidgetFalse": ".conditional_widget_false",
    "ConditionalWidgetTrue": ".conditional_widget_true",
    "ConditionalWidgetType": ".conditional_widget_type",
    "ContentObject": ".content_object",
    "ContentObjectPreprocessor": ".content_object_preprocessor",
    "ContentObjectType": ".content_object_type",
    "CriticalAlert": ".critical_alert",
    "CustomAndroidProps": ".custom_android_props",
    "CustomerAttributesObject": ".customer_attributes_object",
    "CustomerAttributesObjectCustomer": ".customer_attributes_object_customer",
    "CustomerAttributesObjectCustomerAttributes": ".customer_attributes_object_customer_attributes",
    "CustomerAttributesObjectCustomerTimestamps": ".customer_attributes_object_customer_timestamps",
    "CustomerEvents": ".customer_events",
    "CustomerIdentifiers": ".customer_identifiers",
    "DataObjectOnly": ".data_object_only",
    "DataObjectOnlyAndroid": ".data_object_only_android",
    "DataObjectOnlyData": ".data_object_only_data",
    "DataToProcess": ".data_to_process",
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
    "DeviceObjectCdp": ".device_object_cdp",
    "DeviceObjectCdpCommon": ".device_object_cdp_common",
    "DeviceObjectCdpCommonAttributes": ".device_object_cdp_common_attributes",
    "DeviceObjectCdpCommonAttributesLastStatus": ".device_object_cdp_common_attributes_last_status",
    "DeviceObjectCdpCommonAttributesPushEnabled": ".device_object_cdp_common_attributes_push_enabled",
    "DeviceObjectCdpCommonPlatform": ".device_object_cdp_common_platform",
    "DeviceObjectCommon": ".device_object_common",
    "DeviceObjectCommonAttributes": ".device_object_common_attributes",
    "DeviceObjectCommonAttributesLastStatus": ".device_object_common_attributes_last_status",
    "DeviceObjectCommonAttributesPushEnabled": ".device_object_common_attributes_push_enabled",
    "DeviceObjectCommonPlatform": ".device_object_common_platform",
    "Email": ".email",
    "Email2": ".email_2",
    "Email3": ".email_3",
    "Email4": ".email_4",
    "EmailActionObject": ".email_action_object",
    "EmailActionObjectPreprocessor": ".email_action_object_preprocessor",
    "EmailActionObjectSendingState": ".email_action_object_sending_state",
    "EmailActionObjectType": ".email_action_object_type",
    "EmailEvents": ".email_events",
    "EntityResponse400": ".entity_response_400",
    "EntityResponse400ErrorsItem": ".entity_response_400_errors_item",
    "ErrorsItem": ".errors_item",
    "EspSuppression": ".esp_suppression",
    "EspSuppressionCategory": ".esp_suppression_category",
    "EspSuppressionSuppressionsItem": ".esp_suppression_suppressions_item",
    "ExportObject": ".export_object",
    "ExportObjectStatus": ".export_object_status",
    "ExportObjectType": ".export_object_type",
    "ExportSharedProps": ".export_shared_props",
    "ExportSharedPropsMetric": ".export_shared_props_metric",
    "ExportType": ".export_type",
    "FcmAndroidCustomIntegration": ".fcm_android_custom_integration",
    "FcmAndroidSDKIntegration": ".fcm_android_sdk_integration",
    "FcmAndroidWithSdk": ".fcm_android_with_sdk",
    "FcmAndroidWithoutSdk": ".fcm_android_without_sdk",
    "FcmAndroidWithoutSdkMessage": ".fcm_android_without_sdk_message",
    "FcmAndroidWithoutSdkMessageAndroid": ".fcm_android_without_sdk_message_android",
    "FcmAndroidWithoutSdkMessageData": ".fcm_android_without_sdk_message_data",
    "FcmAndroidWithoutSdkMessageNotification": ".fcm_android_without_sdk_message_notification",
    "FcmBasicPush": ".fcm_basic_push",
    "FcmBasicPushMessage": ".fcm_basic_push_message",
    "FcmBasicPushMessageData": ".fcm_basic_push_message_data",
    "FcmBasicPushMessageNotification": ".fcm_basic_push_message_notification",
    "FcmIosWithSdk": ".fcm_ios_with_sdk",
    "FcmIosWithSdkMessage": ".fcm_ios_with_sdk_message",
    "FcmIosWithSdkMessageApns": ".fcm_ios_with_sdk_message_apns",
    "FcmIosWithSdkMessageApnsHeaders": ".fcm_ios_with_sdk_message_apns_headers",
    "FcmIosWithSdkMessageApnsPayload": ".fcm_ios_with_sdk_message_apns_payload",
    "FcmIosWithSdkMessageApnsPayloadCIO": ".fcm_ios_with_sdk_message_apns_payload_cio",
    "FcmIosWithSdkMessageApnsPayloadCIOPush": ".fcm_ios_with_sdk_message_apns_payload_cio_push",
    "FcmIosWithoutSdk": ".fcm_ios_without_sdk",
    "FcmIosWithoutSdkMessage": ".fcm_ios_without_sdk_message",
    "FcmIosWithoutSdkMessageApns": ".fcm_ios_without_sdk_message_apns",
    "FcmIosWithoutSdkMessageApnsHeaders": ".fcm_ios_without_sdk_message_apns_headers",
    "FixedGridWidget": ".fixed_grid_widget",
    "FixedGridWidgetComponentsItem": ".fixed_grid_widget_components_item",
    "FixedGridWidgetType": ".fixed_grid_widget_type",
    "FixedHorizontalListWidget": ".fixed_horizontal_list_widget",
    "FixedHorizontalListWidgetComponentsItem": ".fixed_horizontal_list_widget_components_item",
    "FixedHorizontalListWidgetCrossAxisAlignment": ".fixed_horizontal_list_widget_cross_axis_alignment",
    "FixedHorizontalListWidgetMainAxisAlignment": ".fixed_horizontal_list_widget_main_axis_alignment",
    "FixedHorizontalListWidgetType": ".fixed_horizontal_list_widget_type",
    "FixedHorizontalScrollWidget": ".fixed_horizontal_scroll_widget",
    "FixedHorizontalScrollWidgetComponentsItem": ".fixed_horizontal_scroll_widget_components_item",
    "FixedHorizontalScrollWidgetType": ".fixed_horizontal_scroll_widget_type",
    "FixedListWidget": ".fixed_list_widget",
    "FixedListWidgetComponentsItem": ".fixed_list_widget_components_item",
    "FixedListWidgetCrossAxisAlignment": ".fixed_list_widget_cross_axis_alignment",
    "FixedListWidgetMainAxisAlignment": ".fixed_list_widget_main_axis_alignment",
    "FixedListWidgetType": ".fixed_list_widget_type",
    "GetContentObject": ".get_content_object",
    "GetRegionResponse200": ".get_region_response_200",
    "GetRegionResponse200Region": ".get_region_response_200_region",
    "GetRegionResponse200Url": ".get_region_response_200_url",
    "GetTransactionalActionObject": ".get_transactional_action_object",
    "IconWidget": ".icon_widget",
    "IconWidgetType": ".icon_widget_type",
    "Id": ".id",
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
    "ImageWidget": ".image_widget",
    "ImageWidgetFit": ".image_widget_fit",
    "ImageWidgetType": ".image_widget_type",
    "ImportIdentifier": ".import_identifier",
    "ImportObject": ".import_object",
    "ImportObjectDataToProcess": ".import_object_data_to_process",
    "ImportObjectIdentifier": ".import_object_identifier",
    "ImportObjectPeopleToProcess": ".import_object_people_to_process",
    "ImportObjectState": ".import_object_state",
    "ImportObjectType": ".import_object_type",
    "ImportRequestEvent": ".import_request_event",
    "ImportRequestEventDataToProcess": ".import_request_event_data_to_process",
    "ImportRequestEventIdentifier": ".import_request_event_identifier",
    "ImportRequestEventType": ".import_request_event_type",
    "ImportRequestObject": ".import_request_object",
    "ImportRequestObjectDataToProcess": ".import_request_object_data_to_process",
    "ImportRequestObjectType": ".import_request_object_type",
    "ImportRequestPeople": ".import_request_people",
    "ImportRequestPeopleDataToProcess": ".import_request_people_data_to_process",
    "ImportRequestPeopleIdentifier": ".import_request_people_identifier",
    "ImportRequestPeopleType": ".import_request_people_type",
    "ImportRequestRelationship": ".import_request_relationship",
    "ImportRequestRelationshipDataToProcess": ".import_request_relationship_data_to_process",
    "ImportRequestRelationshipIdentifier": ".import_request_relationship_identifier",
    "ImportRequestRelationshipType": ".import_request_relationship_type",
    "ImportState": ".import_state",
    "ImportType": ".import_type",
    "InAppMessageActionEvent": ".in_app_message_action_event",
    "InAppMessageActionEventDetail": ".in_app_message_action_event_detail",
    "InAppMessageActionEventType": ".in_app_message_action_event_type",
    "InAppMessageDismissedEvent": ".in_app_message_dismissed_event",
    "InAppMessageDismissedEventType": ".in_app_message_dismissed_event_type",
    "InAppMessageErrorEvent": ".in_app_message_error_event",
    "InAppMessageErrorEventType": ".in_app_message_error_event_type",
    "InAppMessageEventDetail": ".in_app_message_event_detail",
    "InAppMessageOpenedEvent": ".in_app_message_opened_event",
    "InAppMessageOpenedEventType": ".in_app_message_opened_event_type",
    "IosSharedOptions": ".ios_shared_options",
    "IosSharedOptionsInterruptionLevel": ".ios_shared_options_interruption_level",
    "LinkMetrics": ".link_metrics",
    "LinkMetricsLink": ".link_metrics_link",
    "LinkMetricsMetric": ".link_metrics_metric",
    "LinkMetricsMetricSeries": ".link_metrics_metric_series",
    "MergeBody": ".merge_body",
    "MergeResponse400": ".merge_response_400",
    "MergeResponse400Meta": ".merge_response_400_meta",
    "MessageMetrics": ".message_metrics",
    "MessageObject": ".message_object",
    "MessageObjectType": ".message_object_type",
    "MessageTotalMetrics": ".message_total_metrics",
    "MessageType": ".message_type",
    "Metric": ".metric",
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
    "MsgTemplateIdsItem": ".msg_template_ids_item",
    "MsgTemplateIdsItemType": ".msg_template_ids_item_type",
    "NewsletterObject": ".newsletter_object",
    "NewsletterObjectType": ".newsletter_object_type",
    "NotificationAndDataObject": ".notification_and_data_object",
    "NotificationAndDataObjectAndroid": ".notification_and_data_object_android",
    "NotificationAndDataObjectData": ".notification_and_data_object_data",
    "NotificationAndDataObjectNotification": ".notification_and_data_object_notification",
    "ObjectAddRelationships": ".object_add_relationships",
    "ObjectAddRelationshipsAction": ".object_add_relationships_action",
    "ObjectAddRelationshipsCioRelationshipsItem": ".object_add_relationships_cio_relationships_item",
    "ObjectAddRelationshipsCioRelationshipsItemRelationshipAttributes": ".object_add_relationships_cio_relationships_item_relationship_attributes",
    "ObjectAttribute": ".object_attribute",
    "ObjectAttributeOperator": ".object_attribute_operator",
    "ObjectAttributes": ".object_attributes",
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
    "ObjectFilterAnd": ".object_filter_and",
    "ObjectFilterAndAndItem": ".object_filter_and_and_item",
    "ObjectFilterNot": ".object_filter_not",
    "ObjectFilterNotNot": ".object_filter_not_not",
    "ObjectFilterObjectAttribute": ".object_filter_object_attribute",
    "ObjectFilterOr": ".object_filter_or",
    "ObjectFilterOrOrItem": ".object_filter_or_or_item",
    "ObjectID": ".object_id",
    "ObjectIdentifiers": ".object_identifiers",
    "ObjectIdentify": ".object_identify",
    "ObjectIdentifyAction": ".object_identify_action",
    "ObjectIdentifyAttributes": ".object_identify_attributes",
    "ObjectIdentifyCioRelationshipsItem": ".object_identify_cio_relationships_item",
    "ObjectIdentifyCioRelationshipsItemRelationshipAttributes": ".object_identify_cio_relationships_item_relationship_attributes",
    "ObjectRelationshipsItem": ".object_relationships_item",
    "ObjectRelationshipsItemRelationshipAttributes": ".object_relationships_item_relationship_attributes",
    "Or": ".or_",
    "Or2": ".or_2",
    "OrAudienceFilter": ".or_audience_filter",
    "OrAudienceFilterOrItem": ".or_audience_filter_or_item",
    "PageView": ".page_view",
    "PageView2": ".page_view_2",
    "PageView2Data": ".page_view_2_data",
    "PageView2Type": ".page_view_2_type",
    "PageViewData": ".page_view_data",
    "PageViewType": ".page_view_type",
    "PeopleFilter": ".people_filter",
    "PeriodMessageMetrics": ".period_message_metrics",
    "PeriodMessageMetricsDeprecated": ".period_message_metrics_deprecated",
    "PeriodWebhookMetrics": ".period_webhook_metrics",
    "PeriodWebhookMetricsDeprecated": ".period_webhook_metrics_deprecated",
    "PersonAddRelationships": ".person_add_relationships",
    "PersonAddRelationshipsAction": ".person_add_relationships_action",
    "PersonAddRelationshipsCioRelationshipsItem": ".person_add_relationships_cio_relationships_item",
    "PersonAddRelationshipsCioRelationshipsItemRelationshipAttributes": ".person_add_relationships_cio_relationships_item_relationship_attributes",
    "PersonAttributes": ".person_attributes",
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
    "Preprocessor": ".preprocessor",
    "PushEvents": ".push_events",
    "PushMetricsBody": ".push_metrics_body",
    "PushMetricsBodyEvent": ".push_metrics_body_event",
    "RelationshipAttributes": ".relationship_attributes",
    "RemoveFromSegmentBody": ".remove_from_segment_body",
    "RemoveFromSegmentIdType": ".remove_from_segment_id_type",
    "ReportingWebhook": ".reporting_webhook",
    "ReportingWebhookEventsItem": ".reporting_webhook_events_item",
    "RequestMethod": ".request_method",
    "Segment": ".segment",
    "Segment2": ".segment_2",
    "SegmentAudienceFilter": ".segment_audience_filter",
    "SegmentResponseObject": ".segment_response_object",
    "SegmentResponseObjectState": ".segment_response_object_state",
    "SegmentResponseObjectType": ".segment_response_object_type",
    "SendemailWithTemplate": ".sendemail_with_template",
    "SendemailWithoutTemplate": ".sendemail_without_template",
    "SenderIdentityObject": ".sender_identity_object",
    "SenderIdentityObjectTemplateType": ".sender_identity_object_template_type",
    "SendingState": ".sending_state",
    "Sendpush": ".sendpush",
    "Sendsms": ".sendsms",
    "SlackEvents": ".slack_events",
    "SmsActionObject": ".sms_action_object",
    "SmsActionObjectSendingState": ".sms_action_object_sending_state",
    "SmsActionObjectType": ".sms_action_object_type",
    "SmsEvents": ".sms_events",
    "SmsMms": ".sms_mms",
    "SmsMms2": ".sms_mms_2",
    "Snippet": ".snippet",
    "StandardAnonymousEvent": ".standard_anonymous_event",
    "StandardAnonymousEventData": ".standard_anonymous_event_data",
    "StandardAnonymousEventType": ".standard_anonymous_event_type",
    "StandardEvent": ".standard_event",
    "StandardEventData": ".standard_event_data",
    "StandardEventType": ".standard_event_type",
    "State": ".state",
    "SubmitFormBody": ".submit_form_body",
    "SubmitFormBodyIdentifyByEmail": ".submit_form_body_identify_by_email",
    "SubmitFormBodyIdentifyById": ".submit_form_body_identify_by_id",
    "SubmitFormResponse400": ".submit_form_response_400",
    "SubmitFormResponse400Meta": ".submit_form_response_400_meta",
    "Suppress": ".suppress",
    "SuppressAction": ".suppress_action",
    "TextWidget": ".text_widget",
    "TextWidgetOverflow": ".text_widget_overflow",
    "TextWidgetTextAlign": ".text_widget_text_align",
    "TextWidgetType": ".text_widget_type",
    "TrackMetrics": ".track_metrics",
    "TransactionalActionObject": ".transactional_action_object",
    "TransactionalActionObjectPreprocessor": ".transactional_action_object_preprocessor",
    "TransactionalActionObjectType": ".transactional_action_object_type",
    "TransactionalObject": ".transactional_object",
    "TransactionalSharedEmailObject": ".transactional_shared_email_object",
    "TransactionalSharedObject": ".transactional_shared_object",
    "TransactionalSharedObjectMessageData": ".transactional_shared_object_message_data",
    "TransactionalSharedPushObject": ".transactional_shared_push_object",
    "TransactionalSharedPushObjectCustomData": ".transactional_shared_push_object_custom_data",
    "TransactionalSharedPushObjectCustomDevice": ".transactional_shared_push_object_custom_device",
    "TransactionalSharedPushObjectCustomPayload": ".transactional_shared_push_object_custom_payload",
    "TransactionalSharedPushObjectSound": ".transactional_shared_push_object_sound",
    "TransactionalSharedPushObjectTo": ".transactional_shared_push_object_to",
    "UnsubscribeBody": ".unsubscribe_body",
    "Unsuppress": ".unsuppress",
    "UnsuppressAction": ".unsuppress_action",
    "UpdateActionObjectEmailMessage": ".update_action_object_email_message",
    "UpdateActionObjectEmailMessageHeadersItem": ".update_action_object_email_message_headers_item",
    "UpdateBroadcastActionObjectEmailMessage": ".update_broadcast_action_object_email_message",
    "UpdateBroadcastActionObjectEmailMessageHeadersItem": ".update_broadcast_action_object_email_message_headers_item",
    "UpdateContentObject": ".update_content_object",
    "UpdateContentObjectHeadersItem": ".update_content_object_headers_item",
    "UpdateHeadersItem": ".update_headers_item",
    "UpdateTransactionalActionObject": ".update_transactional_action_object",
    "UpdateTransactionalActionObjectHeadersItem": ".update_transactional_action_object_headers_item",
    "V1CioRelationships": ".v1_cio_relationships",
    "V1CioRelationshipsAction": ".v1_cio_relationships_action",
    "V1CioRelationshipsRelationshipsItem": ".v1_cio_relationships_relationships_item",
    "V1CioRelationshipsRelationshipsItemRelationshipAttributes": ".v1_cio_relationships_relationships_item_relationship_attributes",
    "V2CioRelationshipsItem": ".v2_cio_relationships_item",
    "V2CioRelationshipsItemRelationshipAttributes": ".v2_cio_relationships_item_relationship_attributes",
    "Webhook": ".webhook",
    "Webhook2": ".webhook_2",
    "WebhookActionObject": ".webhook_action_object",
    "WebhookActionObjectMethod": ".webhook_action_object_method",
    "WebhookActionObjectSendingState": ".webhook_action_object_sending_state",
    "WebhookActionObjectType": ".webhook_action_object_type",
    "WebhookEvents": ".webhook_events",
    "WebhookMetrics": ".webhook_metrics",
    "WidgetComponentsItem": ".widget_components_item",
    "WidgetCrossAxisAlignment": ".widget_cross_axis_alignment",
    "WidgetMainAxisAlignment": ".widget_main_axis_alignment",
    "Workspace": ".workspace",
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
    "ActionObjectEmailMessage",
    "ActionWidget",
    "ActionWidgetBehaviour",
    "ActionWidgetComponent",
    "ActionWidgetType",
    "ActivityObject",
    "ActivityObjectAttributeChange",
    "ActivityObjectDeliveryType",
    "ActivityObjectMessageDelivery",
    "ActivityObjectType",
    "ActivityTypes",
    "AddDevice",
    "AddDeviceAction",
    "AddDeviceBody",
    "AddDeviceDevice",
    "AddDeviceResponse400",
    "AddDeviceResponse400Meta",
    "AddToSegmentBody",
    "AddToSegmentIdType",
    "AllAndroidProps",
    "And",
    "And2",
    "AndAudienceFilter",
    "AndAudienceFilterAndItem",
    "ApnsWithSdk",
    "ApnsWithSdkCIO",
    "ApnsWithSdkCIOPush",
    "ApnsWithoutSdk",
    "ApsBasicPush",
    "ApsBasicPushAps",
    "ApsBasicPushApsAlert",
    "ApsBasicPushCIO",
    "ApsBasicPushCIOPush",
    "ArchivedMessageObject",
    "ArchivedMessageObjectRequestMethod",
    "Attachments",
    "Attribute",
    "AttributeAudienceFilter",
    "AttributeAudienceFilterOperator",
    "AttributeChangeAction",
    "Audience",
    "BatchBody",
    "BatchResponse207",
    "BatchResponse207ErrorsItem",
    "BatchResponse400",
    "BatchResponse400ErrorsItem",
    "BlockWidget",
    "BlockWidgetComponentsItem",
    "BlockWidgetType",
    "BroadcastActionObjectEmailMessage",
    "BroadcastObject",
    "BroadcastObjectActionsItem",
    "BroadcastObjectActionsItemType",
    "BroadcastObjectMsgTemplateIdsItem",
    "BroadcastObjectMsgTemplateIdsItemType",
    "BroadcastObjectState",
    "BroadcastObjectType",
    "BroadcastTriggerObject",
    "CIOObjectID",
    "CampaignActionsItem",
    "CampaignObjectDate",
    "CampaignObjectDateActionsItem",
    "CampaignObjectDateFrequency",
    "CampaignObjectDateState",
    "CampaignObjectDateType",
    "CampaignObjectEvent",
    "CampaignObjectEventActionsItem",
    "CampaignObjectEventState",
    "CampaignObjectEventType",
    "CampaignObjectForm",
    "CampaignObjectFormActionsItem",
    "CampaignObjectFormState",
    "CampaignObjectFormType",
    "CampaignObjectObject",
    "CampaignObjectObjectActionsItem",
    "CampaignObjectObjectAudience",
    "CampaignObjectObjectAudiencePersonFilters",
    "CampaignObjectObjectAudienceRelationshipFilters",
    "CampaignObjectObjectObjectAttributeTriggers",
    "CampaignObjectObjectState",
    "CampaignObjectObjectType",
    "CampaignObjectRelationship",
    "CampaignObjectRelationshipActionsItem",
    "CampaignObjectRelationshipAudience",
    "CampaignObjectRelationshipAudiencePersonFilters",
    "CampaignObjectRelationshipAudienceRelationshipFilters",
    "CampaignObjectRelationshipRelationshipAttributeTriggers",
    "CampaignObjectRelationshipState",
    "CampaignObjectRelationshipType",
    "CampaignObjectSegment",
    "CampaignObjectSegmentActionsItem",
    "CampaignObjectSegmentMsgTemplatesItem",
    "CampaignObjectSegmentMsgTemplatesItemType",
    "CampaignObjectSegmentState",
    "CampaignObjectSegmentType",
    "CampaignObjectWebhook",
    "CampaignObjectWebhookActionsItem",
    "CampaignObjectWebhookState",
    "CampaignObjectWebhookType",
    "CampaignRequestCustomRecipients",
    "CampaignRequestDataFileURL",
    "CampaignRequestEmails",
    "CampaignRequestIDs",
    "CampaignRequestUserMaps",
    "CampaignRequestUserMapsEmails",
    "CampaignRequestUserMapsEmailsData",
    "CampaignRequestUserMapsIds",
    "CampaignRequestUserMapsIdsData",
    "CioId2",
    "CioId3",
    "CioId4",
    "CioId5",
    "CioSubscriptionPreferences",
    "CioSubscriptionPreferencesTopics",
    "CollectionResponse",
    "CommonTriggerProps",
    "CommonTriggerPropsData",
    "ComplexAlert",
    "ConditionalWidget",
    "ConditionalWidgetFalse",
    "ConditionalWidgetTrue",
    "ConditionalWidgetType",
    "ContentObject",
    "ContentObjectPreprocessor",
    "ContentObjectType",
    "CriticalAlert",
    "CustomAndroidProps",
    "CustomerAttributesObject",
    "CustomerAttributesObjectCustomer",
    "CustomerAttributesObjectCustomerAttributes",
    "CustomerAttributesObjectCustomerTimestamps",
    "CustomerEvents",
    "CustomerIdentifiers",
    "DataObjectOnly",
    "DataObjectOnlyAndroid",
    "DataObjectOnlyData",
    "DataToProcess",
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
    "DeviceObjectCdp",
    "DeviceObjectCdpCommon",
    "DeviceObjectCdpCommonAttributes",
    "DeviceObjectCdpCommonAttributesLastStatus",
    "DeviceObjectCdpCommonAttributesPushEnabled",
    "DeviceObjectCdpCommonPlatform",
    "DeviceObjectCommon",
    "DeviceObjectCommonAttributes",
    "DeviceObjectCommonAttributesLastStatus",
    "DeviceObjectCommonAttributesPushEnabled",
    "DeviceObjectCommonPlatform",
    "Email",
    "Email2",
    "Email3",
    "Email4",
    "EmailActionObject",
    "EmailActionObjectPreprocessor",
    "EmailActionObjectSendingState",
    "EmailActionObjectType",
    "EmailEvents",
    "EntityResponse400",
    "EntityResponse400ErrorsItem",
    "ErrorsItem",
    "EspSuppression",
    "EspSuppressionCategory",
    "EspSuppressionSuppressionsItem",
    "ExportObject",
    "ExportObjectStatus",
    "ExportObjectType",
    "ExportSharedProps",
    "ExportSharedPropsMetric",
    "ExportType",
    "FcmAndroidCustomIntegration",
    "FcmAndroidSDKIntegration",
    "FcmAndroidWithSdk",
    "FcmAndroidWithoutSdk",
    "FcmAndroidWithoutSdkMessage",
    "FcmAndroidWithoutSdkMessageAndroid",
    "FcmAndroidWithoutSdkMessageData",
    "FcmAndroidWithoutSdkMessageNotification",
    "FcmBasicPush",
    "FcmBasicPushMessage",
    "FcmBasicPushMessageData",
    "FcmBasicPushMessageNotification",
    "FcmIosWithSdk",
    "FcmIosWithSdkMessage",
    "FcmIosWithSdkMessageApns",
    "FcmIosWithSdkMessageApnsHeaders",
    "FcmIosWithSdkMessageApnsPayload",
    "FcmIosWithSdkMessageApnsPayloadCIO",
    "FcmIosWithSdkMessageApnsPayloadCIOPush",
    "FcmIosWithoutSdk",
    "FcmIosWithoutSdkMessage",
    "FcmIosWithoutSdkMessageApns",
    "FcmIosWithoutSdkMessageApnsHeaders",
    "FixedGridWidget",
    "FixedGridWidgetComponentsItem",
    "FixedGridWidgetType",
    "FixedHorizontalListWidget",
    "FixedHorizontalListWidgetComponentsItem",
    "FixedHorizontalListWidgetCrossAxisAlignment",
    "FixedHorizontalListWidgetMainAxisAlignment",
    "FixedHorizontalListWidgetType",
    "FixedHorizontalScrollWidget",
    "FixedHorizontalScrollWidgetComponentsItem",
    "FixedHorizontalScrollWidgetType",
    "FixedListWidget",
    "FixedListWidgetComponentsItem",
    "FixedListWidgetCrossAxisAlignment",
    "FixedListWidgetMainAxisAlignment",
    "FixedListWidgetType",
    "GetContentObject",
    "GetRegionResponse200",
    "GetRegionResponse200Region",
    "GetRegionResponse200Url",
    "GetTransactionalActionObject",
    "IconWidget",
    "IconWidgetType",
    "Id",
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
    "ImageWidget",
    "ImageWidgetFit",
    "ImageWidgetType",
    "ImportIdentifier",
    "ImportObject",
    "ImportObjectDataToProcess",
    "ImportObjectIdentifier",
    "ImportObjectPeopleToProcess",
    "ImportObjectState",
    "ImportObjectType",
    "ImportRequestEvent",
    "ImportRequestEventDataToProcess",
    "ImportRequestEventIdentifier",
    "ImportRequestEventType",
    "ImportRequestObject",
    "ImportRequestObjectDataToProcess",
    "ImportRequestObjectType",
    "ImportRequestPeople",
    "ImportRequestPeopleDataToProcess",
    "ImportRequestPeopleIdentifier",
    "ImportRequestPeopleType",
    "ImportRequestRelationship",
    "ImportRequestRelationshipDataToProcess",
    "ImportRequestRelationshipIdentifier",
    "ImportRequestRelationshipType",
    "ImportState",
    "ImportType",
    "InAppMessageActionEvent",
    "InAppMessageActionEventDetail",
    "InAppMessageActionEventType",
    "InAppMessageDismissedEvent",
    "InAppMessageDismissedEventType",
    "InAppMessageErrorEvent",
    "InAppMessageErrorEventType",
    "InAppMessageEventDetail",
    "InAppMessageOpenedEvent",
    "InAppMessageOpenedEventType",
    "IosSharedOptions",
    "IosSharedOptionsInterruptionLevel",
    "LinkMetrics",
    "LinkMetricsLink",
    "LinkMetricsMetric",
    "LinkMetricsMetricSeries",
    "MergeBody",
    "MergeResponse400",
    "MergeResponse400Meta",
    "MessageMetrics",
    "MessageObject",
    "MessageObjectType",
    "MessageTotalMetrics",
    "MessageType",
    "Metric",
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
    "MsgTemplateIdsItem",
    "MsgTemplateIdsItemType",
    "NewsletterObject",
    "NewsletterObjectType",
    "NotificationAndDataObject",
    "NotificationAndDataObjectAndroid",
    "NotificationAndDataObjectData",
    "NotificationAndDataObjectNotification",
    "ObjectAddRelationships",
    "ObjectAddRelationshipsAction",
    "ObjectAddRelationshipsCioRelationshipsItem",
    "ObjectAddRelationshipsCioRelationshipsItemRelationshipAttributes",
    "ObjectAttribute",
    "ObjectAttributeOperator",
    "ObjectAttributes",
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
    "ObjectFilterAnd",
    "ObjectFilterAndAndItem",
    "ObjectFilterNot",
    "ObjectFilterNotNot",
    "ObjectFilterObjectAttribute",
    "ObjectFilterOr",
    "ObjectFilterOrOrItem",
    "ObjectID",
    "ObjectIdentifiers",
    "ObjectIdentify",
    "ObjectIdentifyAction",
    "ObjectIdentifyAttributes",
    "ObjectIdentifyCioRelationshipsItem",
    "ObjectIdentifyCioRelationshipsItemRelationshipAttributes",
    "ObjectRelationshipsItem",
    "ObjectRelationshipsItemRelationshipAttributes",
    "Or",
    "Or2",
    "OrAudienceFilter",
    "OrAudienceFilterOrItem",
    "PageView",
    "PageView2",
    "PageView2Data",
    "PageView2Type",
    "PageViewData",
    "PageViewType",
    "PeopleFilter",
    "PeriodMessageMetrics",
    "PeriodMessageMetricsDeprecated",
    "PeriodWebhookMetrics",
    "PeriodWebhookMetricsDeprecated",
    "PersonAddRelationships",
    "PersonAddRelationshipsAction",
    "PersonAddRelationshipsCioRelationshipsItem",
    "PersonAddRelationshipsCioRelationshipsItemRelationshipAttributes",
    "PersonAttributes",
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
    "Preprocessor",
    "PushEvents",
    "PushMetricsBody",
    "PushMetricsBodyEvent",
    "RelationshipAttributes",
    "RemoveFromSegmentBody",
    "RemoveFromSegmentIdType",
    "ReportingWebhook",
    "ReportingWebhookEventsItem",
    "RequestMethod",
    "Segment",
    "Segment2",
    "SegmentAudienceFilter",
    "SegmentResponseObject",
    "SegmentResponseObjectState",
    "SegmentResponseObjectType",
    "SendemailWithTemplate",
    "SendemailWithoutTemplate",
    "SenderIdentityObject",
    "SenderIdentityObjectTemplateType",
    "SendingState",
    "Sendpush",
    "Sendsms",
    "SlackEvents",
    "SmsActionObject",
    "SmsActionObjectSendingState",
    "SmsActionObjectType",
    "SmsEvents",
    "SmsMms",
    "SmsMms2",
    "Snippet",
    "StandardAnonymousEvent",
    "StandardAnonymousEventData",
    "StandardAnonymousEventType",
    "StandardEvent",
    "StandardEventData",
    "StandardEventType",
    "State",
    "SubmitFormBody",
    "SubmitFormBodyIdentifyByEmail",
    "SubmitFormBodyIdentifyById",
    "SubmitFormResponse400",
    "SubmitFormResponse400Meta",
    "Suppress",
    "SuppressAction",
    "TextWidget",
    "TextWidgetOverflow",
    "TextWidgetTextAlign",
    "TextWidgetType",
    "TrackMetrics",
    "TransactionalActionObject",
    "TransactionalActionObjectPreprocessor",
    "TransactionalActionObjectType",
    "TransactionalObject",
    "TransactionalSharedEmailObject",
    "TransactionalSharedObject",
    "TransactionalSharedObjectMessageData",
    "TransactionalSharedPushObject",
    "TransactionalSharedPushObjectCustomData",
    "TransactionalSharedPushObjectCustomDevice",
    "TransactionalSharedPushObjectCustomPayload",
    "TransactionalSharedPushObjectSound",
    "TransactionalSharedPushObjectTo",
    "UnsubscribeBody",
    "Unsuppress",
    "UnsuppressAction",
    "UpdateActionObjectEmailMessage",
    "UpdateActionObjectEmailMessageHeadersItem",
    "UpdateBroadcastActionObjectEmailMessage",
    "UpdateBroadcastActionObjectEmailMessageHeadersItem",
    "UpdateContentObject",
    "UpdateContentObjectHeadersItem",
    "UpdateHeadersItem",
    "UpdateTransactionalActionObject",
    "UpdateTransactionalActionObjectHeadersItem",
    "V1CioRelationships",
    "V1CioRelationshipsAction",
    "V1CioRelationshipsRelationshipsItem",
    "V1CioRelationshipsRelationshipsItemRelationshipAttributes",
    "V2CioRelationshipsItem",
    "V2CioRelationshipsItemRelationshipAttributes",
    "Webhook",
    "Webhook2",
    "WebhookActionObject",
    "WebhookActionObjectMethod",
    "WebhookActionObjectSendingState",
    "WebhookActionObjectType",
    "WebhookEvents",
    "WebhookMetrics",
    "WidgetComponentsItem",
    "WidgetCrossAxisAlignment",
    "WidgetMainAxisAlignment",
    "Workspace",
)
