"""Contains all the data models used in inputs/outputs (imported lazily, on first access)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_collection_data_by_url import AddCollectionDataByURL
    from .add_collection_local_data import AddCollectionLocalData
    from .add_collection_local_data_data_item import AddCollectionLocalDataDataItem
    from .add_collection_response_200 import AddCollectionResponse200
    from .add_collection_response_200_collection import (
        AddCollectionResponse200Collection,
    )
    from .and_ import And
    from .and_2 import And2
    from .and_3 import And3
    from .and_3_and_item import And3AndItem
    from .api_triggered_broadcast import APITriggeredBroadcast
    from .api_triggered_broadcast_identifiers import APITriggeredBroadcastIdentifiers
    from .attribute import Attribute
    from .attribute_2 import Attribute2
    from .attribute_operator import AttributeOperator
    from .audience import Audience
    from .broadcast_action_links_period import BroadcastActionLinksPeriod
    from .broadcast_action_links_response_200 import BroadcastActionLinksResponse200
    from .broadcast_action_links_response_200_links_item import (
        BroadcastActionLinksResponse200LinksItem,
    )
    from .broadcast_action_links_response_200_links_item_link import (
        BroadcastActionLinksResponse200LinksItemLink,
    )
    from .broadcast_action_links_response_200_links_item_metric import (
        BroadcastActionLinksResponse200LinksItemMetric,
    )
    from .broadcast_action_links_response_200_links_item_metric_series import (
        BroadcastActionLinksResponse200LinksItemMetricSeries,
    )
    from .broadcast_action_links_type import BroadcastActionLinksType
    from .broadcast_action_metrics_period import BroadcastActionMetricsPeriod
    from .broadcast_action_metrics_response_200 import BroadcastActionMetricsResponse200
    from .broadcast_action_metrics_response_200_metric import (
        BroadcastActionMetricsResponse200Metric,
    )
    from .broadcast_action_metrics_response_200_metric_series import (
        BroadcastActionMetricsResponse200MetricSeries,
    )
    from .broadcast_action_metrics_type import BroadcastActionMetricsType
    from .broadcast_actions_response_200 import BroadcastActionsResponse200
    from .broadcast_errors_response_200 import BroadcastErrorsResponse200
    from .broadcast_links_period import BroadcastLinksPeriod
    from .broadcast_links_response_200 import BroadcastLinksResponse200
    from .broadcast_links_response_200_links_item import (
        BroadcastLinksResponse200LinksItem,
    )
    from .broadcast_links_response_200_links_item_link import (
        BroadcastLinksResponse200LinksItemLink,
    )
    from .broadcast_links_response_200_links_item_metric import (
        BroadcastLinksResponse200LinksItemMetric,
    )
    from .broadcast_links_response_200_links_item_metric_series import (
        BroadcastLinksResponse200LinksItemMetricSeries,
    )
    from .broadcast_messages_metric import BroadcastMessagesMetric
    from .broadcast_messages_response_200 import BroadcastMessagesResponse200
    from .broadcast_messages_response_200_messages_item import (
        BroadcastMessagesResponse200MessagesItem,
    )
    from .broadcast_messages_response_200_messages_item_customer_identifiers import (
        BroadcastMessagesResponse200MessagesItemCustomerIdentifiers,
    )
    from .broadcast_messages_response_200_messages_item_metrics import (
        BroadcastMessagesResponse200MessagesItemMetrics,
    )
    from .broadcast_messages_response_200_messages_item_type import (
        BroadcastMessagesResponse200MessagesItemType,
    )
    from .broadcast_messages_state import BroadcastMessagesState
    from .broadcast_messages_type import BroadcastMessagesType
    from .broadcast_metrics_period import BroadcastMetricsPeriod
    from .broadcast_metrics_response_200 import BroadcastMetricsResponse200
    from .broadcast_metrics_response_200_metric import BroadcastMetricsResponse200Metric
    from .broadcast_metrics_response_200_metric_series import (
        BroadcastMetricsResponse200MetricSeries,
    )
    from .broadcast_metrics_type import BroadcastMetricsType
    from .broadcast_status_response_200 import BroadcastStatusResponse200
    from .campaign import Campaign
    from .campaign_action_links_period import CampaignActionLinksPeriod
    from .campaign_action_links_response_200 import CampaignActionLinksResponse200
    from .campaign_action_links_response_200_links_item import (
        CampaignActionLinksResponse200LinksItem,
    )
    from .campaign_action_links_response_200_links_item_link import (
        CampaignActionLinksResponse200LinksItemLink,
    )
    from .campaign_action_links_response_200_links_item_metric import (
        CampaignActionLinksResponse200LinksItemMetric,
    )
    from .campaign_action_links_response_200_links_item_metric_series import (
        CampaignActionLinksResponse200LinksItemMetricSeries,
    )
    from .campaign_action_links_type import CampaignActionLinksType
    from .campaign_action_metrics_period import CampaignActionMetricsPeriod
    from .campaign_action_metrics_res import CampaignActionMetricsRes
    from .campaign_action_metrics_type import CampaignActionMetricsType
    from .campaign_action_metrics_version import CampaignActionMetricsVersion
    from .campaign_identifiers import CampaignIdentifiers
    from .campaign_journey_metrics_res import CampaignJourneyMetricsRes
    from .campaign_journey_metrics_response_200 import CampaignJourneyMetricsResponse200
    from .campaign_journey_metrics_response_200_journey_metric import (
        CampaignJourneyMetricsResponse200JourneyMetric,
    )
    from .campaign_link_metrics_period import CampaignLinkMetricsPeriod
    from .campaign_link_metrics_response_200 import CampaignLinkMetricsResponse200
    from .campaign_link_metrics_response_200_links_item import (
        CampaignLinkMetricsResponse200LinksItem,
    )
    from .campaign_link_metrics_response_200_links_item_link import (
        CampaignLinkMetricsResponse200LinksItemLink,
    )
    from .campaign_link_metrics_response_200_links_item_metric import (
        CampaignLinkMetricsResponse200LinksItemMetric,
    )
    from .campaign_link_metrics_response_200_links_item_metric_series import (
        CampaignLinkMetricsResponse200LinksItemMetricSeries,
    )
    from .campaign_metrics_period import CampaignMetricsPeriod
    from .campaign_metrics_res import CampaignMetricsRes
    from .campaign_metrics_type import CampaignMetricsType
    from .campaign_metrics_version import CampaignMetricsVersion
    from .cio_id_3 import CioId3
    from .complex_alert import ComplexAlert
    from .create_man_segment_body import CreateManSegmentBody
    from .create_man_segment_body_segment import CreateManSegmentBodySegment
    from .create_man_segment_response_200 import CreateManSegmentResponse200
    from .create_man_segment_response_200_segment import (
        CreateManSegmentResponse200Segment,
    )
    from .create_man_segment_response_200_segment_state import (
        CreateManSegmentResponse200SegmentState,
    )
    from .create_man_segment_response_200_segment_type import (
        CreateManSegmentResponse200SegmentType,
    )
    from .create_webhook_body import CreateWebhookBody
    from .create_webhook_body_events_item import CreateWebhookBodyEventsItem
    from .create_webhook_response_200 import CreateWebhookResponse200
    from .create_webhook_response_200_events_item import (
        CreateWebhookResponse200EventsItem,
    )
    from .critical_alert import CriticalAlert
    from .customer_cio_subscription_preferences_changed import (
        CustomerCioSubscriptionPreferencesChanged,
    )
    from .customer_cio_subscription_preferences_changed_data import (
        CustomerCioSubscriptionPreferencesChangedData,
    )
    from .customer_cio_subscription_preferences_changed_data_identifiers import (
        CustomerCioSubscriptionPreferencesChangedDataIdentifiers,
    )
    from .customer_cio_subscription_preferences_changed_metric import (
        CustomerCioSubscriptionPreferencesChangedMetric,
    )
    from .customer_cio_subscription_preferences_changed_object_type_type import (
        CustomerCioSubscriptionPreferencesChangedObjectTypeType,
    )
    from .customer_subscribed import CustomerSubscribed
    from .customer_subscribed_data import CustomerSubscribedData
    from .customer_subscribed_data_identifiers import CustomerSubscribedDataIdentifiers
    from .customer_subscribed_metric import CustomerSubscribedMetric
    from .customer_subscribed_object_type import CustomerSubscribedObjectType
    from .customer_unsubscribed import CustomerUnsubscribed
    from .customer_unsubscribed_data import CustomerUnsubscribedData
    from .customer_unsubscribed_data_identifiers import (
        CustomerUnsubscribedDataIdentifiers,
    )
    from .customer_unsubscribed_metric import CustomerUnsubscribedMetric
    from .customer_unsubscribed_object_type import CustomerUnsubscribedObjectType
    from .date import Date
    from .date_actions_item import DateActionsItem
    from .date_frequency import DateFrequency
    from .date_state import DateState
    from .date_type import DateType
    from .delete_snippet_response_400 import DeleteSnippetResponse400
    from .delete_snippet_response_400_errors_item import (
        DeleteSnippetResponse400ErrorsItem,
    )
    from .delete_suppression_suppression_type import DeleteSuppressionSuppressionType
    from .download_export_response_200 import DownloadExportResponse200
    from .email_3 import Email3
    from .email_attempted import EmailAttempted
    from .email_attempted_data import EmailAttemptedData
    from .email_attempted_metric import EmailAttemptedMetric
    from .email_attempted_object_type import EmailAttemptedObjectType
    from .email_bounced import EmailBounced
    from .email_bounced_data import EmailBouncedData
    from .email_bounced_metric import EmailBouncedMetric
    from .email_bounced_object_type import EmailBouncedObjectType
    from .email_clicked import EmailClicked
    from .email_clicked_data import EmailClickedData
    from .email_clicked_metric import EmailClickedMetric
    from .email_clicked_object_type import EmailClickedObjectType
    from .email_converted import EmailConverted
    from .email_converted_data import EmailConvertedData
    from .email_converted_metric import EmailConvertedMetric
    from .email_converted_object_type import EmailConvertedObjectType
    from .email_delivered import EmailDelivered
    from .email_delivered_data import EmailDeliveredData
    from .email_delivered_metric import EmailDeliveredMetric
    from .email_delivered_object_type import EmailDeliveredObjectType
    from .email_drafted import EmailDrafted
    from .email_drafted_data import EmailDraftedData
    from .email_drafted_metric import EmailDraftedMetric
    from .email_drafted_object_type import EmailDraftedObjectType
    from .email_dropped import EmailDropped
    from .email_dropped_data import EmailDroppedData
    from .email_dropped_metric import EmailDroppedMetric
    from .email_dropped_object_type import EmailDroppedObjectType
    from .email_failed import EmailFailed
    from .email_failed_data import EmailFailedData
    from .email_failed_metric import EmailFailedMetric
    from .email_failed_object_type import EmailFailedObjectType
    from .email_message import EmailMessage
    from .email_message_2 import EmailMessage2
    from .email_message_2_headers_item import EmailMessage2HeadersItem
    from .email_message_2_preprocessor import EmailMessage2Preprocessor
    from .email_message_2_sending_state import EmailMessage2SendingState
    from .email_message_2_type import EmailMessage2Type
    from .email_message_3 import EmailMessage3
    from .email_message_3_preprocessor import EmailMessage3Preprocessor
    from .email_message_3_sending_state import EmailMessage3SendingState
    from .email_message_3_type import EmailMessage3Type
    from .email_message_preprocessor import EmailMessagePreprocessor
    from .email_message_sending_state import EmailMessageSendingState
    from .email_message_type import EmailMessageType
    from .email_opened import EmailOpened
    from .email_opened_data import EmailOpenedData
    from .email_opened_metric import EmailOpenedMetric
    from .email_opened_object_type import EmailOpenedObjectType
    from .email_sent import EmailSent
    from .email_sent_data import EmailSentData
    from .email_sent_metric import EmailSentMetric
    from .email_sent_object_type import EmailSentObjectType
    from .email_undeliverable import EmailUndeliverable
    from .email_undeliverable_data import EmailUndeliverableData
    from .email_undeliverable_metric import EmailUndeliverableMetric
    from .email_undeliverable_object_type import EmailUndeliverableObjectType
    from .event import Event
    from .event_actions_item import EventActionsItem
    from .event_state import EventState
    from .event_type import EventType
    from .export_deliveries_data_action import ExportDeliveriesDataAction
    from .export_deliveries_data_action_metric import ExportDeliveriesDataActionMetric
    from .export_deliveries_data_campaign import ExportDeliveriesDataCampaign
    from .export_deliveries_data_campaign_metric import (
        ExportDeliveriesDataCampaignMetric,
    )
    from .export_deliveries_data_newsletter import ExportDeliveriesDataNewsletter
    from .export_deliveries_data_newsletter_metric import (
        ExportDeliveriesDataNewsletterMetric,
    )
    from .export_deliveries_data_response_200 import ExportDeliveriesDataResponse200
    from .export_deliveries_data_response_200_export import (
        ExportDeliveriesDataResponse200Export,
    )
    from .export_deliveries_data_response_200_export_status import (
        ExportDeliveriesDataResponse200ExportStatus,
    )
    from .export_deliveries_data_response_200_export_type import (
        ExportDeliveriesDataResponse200ExportType,
    )
    from .export_deliveries_data_transactional_message import (
        ExportDeliveriesDataTransactionalMessage,
    )
    from .export_deliveries_data_transactional_message_metric import (
        ExportDeliveriesDataTransactionalMessageMetric,
    )
    from .export_people_data_body import ExportPeopleDataBody
    from .export_people_data_response_200 import ExportPeopleDataResponse200
    from .export_people_data_response_200_export import (
        ExportPeopleDataResponse200Export,
    )
    from .export_people_data_response_200_export_status import (
        ExportPeopleDataResponse200ExportStatus,
    )
    from .export_people_data_response_200_export_type import (
        ExportPeopleDataResponse200ExportType,
    )
    from .form import Form
    from .form_actions_item import FormActionsItem
    from .form_state import FormState
    from .form_type import FormType
    from .get_archived_message_response_200 import GetArchivedMessageResponse200
    from .get_archived_message_response_200_archived_message import (
        GetArchivedMessageResponse200ArchivedMessage,
    )
    from .get_archived_message_response_200_archived_message_request_method import (
        GetArchivedMessageResponse200ArchivedMessageRequestMethod,
    )
    from .get_broadcast_action_language_response_200 import (
        GetBroadcastActionLanguageResponse200,
    )
    from .get_broadcast_action_response_200 import GetBroadcastActionResponse200
    from .get_broadcast_response_200 import GetBroadcastResponse200
    from .get_broadcast_response_200_broadcast import GetBroadcastResponse200Broadcast
    from .get_broadcast_response_200_broadcast_actions_item import (
        GetBroadcastResponse200BroadcastActionsItem,
    )
    from .get_broadcast_response_200_broadcast_actions_item_type import (
        GetBroadcastResponse200BroadcastActionsItemType,
    )
    from .get_broadcast_response_200_broadcast_msg_template_ids_item import (
        GetBroadcastResponse200BroadcastMsgTemplateIdsItem,
    )
    from .get_broadcast_response_200_broadcast_msg_template_ids_item_type import (
        GetBroadcastResponse200BroadcastMsgTemplateIdsItemType,
    )
    from .get_broadcast_response_200_broadcast_state import (
        GetBroadcastResponse200BroadcastState,
    )
    from .get_broadcast_response_200_broadcast_type import (
        GetBroadcastResponse200BroadcastType,
    )
    from .get_campaign_action_response_200 import GetCampaignActionResponse200
    from .get_campaign_action_translation_response_200 import (
        GetCampaignActionTranslationResponse200,
    )
    from .get_campaign_messages_metric import GetCampaignMessagesMetric
    from .get_campaign_messages_response_200 import GetCampaignMessagesResponse200
    from .get_campaign_messages_response_200_messages_item import (
        GetCampaignMessagesResponse200MessagesItem,
    )
    from .get_campaign_messages_response_200_messages_item_customer_identifiers import (
        GetCampaignMessagesResponse200MessagesItemCustomerIdentifiers,
    )
    from .get_campaign_messages_response_200_messages_item_metrics import (
        GetCampaignMessagesResponse200MessagesItemMetrics,
    )
    from .get_campaign_messages_response_200_messages_item_type import (
        GetCampaignMessagesResponse200MessagesItemType,
    )
    from .get_campaign_messages_type import GetCampaignMessagesType
    from .get_campaigns_response_200 import GetCampaignsResponse200
    from .get_cio_allowlist_response_200 import GetCioAllowlistResponse200
    from .get_collection_contents_response_200 import GetCollectionContentsResponse200
    from .get_collection_response_200 import GetCollectionResponse200
    from .get_collection_response_200_collection import (
        GetCollectionResponse200Collection,
    )
    from .get_collections_response_200 import GetCollectionsResponse200
    from .get_collections_response_200_collections_item import (
        GetCollectionsResponse200CollectionsItem,
    )
    from .get_export_response_200 import GetExportResponse200
    from .get_export_response_200_export import GetExportResponse200Export
    from .get_export_response_200_export_status import GetExportResponse200ExportStatus
    from .get_export_response_200_export_type import GetExportResponse200ExportType
    from .get_import_response_200 import GetImportResponse200
    from .get_import_response_200_import import GetImportResponse200Import
    from .get_import_response_200_import_data_to_process import (
        GetImportResponse200ImportDataToProcess,
    )
    from .get_import_response_200_import_identifier import (
        GetImportResponse200ImportIdentifier,
    )
    from .get_import_response_200_import_people_to_process import (
        GetImportResponse200ImportPeopleToProcess,
    )
    from .get_import_response_200_import_state import GetImportResponse200ImportState
    from .get_import_response_200_import_type import GetImportResponse200ImportType
    from .get_message_response_200 import GetMessageResponse200
    from .get_message_response_200_message import GetMessageResponse200Message
    from .get_message_response_200_message_customer_identifiers import (
        GetMessageResponse200MessageCustomerIdentifiers,
    )
    from .get_message_response_200_message_metrics import (
        GetMessageResponse200MessageMetrics,
    )
    from .get_message_response_200_message_type import GetMessageResponse200MessageType
    from .get_newsletter_links_period import GetNewsletterLinksPeriod
    from .get_newsletter_links_response_200 import GetNewsletterLinksResponse200
    from .get_newsletter_links_response_200_links_item import (
        GetNewsletterLinksResponse200LinksItem,
    )
    from .get_newsletter_links_response_200_links_item_link import (
        GetNewsletterLinksResponse200LinksItemLink,
    )
    from .get_newsletter_links_response_200_links_item_metric import (
        GetNewsletterLinksResponse200LinksItemMetric,
    )
    from .get_newsletter_links_response_200_links_item_metric_series import (
        GetNewsletterLinksResponse200LinksItemMetricSeries,
    )
    from .get_newsletter_metrics_period import GetNewsletterMetricsPeriod
    from .get_newsletter_metrics_response_200 import GetNewsletterMetricsResponse200
    from .get_newsletter_metrics_response_200_metric import (
        GetNewsletterMetricsResponse200Metric,
    )
    from .get_newsletter_metrics_response_200_metric_series import (
        GetNewsletterMetricsResponse200MetricSeries,
    )
    from .get_newsletter_metrics_type import GetNewsletterMetricsType
    from .get_newsletter_msg_meta_metric import GetNewsletterMsgMetaMetric
    from .get_newsletter_msg_meta_response_200 import GetNewsletterMsgMetaResponse200
    from .get_newsletter_msg_meta_response_200_messages_item import (
        GetNewsletterMsgMetaResponse200MessagesItem,
    )
    from .get_newsletter_msg_meta_response_200_messages_item_customer_identifiers import (
        GetNewsletterMsgMetaResponse200MessagesItemCustomerIdentifiers,
    )
    from .get_newsletter_msg_meta_response_200_messages_item_metrics import (
        GetNewsletterMsgMetaResponse200MessagesItemMetrics,
    )
    from .get_newsletter_msg_meta_response_200_messages_item_type import (
        GetNewsletterMsgMetaResponse200MessagesItemType,
    )
    from .get_newsletter_test_groups_response_200 import (
        GetNewsletterTestGroupsResponse200,
    )
    from .get_newsletter_test_groups_response_200_test_groups_item import (
        GetNewsletterTestGroupsResponse200TestGroupsItem,
    )
    from .get_newsletter_variant_response_200 import GetNewsletterVariantResponse200
    from .get_newsletter_variant_response_200_content import (
        GetNewsletterVariantResponse200Content,
    )
    from .get_newsletter_variant_response_200_content_preprocessor import (
        GetNewsletterVariantResponse200ContentPreprocessor,
    )
    from .get_newsletter_variant_response_200_content_type import (
        GetNewsletterVariantResponse200ContentType,
    )
    from .get_newsletter_variant_translation_response_200 import (
        GetNewsletterVariantTranslationResponse200,
    )
    from .get_newsletter_variant_translation_response_200_content import (
        GetNewsletterVariantTranslationResponse200Content,
    )
    from .get_newsletter_variant_translation_response_200_content_preprocessor import (
        GetNewsletterVariantTranslationResponse200ContentPreprocessor,
    )
    from .get_newsletter_variant_translation_response_200_content_type import (
        GetNewsletterVariantTranslationResponse200ContentType,
    )
    from .get_newsletter_variant_translation_test_response_200 import (
        GetNewsletterVariantTranslationTestResponse200,
    )
    from .get_newsletter_variant_translation_test_response_200_content import (
        GetNewsletterVariantTranslationTestResponse200Content,
    )
    from .get_newsletter_variant_translation_test_response_200_content_preprocessor import (
        GetNewsletterVariantTranslationTestResponse200ContentPreprocessor,
    )
    from .get_newsletter_variant_translation_test_response_200_content_type import (
        GetNewsletterVariantTranslationTestResponse200ContentType,
    )
    from .get_newsletters_response_200 import GetNewslettersResponse200
    from .get_newsletters_response_200_newsletter import (
        GetNewslettersResponse200Newsletter,
    )
    from .get_newsletters_response_200_newsletter_type import (
        GetNewslettersResponse200NewsletterType,
    )
    from .get_object_attributes_id_type import GetObjectAttributesIdType
    from .get_object_attributes_response_200 import GetObjectAttributesResponse200
    from .get_object_attributes_response_200_object import (
        GetObjectAttributesResponse200Object,
    )
    from .get_object_attributes_response_200_object_attributes import (
        GetObjectAttributesResponse200ObjectAttributes,
    )
    from .get_object_attributes_response_200_object_identifiers import (
        GetObjectAttributesResponse200ObjectIdentifiers,
    )
    from .get_object_attributes_response_200_object_timestamps import (
        GetObjectAttributesResponse200ObjectTimestamps,
    )
    from .get_object_relationships_id_type import GetObjectRelationshipsIdType
    from .get_object_relationships_response_200 import GetObjectRelationshipsResponse200
    from .get_object_relationships_response_200_cio_relationships_item import (
        GetObjectRelationshipsResponse200CioRelationshipsItem,
    )
    from .get_object_relationships_response_200_cio_relationships_item_identifiers import (
        GetObjectRelationshipsResponse200CioRelationshipsItemIdentifiers,
    )
    from .get_object_types_response_200 import GetObjectTypesResponse200
    from .get_object_types_response_200_types_item import (
        GetObjectTypesResponse200TypesItem,
    )
    from .get_objects_filter_body import GetObjectsFilterBody
    from .get_objects_filter_body_and import GetObjectsFilterBodyAnd
    from .get_objects_filter_body_and_and_item import GetObjectsFilterBodyAndAndItem
    from .get_objects_filter_body_not import GetObjectsFilterBodyNot
    from .get_objects_filter_body_not_not import GetObjectsFilterBodyNotNot
    from .get_objects_filter_body_object_attribute import (
        GetObjectsFilterBodyObjectAttribute,
    )
    from .get_objects_filter_body_or import GetObjectsFilterBodyOr
    from .get_objects_filter_body_or_or_item import GetObjectsFilterBodyOrOrItem
    from .get_objects_filter_response_200 import GetObjectsFilterResponse200
    from .get_objects_filter_response_200_identifiers_item import (
        GetObjectsFilterResponse200IdentifiersItem,
    )
    from .get_people_by_id_body import GetPeopleByIdBody
    from .get_people_by_id_response_200 import GetPeopleByIdResponse200
    from .get_people_by_id_response_200_customers_item import (
        GetPeopleByIdResponse200CustomersItem,
    )
    from .get_people_by_id_response_200_customers_item_customer import (
        GetPeopleByIdResponse200CustomersItemCustomer,
    )
    from .get_people_by_id_response_200_customers_item_customer_attributes import (
        GetPeopleByIdResponse200CustomersItemCustomerAttributes,
    )
    from .get_people_by_id_response_200_customers_item_customer_devices_item import (
        GetPeopleByIdResponse200CustomersItemCustomerDevicesItem,
    )
    from .get_people_by_id_response_200_customers_item_customer_devices_item_attributes import (
        GetPeopleByIdResponse200CustomersItemCustomerDevicesItemAttributes,
    )
    from .get_people_by_id_response_200_customers_item_customer_devices_item_attributes_last_status import (
        GetPeopleByIdResponse200CustomersItemCustomerDevicesItemAttributesLastStatus,
    )
    from .get_people_by_id_response_200_customers_item_customer_devices_item_attributes_push_enabled import (
        GetPeopleByIdResponse200CustomersItemCustomerDevicesItemAttributesPushEnabled,
    )
    from .get_people_by_id_response_200_customers_item_customer_devices_item_platform import (
        GetPeopleByIdResponse200CustomersItemCustomerDevicesItemPlatform,
    )
    from .get_people_by_id_response_200_customers_item_customer_identifiers import (
        GetPeopleByIdResponse200CustomersItemCustomerIdentifiers,
    )
    from .get_people_by_id_response_200_customers_item_customer_timestamps import (
        GetPeopleByIdResponse200CustomersItemCustomerTimestamps,
    )
    from .get_people_email_response_200 import GetPeopleEmailResponse200
    from .get_people_email_response_200_results_item import (
        GetPeopleEmailResponse200ResultsItem,
    )
    from .get_people_filter_body import GetPeopleFilterBody
    from .get_people_filter_response_200 import GetPeopleFilterResponse200
    from .get_people_filter_response_200_identifiers_item import (
        GetPeopleFilterResponse200IdentifiersItem,
    )
    from .get_person_activities_id_type import GetPersonActivitiesIdType
    from .get_person_activities_response_200 import GetPersonActivitiesResponse200
    from .get_person_activities_response_200_activities_item import (
        GetPersonActivitiesResponse200ActivitiesItem,
    )
    from .get_person_activities_response_200_activities_item_attribute_change import (
        GetPersonActivitiesResponse200ActivitiesItemAttributeChange,
    )
    from .get_person_activities_response_200_activities_item_attribute_change_additional_property import (
        GetPersonActivitiesResponse200ActivitiesItemAttributeChangeAdditionalProperty,
    )
    from .get_person_activities_response_200_activities_item_customer_identifiers import (
        GetPersonActivitiesResponse200ActivitiesItemCustomerIdentifiers,
    )
    from .get_person_activities_response_200_activities_item_delivery_type import (
        GetPersonActivitiesResponse200ActivitiesItemDeliveryType,
    )
    from .get_person_activities_response_200_activities_item_type import (
        GetPersonActivitiesResponse200ActivitiesItemType,
    )
    from .get_person_activities_type import GetPersonActivitiesType
    from .get_person_attributes_id_type import GetPersonAttributesIdType
    from .get_person_attributes_response_200 import GetPersonAttributesResponse200
    from .get_person_attributes_response_200_customer import (
        GetPersonAttributesResponse200Customer,
    )
    from .get_person_attributes_response_200_customer_attributes import (
        GetPersonAttributesResponse200CustomerAttributes,
    )
    from .get_person_attributes_response_200_customer_devices_item import (
        GetPersonAttributesResponse200CustomerDevicesItem,
    )
    from .get_person_attributes_response_200_customer_devices_item_attributes import (
        GetPersonAttributesResponse200CustomerDevicesItemAttributes,
    )
    from .get_person_attributes_response_200_customer_devices_item_attributes_last_status import (
        GetPersonAttributesResponse200CustomerDevicesItemAttributesLastStatus,
    )
    from .get_person_attributes_response_200_customer_devices_item_attributes_push_enabled import (
        GetPersonAttributesResponse200CustomerDevicesItemAttributesPushEnabled,
    )
    from .get_person_attributes_response_200_customer_devices_item_platform import (
        GetPersonAttributesResponse200CustomerDevicesItemPlatform,
    )
    from .get_person_attributes_response_200_customer_identifiers import (
        GetPersonAttributesResponse200CustomerIdentifiers,
    )
    from .get_person_attributes_response_200_customer_timestamps import (
        GetPersonAttributesResponse200CustomerTimestamps,
    )
    from .get_person_messages_id_type import GetPersonMessagesIdType
    from .get_person_messages_response_200 import GetPersonMessagesResponse200
    from .get_person_messages_response_200_messages_item import (
        GetPersonMessagesResponse200MessagesItem,
    )
    from .get_person_messages_response_200_messages_item_metrics import (
        GetPersonMessagesResponse200MessagesItemMetrics,
    )
    from .get_person_messages_response_200_messages_item_type import (
        GetPersonMessagesResponse200MessagesItemType,
    )
    from .get_person_relationships_response_200 import GetPersonRelationshipsResponse200
    from .get_person_relationships_response_200_cio_relationships_item import (
        GetPersonRelationshipsResponse200CioRelationshipsItem,
    )
    from .get_person_relationships_response_200_cio_relationships_item_attributes import (
        GetPersonRelationshipsResponse200CioRelationshipsItemAttributes,
    )
    from .get_person_relationships_response_200_cio_relationships_item_identifiers import (
        GetPersonRelationshipsResponse200CioRelationshipsItemIdentifiers,
    )
    from .get_person_relationships_response_200_cio_relationships_item_timestamps import (
        GetPersonRelationshipsResponse200CioRelationshipsItemTimestamps,
    )
    from .get_person_segments_id_type import GetPersonSegmentsIdType
    from .get_person_segments_response_200 import GetPersonSegmentsResponse200
    from .get_person_segments_response_200_segments_item import (
        GetPersonSegmentsResponse200SegmentsItem,
    )
    from .get_person_subscription_preferences_id_type import (
        GetPersonSubscriptionPreferencesIdType,
    )
    from .get_person_subscription_preferences_response_200 import (
        GetPersonSubscriptionPreferencesResponse200,
    )
    from .get_person_subscription_preferences_response_200_customer import (
        GetPersonSubscriptionPreferencesResponse200Customer,
    )
    from .get_person_subscription_preferences_response_200_customer_header import (
        GetPersonSubscriptionPreferencesResponse200CustomerHeader,
    )
    from .get_person_subscription_preferences_response_200_customer_identifiers import (
        GetPersonSubscriptionPreferencesResponse200CustomerIdentifiers,
    )
    from .get_person_subscription_preferences_response_200_customer_topics_item import (
        GetPersonSubscriptionPreferencesResponse200CustomerTopicsItem,
    )
    from .get_person_subscription_preferences_response_400 import (
        GetPersonSubscriptionPreferencesResponse400,
    )
    from .get_person_subscription_preferences_response_400_meta import (
        GetPersonSubscriptionPreferencesResponse400Meta,
    )
    from .get_segment_count_response_200 import GetSegmentCountResponse200
    from .get_segment_dependencies_response_200 import GetSegmentDependenciesResponse200
    from .get_segment_dependencies_response_200_used_by import (
        GetSegmentDependenciesResponse200UsedBy,
    )
    from .get_segment_membership_email_or_id import GetSegmentMembershipEmailOrId
    from .get_segment_membership_email_or_id_identifiers_item import (
        GetSegmentMembershipEmailOrIdIdentifiersItem,
    )
    from .get_segment_membership_id_only import GetSegmentMembershipIdOnly
    from .get_segment_membership_id_only_identifiers_item import (
        GetSegmentMembershipIdOnlyIdentifiersItem,
    )
    from .get_segment_response_200 import GetSegmentResponse200
    from .get_segment_response_200_segment import GetSegmentResponse200Segment
    from .get_segment_response_200_segment_state import (
        GetSegmentResponse200SegmentState,
    )
    from .get_segment_response_200_segment_type import GetSegmentResponse200SegmentType
    from .get_sender_response_200 import GetSenderResponse200
    from .get_sender_response_200_sender_identity import (
        GetSenderResponse200SenderIdentity,
    )
    from .get_sender_response_200_sender_identity_template_type import (
        GetSenderResponse200SenderIdentityTemplateType,
    )
    from .get_sender_usage_response_200 import GetSenderUsageResponse200
    from .get_suppression_by_type_response_200 import GetSuppressionByTypeResponse200
    from .get_suppression_by_type_response_200_category import (
        GetSuppressionByTypeResponse200Category,
    )
    from .get_suppression_by_type_response_200_suppressions_item import (
        GetSuppressionByTypeResponse200SuppressionsItem,
    )
    from .get_suppression_by_type_suppression_type import (
        GetSuppressionByTypeSuppressionType,
    )
    from .get_suppression_response_200 import GetSuppressionResponse200
    from .get_suppression_response_200_category import GetSuppressionResponse200Category
    from .get_suppression_response_200_suppressions_item import (
        GetSuppressionResponse200SuppressionsItem,
    )
    from .get_topics_response_200 import GetTopicsResponse200
    from .get_topics_response_200_topics_item import GetTopicsResponse200TopicsItem
    from .get_transactional_response_200 import GetTransactionalResponse200
    from .get_transactional_response_200_message import (
        GetTransactionalResponse200Message,
    )
    from .get_transactional_variant_response_200 import (
        GetTransactionalVariantResponse200,
    )
    from .get_transactional_variant_response_200_content_item import (
        GetTransactionalVariantResponse200ContentItem,
    )
    from .get_transactional_variant_response_200_content_item_preprocessor import (
        GetTransactionalVariantResponse200ContentItemPreprocessor,
    )
    from .get_transactional_variant_response_200_content_item_type import (
        GetTransactionalVariantResponse200ContentItemType,
    )
    from .get_variant_links_period import GetVariantLinksPeriod
    from .get_variant_links_response_200 import GetVariantLinksResponse200
    from .get_variant_links_response_200_links_item import (
        GetVariantLinksResponse200LinksItem,
    )
    from .get_variant_links_response_200_links_item_link import (
        GetVariantLinksResponse200LinksItemLink,
    )
    from .get_variant_links_response_200_links_item_metric import (
        GetVariantLinksResponse200LinksItemMetric,
    )
    from .get_variant_links_response_200_links_item_metric_series import (
        GetVariantLinksResponse200LinksItemMetricSeries,
    )
    from .get_variant_links_type import GetVariantLinksType
    from .get_variant_metrics_period import GetVariantMetricsPeriod
    from .get_variant_metrics_response_200 import GetVariantMetricsResponse200
    from .get_variant_metrics_response_200_metric import (
        GetVariantMetricsResponse200Metric,
    )
    from .get_variant_metrics_response_200_metric_series import (
        GetVariantMetricsResponse200MetricSeries,
    )
    from .get_variant_metrics_type import GetVariantMetricsType
    from .get_webhook_response_200 import GetWebhookResponse200
    from .get_webhook_response_200_events_item import GetWebhookResponse200EventsItem
    from .id_3 import Id3
    from .import_body import ImportBody
    from .import_body_event import ImportBodyEvent
    from .import_body_event_data_to_process import ImportBodyEventDataToProcess
    from .import_body_event_identifier import ImportBodyEventIdentifier
    from .import_body_event_type import ImportBodyEventType
    from .import_body_object import ImportBodyObject
    from .import_body_object_data_to_process import ImportBodyObjectDataToProcess
    from .import_body_object_type import ImportBodyObjectType
    from .import_body_people import ImportBodyPeople
    from .import_body_people_data_to_process import ImportBodyPeopleDataToProcess
    from .import_body_people_identifier import ImportBodyPeopleIdentifier
    from .import_body_people_type import ImportBodyPeopleType
    from .import_body_relationship import ImportBodyRelationship
    from .import_body_relationship_data_to_process import (
        ImportBodyRelationshipDataToProcess,
    )
    from .import_body_relationship_identifier import ImportBodyRelationshipIdentifier
    from .import_body_relationship_type import ImportBodyRelationshipType
    from .import_response_200 import ImportResponse200
    from .import_response_200_import import ImportResponse200Import
    from .import_response_200_import_data_to_process import (
        ImportResponse200ImportDataToProcess,
    )
    from .import_response_200_import_identifier import ImportResponse200ImportIdentifier
    from .import_response_200_import_people_to_process import (
        ImportResponse200ImportPeopleToProcess,
    )
    from .import_response_200_import_state import ImportResponse200ImportState
    from .import_response_200_import_type import ImportResponse200ImportType
    from .in_app_attempted import InAppAttempted
    from .in_app_attempted_data import InAppAttemptedData
    from .in_app_attempted_metric import InAppAttemptedMetric
    from .in_app_attempted_object_type import InAppAttemptedObjectType
    from .in_app_clicked import InAppClicked
    from .in_app_clicked_data import InAppClickedData
    from .in_app_clicked_metric import InAppClickedMetric
    from .in_app_clicked_object_type import InAppClickedObjectType
    from .in_app_converted import InAppConverted
    from .in_app_converted_data import InAppConvertedData
    from .in_app_converted_metric import InAppConvertedMetric
    from .in_app_converted_object_type import InAppConvertedObjectType
    from .in_app_drafted import InAppDrafted
    from .in_app_drafted_metric import InAppDraftedMetric
    from .in_app_drafted_object_type import InAppDraftedObjectType
    from .in_app_failed import InAppFailed
    from .in_app_failed_data import InAppFailedData
    from .in_app_failed_metric import InAppFailedMetric
    from .in_app_failed_object_type import InAppFailedObjectType
    from .in_app_opened import InAppOpened
    from .in_app_opened_metric import InAppOpenedMetric
    from .in_app_opened_object_type import InAppOpenedObjectType
    from .in_app_sent import InAppSent
    from .in_app_sent_data import InAppSentData
    from .in_app_sent_metric import InAppSentMetric
    from .in_app_sent_object_type import InAppSentObjectType
    from .list_activities_id_type import ListActivitiesIdType
    from .list_activities_response_200 import ListActivitiesResponse200
    from .list_activities_response_200_activities_item import (
        ListActivitiesResponse200ActivitiesItem,
    )
    from .list_activities_response_200_activities_item_attribute_change import (
        ListActivitiesResponse200ActivitiesItemAttributeChange,
    )
    from .list_activities_response_200_activities_item_attribute_change_additional_property import (
        ListActivitiesResponse200ActivitiesItemAttributeChangeAdditionalProperty,
    )
    from .list_activities_response_200_activities_item_customer_identifiers import (
        ListActivitiesResponse200ActivitiesItemCustomerIdentifiers,
    )
    from .list_activities_response_200_activities_item_delivery_type import (
        ListActivitiesResponse200ActivitiesItemDeliveryType,
    )
    from .list_activities_response_200_activities_item_type import (
        ListActivitiesResponse200ActivitiesItemType,
    )
    from .list_activities_type import ListActivitiesType
    from .list_broadcast_triggers_response_200 import ListBroadcastTriggersResponse200
    from .list_broadcast_triggers_response_200_triggers_item import (
        ListBroadcastTriggersResponse200TriggersItem,
    )
    from .list_broadcasts_response_200 import ListBroadcastsResponse200
    from .list_broadcasts_response_200_broadcasts_item import (
        ListBroadcastsResponse200BroadcastsItem,
    )
    from .list_broadcasts_response_200_broadcasts_item_actions_item import (
        ListBroadcastsResponse200BroadcastsItemActionsItem,
    )
    from .list_broadcasts_response_200_broadcasts_item_actions_item_type import (
        ListBroadcastsResponse200BroadcastsItemActionsItemType,
    )
    from .list_broadcasts_response_200_broadcasts_item_msg_template_ids_item import (
        ListBroadcastsResponse200BroadcastsItemMsgTemplateIdsItem,
    )
    from .list_broadcasts_response_200_broadcasts_item_msg_template_ids_item_type import (
        ListBroadcastsResponse200BroadcastsItemMsgTemplateIdsItemType,
    )
    from .list_broadcasts_response_200_broadcasts_item_state import (
        ListBroadcastsResponse200BroadcastsItemState,
    )
    from .list_broadcasts_response_200_broadcasts_item_type import (
        ListBroadcastsResponse200BroadcastsItemType,
    )
    from .list_campaign_actions_response_200 import ListCampaignActionsResponse200
    from .list_campaigns_response_200 import ListCampaignsResponse200
    from .list_exports_response_200 import ListExportsResponse200
    from .list_exports_response_200_exports_item import (
        ListExportsResponse200ExportsItem,
    )
    from .list_exports_response_200_exports_item_status import (
        ListExportsResponse200ExportsItemStatus,
    )
    from .list_exports_response_200_exports_item_type import (
        ListExportsResponse200ExportsItemType,
    )
    from .list_messages_metric import ListMessagesMetric
    from .list_messages_response_200 import ListMessagesResponse200
    from .list_messages_response_200_messages_item import (
        ListMessagesResponse200MessagesItem,
    )
    from .list_messages_response_200_messages_item_customer_identifiers import (
        ListMessagesResponse200MessagesItemCustomerIdentifiers,
    )
    from .list_messages_response_200_messages_item_metrics import (
        ListMessagesResponse200MessagesItemMetrics,
    )
    from .list_messages_response_200_messages_item_type import (
        ListMessagesResponse200MessagesItemType,
    )
    from .list_messages_type import ListMessagesType
    from .list_newsletter_variants_response_200 import ListNewsletterVariantsResponse200
    from .list_newsletter_variants_response_200_contents_item import (
        ListNewsletterVariantsResponse200ContentsItem,
    )
    from .list_newsletter_variants_response_200_contents_item_preprocessor import (
        ListNewsletterVariantsResponse200ContentsItemPreprocessor,
    )
    from .list_newsletter_variants_response_200_contents_item_type import (
        ListNewsletterVariantsResponse200ContentsItemType,
    )
    from .list_newsletters_response_200 import ListNewslettersResponse200
    from .list_newsletters_response_200_newsletters_item import (
        ListNewslettersResponse200NewslettersItem,
    )
    from .list_newsletters_response_200_newsletters_item_type import (
        ListNewslettersResponse200NewslettersItemType,
    )
    from .list_newsletters_sort import ListNewslettersSort
    from .list_segments_response_200 import ListSegmentsResponse200
    from .list_segments_response_200_segments_item import (
        ListSegmentsResponse200SegmentsItem,
    )
    from .list_segments_response_200_segments_item_state import (
        ListSegmentsResponse200SegmentsItemState,
    )
    from .list_segments_response_200_segments_item_type import (
        ListSegmentsResponse200SegmentsItemType,
    )
    from .list_senders_response_200 import ListSendersResponse200
    from .list_senders_response_200_sender_identities_item import (
        ListSendersResponse200SenderIdentitiesItem,
    )
    from .list_senders_response_200_sender_identities_item_template_type import (
        ListSendersResponse200SenderIdentitiesItemTemplateType,
    )
    from .list_senders_sort import ListSendersSort
    from .list_snippets_response_200 import ListSnippetsResponse200
    from .list_snippets_response_200_snippets_item import (
        ListSnippetsResponse200SnippetsItem,
    )
    from .list_transactional_response_200 import ListTransactionalResponse200
    from .list_transactional_response_200_messages_item import (
        ListTransactionalResponse200MessagesItem,
    )
    from .list_transactional_variants_response_200 import (
        ListTransactionalVariantsResponse200,
    )
    from .list_transactional_variants_response_200_contents_item import (
        ListTransactionalVariantsResponse200ContentsItem,
    )
    from .list_transactional_variants_response_200_contents_item_preprocessor import (
        ListTransactionalVariantsResponse200ContentsItemPreprocessor,
    )
    from .list_transactional_variants_response_200_contents_item_type import (
        ListTransactionalVariantsResponse200ContentsItemType,
    )
    from .list_transactional_variants_response_400 import (
        ListTransactionalVariantsResponse400,
    )
    from .list_transactional_variants_response_400_meta import (
        ListTransactionalVariantsResponse400Meta,
    )
    from .list_webhooks_response_200 import ListWebhooksResponse200
    from .list_webhooks_response_200_reporting_webhooks_item import (
        ListWebhooksResponse200ReportingWebhooksItem,
    )
    from .list_webhooks_response_200_reporting_webhooks_item_events_item import (
        ListWebhooksResponse200ReportingWebhooksItemEventsItem,
    )
    from .list_workspaces_response_200 import ListWorkspacesResponse200
    from .list_workspaces_response_200_workspaces_item import (
        ListWorkspacesResponse200WorkspacesItem,
    )
    from .message_delivery import MessageDelivery
    from .newsletter import Newsletter
    from .newsletter_identifiers import NewsletterIdentifiers
    from .object_ import Object
    from .object_actions_item import ObjectActionsItem
    from .object_attribute import ObjectAttribute
    from .object_attribute_operator import ObjectAttributeOperator
    from .object_audience import ObjectAudience
    from .object_audience_person_filters import ObjectAudiencePersonFilters
    from .object_audience_relationship_filters import ObjectAudienceRelationshipFilters
    from .object_object_attribute_triggers import ObjectObjectAttributeTriggers
    from .object_state import ObjectState
    from .object_type import ObjectType
    from .or_ import Or
    from .or_2 import Or2
    from .or_3 import Or3
    from .or_3_or_item import Or3OrItem
    from .people_filter import PeopleFilter
    from .post_suppression_response_200 import PostSuppressionResponse200
    from .post_suppression_suppression_type import PostSuppressionSuppressionType
    from .push_attempted import PushAttempted
    from .push_attempted_data import PushAttemptedData
    from .push_attempted_metric import PushAttemptedMetric
    from .push_attempted_object_type import PushAttemptedObjectType
    from .push_bounced import PushBounced
    from .push_bounced_data import PushBouncedData
    from .push_bounced_data_recipients_item import PushBouncedDataRecipientsItem
    from .push_bounced_data_recipients_item_device_platform import (
        PushBouncedDataRecipientsItemDevicePlatform,
    )
    from .push_bounced_metric import PushBouncedMetric
    from .push_bounced_object_type import PushBouncedObjectType
    from .push_clicked import PushClicked
    from .push_clicked_data import PushClickedData
    from .push_clicked_data_recipients_item import PushClickedDataRecipientsItem
    from .push_clicked_data_recipients_item_device_platform import (
        PushClickedDataRecipientsItemDevicePlatform,
    )
    from .push_clicked_metric import PushClickedMetric
    from .push_clicked_object_type import PushClickedObjectType
    from .push_converted import PushConverted
    from .push_converted_data import PushConvertedData
    from .push_converted_data_recipients_item import PushConvertedDataRecipientsItem
    from .push_converted_data_recipients_item_device_platform import (
        PushConvertedDataRecipientsItemDevicePlatform,
    )
    from .push_converted_metric import PushConvertedMetric
    from .push_converted_object_type import PushConvertedObjectType
    from .push_delivered import PushDelivered
    from .push_delivered_data import PushDeliveredData
    from .push_delivered_data_recipients_item import PushDeliveredDataRecipientsItem
    from .push_delivered_data_recipients_item_device_platform import (
        PushDeliveredDataRecipientsItemDevicePlatform,
    )
    from .push_delivered_metric import PushDeliveredMetric
    from .push_delivered_object_type import PushDeliveredObjectType
    from .push_drafted import PushDrafted
    from .push_drafted_metric import PushDraftedMetric
    from .push_drafted_object_type import PushDraftedObjectType
    from .push_dropped import PushDropped
    from .push_dropped_data import PushDroppedData
    from .push_dropped_data_recipients_item import PushDroppedDataRecipientsItem
    from .push_dropped_data_recipients_item_device_platform import (
        PushDroppedDataRecipientsItemDevicePlatform,
    )
    from .push_dropped_metric import PushDroppedMetric
    from .push_dropped_object_type import PushDroppedObjectType
    from .push_failed import PushFailed
    from .push_failed_data import PushFailedData
    from .push_failed_metric import PushFailedMetric
    from .push_failed_object_type import PushFailedObjectType
    from .push_opened import PushOpened
    from .push_opened_data import PushOpenedData
    from .push_opened_data_recipients_item import PushOpenedDataRecipientsItem
    from .push_opened_data_recipients_item_device_platform import (
        PushOpenedDataRecipientsItemDevicePlatform,
    )
    from .push_opened_metric import PushOpenedMetric
    from .push_opened_object_type import PushOpenedObjectType
    from .push_sent import PushSent
    from .push_sent_data import PushSentData
    from .push_sent_data_recipients_item import PushSentDataRecipientsItem
    from .push_sent_data_recipients_item_device_platform import (
        PushSentDataRecipientsItemDevicePlatform,
    )
    from .push_sent_metric import PushSentMetric
    from .push_sent_object_type import PushSentObjectType
    from .push_undeliverable import PushUndeliverable
    from .push_undeliverable_data import PushUndeliverableData
    from .push_undeliverable_metric import PushUndeliverableMetric
    from .push_undeliverable_object_type import PushUndeliverableObjectType
    from .relationship import Relationship
    from .relationship_actions_item import RelationshipActionsItem
    from .relationship_audience import RelationshipAudience
    from .relationship_audience_person_filters import RelationshipAudiencePersonFilters
    from .relationship_audience_relationship_filters import (
        RelationshipAudienceRelationshipFilters,
    )
    from .relationship_relationship_attribute_triggers import (
        RelationshipRelationshipAttributeTriggers,
    )
    from .relationship_state import RelationshipState
    from .relationship_type import RelationshipType
    from .segment import Segment
    from .segment_2 import Segment2
    from .segment_3 import Segment3
    from .segment_4 import Segment4
    from .segment_4_actions_item import Segment4ActionsItem
    from .segment_4_msg_templates_item import Segment4MsgTemplatesItem
    from .segment_4_msg_templates_item_type import Segment4MsgTemplatesItemType
    from .segment_4_state import Segment4State
    from .segment_4_type import Segment4Type
    from .send_email_response_200 import SendEmailResponse200
    from .send_email_response_400 import SendEmailResponse400
    from .send_email_response_400_meta import SendEmailResponse400Meta
    from .send_email_response_403 import SendEmailResponse403
    from .send_email_response_403_meta import SendEmailResponse403Meta
    from .send_email_response_413 import SendEmailResponse413
    from .send_email_response_413_meta import SendEmailResponse413Meta
    from .send_email_with_template import SendEmailWithTemplate
    from .send_email_with_template_attachments import SendEmailWithTemplateAttachments
    from .send_email_with_template_message_data import SendEmailWithTemplateMessageData
    from .send_email_without_template import SendEmailWithoutTemplate
    from .send_email_without_template_attachments import (
        SendEmailWithoutTemplateAttachments,
    )
    from .send_email_without_template_message_data import (
        SendEmailWithoutTemplateMessageData,
    )
    from .send_push_body import SendPushBody
    from .send_push_body_custom_data import SendPushBodyCustomData
    from .send_push_body_custom_device import SendPushBodyCustomDevice
    from .send_push_body_custom_device_attributes import (
        SendPushBodyCustomDeviceAttributes,
    )
    from .send_push_body_custom_device_attributes_last_status import (
        SendPushBodyCustomDeviceAttributesLastStatus,
    )
    from .send_push_body_custom_device_attributes_push_enabled import (
        SendPushBodyCustomDeviceAttributesPushEnabled,
    )
    from .send_push_body_custom_device_platform import SendPushBodyCustomDevicePlatform
    from .send_push_body_custom_payload import SendPushBodyCustomPayload
    from .send_push_body_custom_payload_android import SendPushBodyCustomPayloadAndroid
    from .send_push_body_custom_payload_android_message import (
        SendPushBodyCustomPayloadAndroidMessage,
    )
    from .send_push_body_custom_payload_android_message_android import (
        SendPushBodyCustomPayloadAndroidMessageAndroid,
    )
    from .send_push_body_custom_payload_android_message_android_notification import (
        SendPushBodyCustomPayloadAndroidMessageAndroidNotification,
    )
    from .send_push_body_custom_payload_android_message_data import (
        SendPushBodyCustomPayloadAndroidMessageData,
    )
    from .send_push_body_custom_payload_android_message_notification import (
        SendPushBodyCustomPayloadAndroidMessageNotification,
    )
    from .send_push_body_custom_payload_apns import SendPushBodyCustomPayloadAPNS
    from .send_push_body_custom_payload_apns_aps import SendPushBodyCustomPayloadAPNSAps
    from .send_push_body_custom_payload_apns_aps_interruption_level import (
        SendPushBodyCustomPayloadAPNSApsInterruptionLevel,
    )
    from .send_push_body_custom_payload_apnscio import SendPushBodyCustomPayloadAPNSCIO
    from .send_push_body_custom_payload_apnscio_push import (
        SendPushBodyCustomPayloadAPNSCIOPush,
    )
    from .send_push_body_custom_payload_fcm import SendPushBodyCustomPayloadFCM
    from .send_push_body_custom_payload_fcm_message import (
        SendPushBodyCustomPayloadFCMMessage,
    )
    from .send_push_body_custom_payload_fcm_message_apns import (
        SendPushBodyCustomPayloadFCMMessageApns,
    )
    from .send_push_body_custom_payload_fcm_message_apns_headers import (
        SendPushBodyCustomPayloadFCMMessageApnsHeaders,
    )
    from .send_push_body_custom_payload_fcm_message_apns_payload import (
        SendPushBodyCustomPayloadFCMMessageApnsPayload,
    )
    from .send_push_body_custom_payload_fcm_message_apns_payload_aps import (
        SendPushBodyCustomPayloadFCMMessageApnsPayloadAps,
    )
    from .send_push_body_custom_payload_fcm_message_apns_payload_aps_interruption_level import (
        SendPushBodyCustomPayloadFCMMessageApnsPayloadApsInterruptionLevel,
    )
    from .send_push_body_custom_payload_fcm_message_apns_payload_cio import (
        SendPushBodyCustomPayloadFCMMessageApnsPayloadCIO,
    )
    from .send_push_body_custom_payload_fcm_message_apns_payload_cio_push import (
        SendPushBodyCustomPayloadFCMMessageApnsPayloadCIOPush,
    )
    from .send_push_body_message_data import SendPushBodyMessageData
    from .send_push_body_sound import SendPushBodySound
    from .send_push_body_to import SendPushBodyTo
    from .send_push_response_200 import SendPushResponse200
    from .send_push_response_400 import SendPushResponse400
    from .send_push_response_400_meta import SendPushResponse400Meta
    from .send_sms_body import SendSmsBody
    from .send_sms_body_message_data import SendSmsBodyMessageData
    from .send_sms_response_200 import SendSmsResponse200
    from .send_sms_response_400 import SendSmsResponse400
    from .send_sms_response_400_meta import SendSmsResponse400Meta
    from .send_sms_response_403 import SendSmsResponse403
    from .send_sms_response_403_meta import SendSmsResponse403Meta
    from .slack_attempted import SlackAttempted
    from .slack_attempted_data import SlackAttemptedData
    from .slack_attempted_metric import SlackAttemptedMetric
    from .slack_attempted_object_type import SlackAttemptedObjectType
    from .slack_clicked import SlackClicked
    from .slack_clicked_data import SlackClickedData
    from .slack_clicked_metric import SlackClickedMetric
    from .slack_clicked_object_type import SlackClickedObjectType
    from .slack_drafted import SlackDrafted
    from .slack_drafted_metric import SlackDraftedMetric
    from .slack_drafted_object_type import SlackDraftedObjectType
    from .slack_failed import SlackFailed
    from .slack_failed_data import SlackFailedData
    from .slack_failed_metric import SlackFailedMetric
    from .slack_failed_object_type import SlackFailedObjectType
    from .slack_sent import SlackSent
    from .slack_sent_data import SlackSentData
    from .slack_sent_metric import SlackSentMetric
    from .slack_sent_object_type import SlackSentObjectType
    from .slack_undeliverable import SlackUndeliverable
    from .slack_undeliverable_data import SlackUndeliverableData
    from .slack_undeliverable_metric import SlackUndeliverableMetric
    from .slack_undeliverable_object_type import SlackUndeliverableObjectType
    from .sms_attempted import SmsAttempted
    from .sms_attempted_data import SmsAttemptedData
    from .sms_attempted_metric import SmsAttemptedMetric
    from .sms_attempted_object_type import SmsAttemptedObjectType
    from .sms_bounced import SmsBounced
    from .sms_bounced_data import SmsBouncedData
    from .sms_bounced_metric import SmsBouncedMetric
    from .sms_bounced_object_type import SmsBouncedObjectType
    from .sms_clicked import SmsClicked
    from .sms_clicked_data import SmsClickedData
    from .sms_clicked_metric import SmsClickedMetric
    from .sms_clicked_object_type import SmsClickedObjectType
    from .sms_converted import SmsConverted
    from .sms_converted_data import SmsConvertedData
    from .sms_converted_metric import SmsConvertedMetric
    from .sms_converted_object_type import SmsConvertedObjectType
    from .sms_delivered import SmsDelivered
    from .sms_delivered_data import SmsDeliveredData
    from .sms_delivered_metric import SmsDeliveredMetric
    from .sms_delivered_object_type import SmsDeliveredObjectType
    from .sms_drafted import SmsDrafted
    from .sms_drafted_metric import SmsDraftedMetric
    from .sms_drafted_object_type import SmsDraftedObjectType
    from .sms_failed import SmsFailed
    from .sms_failed_data import SmsFailedData
    from .sms_failed_metric import SmsFailedMetric
    from .sms_failed_object_type import SmsFailedObjectType
    from .sms_mms import SmsMms
    from .sms_mms_2 import SmsMms2
    from .sms_mms_2_sending_state import SmsMms2SendingState
    from .sms_mms_2_type import SmsMms2Type
    from .sms_mms_sending_state import SmsMmsSendingState
    from .sms_mms_type import SmsMmsType
    from .sms_sent import SmsSent
    from .sms_sent_data import SmsSentData
    from .sms_sent_metric import SmsSentMetric
    from .sms_sent_object_type import SmsSentObjectType
    from .spammed import Spammed
    from .spammed_data import SpammedData
    from .spammed_metric import SpammedMetric
    from .spammed_object_type import SpammedObjectType
    from .transactional_links_period import TransactionalLinksPeriod
    from .transactional_links_response_200 import TransactionalLinksResponse200
    from .transactional_links_response_200_links_item import (
        TransactionalLinksResponse200LinksItem,
    )
    from .transactional_links_response_200_links_item_link import (
        TransactionalLinksResponse200LinksItemLink,
    )
    from .transactional_links_response_200_links_item_metric import (
        TransactionalLinksResponse200LinksItemMetric,
    )
    from .transactional_links_response_200_links_item_metric_series import (
        TransactionalLinksResponse200LinksItemMetricSeries,
    )
    from .transactional_message import TransactionalMessage
    from .transactional_message_identifiers import TransactionalMessageIdentifiers
    from .transactional_messages_metric import TransactionalMessagesMetric
    from .transactional_messages_response_200 import TransactionalMessagesResponse200
    from .transactional_messages_response_200_messages_item import (
        TransactionalMessagesResponse200MessagesItem,
    )
    from .transactional_messages_response_200_messages_item_customer_identifiers import (
        TransactionalMessagesResponse200MessagesItemCustomerIdentifiers,
    )
    from .transactional_messages_response_200_messages_item_metrics import (
        TransactionalMessagesResponse200MessagesItemMetrics,
    )
    from .transactional_messages_response_200_messages_item_type import (
        TransactionalMessagesResponse200MessagesItemType,
    )
    from .transactional_messages_state import TransactionalMessagesState
    from .transactional_metrics_period import TransactionalMetricsPeriod
    from .transactional_metrics_response_200 import TransactionalMetricsResponse200
    from .transactional_metrics_response_200_metric import (
        TransactionalMetricsResponse200Metric,
    )
    from .transactional_metrics_response_200_metric_series import (
        TransactionalMetricsResponse200MetricSeries,
    )
    from .trigger_broadcast_custom_recipients import TriggerBroadcastCustomRecipients
    from .trigger_broadcast_custom_recipients_data import (
        TriggerBroadcastCustomRecipientsData,
    )
    from .trigger_broadcast_data_file_url import TriggerBroadcastDataFileURL
    from .trigger_broadcast_data_file_url_data import TriggerBroadcastDataFileURLData
    from .trigger_broadcast_default_audience import TriggerBroadcastDefaultAudience
    from .trigger_broadcast_default_audience_data import (
        TriggerBroadcastDefaultAudienceData,
    )
    from .trigger_broadcast_emails import TriggerBroadcastEmails
    from .trigger_broadcast_emails_data import TriggerBroadcastEmailsData
    from .trigger_broadcast_i_ds import TriggerBroadcastIDs
    from .trigger_broadcast_i_ds_data import TriggerBroadcastIDsData
    from .trigger_broadcast_response_200 import TriggerBroadcastResponse200
    from .trigger_broadcast_response_422 import TriggerBroadcastResponse422
    from .trigger_broadcast_response_422_errors_item import (
        TriggerBroadcastResponse422ErrorsItem,
    )
    from .trigger_broadcast_response_422_errors_item_source import (
        TriggerBroadcastResponse422ErrorsItemSource,
    )
    from .trigger_broadcast_response_422_errors_item_status import (
        TriggerBroadcastResponse422ErrorsItemStatus,
    )
    from .trigger_broadcast_user_maps import TriggerBroadcastUserMaps
    from .trigger_broadcast_user_maps_data import TriggerBroadcastUserMapsData
    from .trigger_broadcast_user_maps_emails import TriggerBroadcastUserMapsEmails
    from .trigger_broadcast_user_maps_emails_data import (
        TriggerBroadcastUserMapsEmailsData,
    )
    from .trigger_broadcast_user_maps_ids import TriggerBroadcastUserMapsIds
    from .trigger_broadcast_user_maps_ids_data import TriggerBroadcastUserMapsIdsData
    from .undeliverable import Undeliverable
    from .undeliverable_data import UndeliverableData
    from .undeliverable_metric import UndeliverableMetric
    from .undeliverable_object_type import UndeliverableObjectType
    from .unsubscribed import Unsubscribed
    from .unsubscribed_data import UnsubscribedData
    from .unsubscribed_metric import UnsubscribedMetric
    from .unsubscribed_object_type import UnsubscribedObjectType
    from .update_attribute_metadata_body import UpdateAttributeMetadataBody
    from .update_attribute_metadata_body_attributes_item import (
        UpdateAttributeMetadataBodyAttributesItem,
    )
    from .update_attribute_metadata_body_attributes_item_privacy_level import (
        UpdateAttributeMetadataBodyAttributesItemPrivacyLevel,
    )
    from .update_attribute_metadata_response_400 import (
        UpdateAttributeMetadataResponse400,
    )
    from .update_attribute_metadata_response_400_errors_item import (
        UpdateAttributeMetadataResponse400ErrorsItem,
    )
    from .update_attribute_metadata_response_400_errors_item_detail import (
        UpdateAttributeMetadataResponse400ErrorsItemDetail,
    )
    from .update_attribute_metadata_response_400_errors_item_status import (
        UpdateAttributeMetadataResponse400ErrorsItemStatus,
    )
    from .update_attribute_metadata_response_422 import (
        UpdateAttributeMetadataResponse422,
    )
    from .update_attribute_metadata_response_422_errors_item import (
        UpdateAttributeMetadataResponse422ErrorsItem,
    )
    from .update_attribute_metadata_response_422_errors_item_detail import (
        UpdateAttributeMetadataResponse422ErrorsItemDetail,
    )
    from .update_attribute_metadata_response_422_errors_item_source import (
        UpdateAttributeMetadataResponse422ErrorsItemSource,
    )
    from .update_attribute_metadata_response_422_errors_item_status import (
        UpdateAttributeMetadataResponse422ErrorsItemStatus,
    )
    from .update_broadcast_action_language_response_200 import (
        UpdateBroadcastActionLanguageResponse200,
    )
    from .update_broadcast_action_response_200 import UpdateBroadcastActionResponse200
    from .update_campaign_action_response_200 import UpdateCampaignActionResponse200
    from .update_campaign_action_translation_response_200 import (
        UpdateCampaignActionTranslationResponse200,
    )
    from .update_collection_contents_body import UpdateCollectionContentsBody
    from .update_collection_contents_response_200 import (
        UpdateCollectionContentsResponse200,
    )
    from .update_collection_contents_response_200_collection import (
        UpdateCollectionContentsResponse200Collection,
    )
    from .update_collection_data_by_url import UpdateCollectionDataByURL
    from .update_collection_local_data import UpdateCollectionLocalData
    from .update_collection_local_data_data_item import (
        UpdateCollectionLocalDataDataItem,
    )
    from .update_collection_response_200 import UpdateCollectionResponse200
    from .update_collection_response_200_collection import (
        UpdateCollectionResponse200Collection,
    )
    from .update_event_metadata_body import UpdateEventMetadataBody
    from .update_event_metadata_body_events_item import (
        UpdateEventMetadataBodyEventsItem,
    )
    from .update_event_metadata_response_400 import UpdateEventMetadataResponse400
    from .update_event_metadata_response_400_errors_item import (
        UpdateEventMetadataResponse400ErrorsItem,
    )
    from .update_event_metadata_response_400_errors_item_detail import (
        UpdateEventMetadataResponse400ErrorsItemDetail,
    )
    from .update_event_metadata_response_400_errors_item_status import (
        UpdateEventMetadataResponse400ErrorsItemStatus,
    )
    from .update_event_metadata_response_422 import UpdateEventMetadataResponse422
    from .update_event_metadata_response_422_errors_item import (
        UpdateEventMetadataResponse422ErrorsItem,
    )
    from .update_event_metadata_response_422_errors_item_detail import (
        UpdateEventMetadataResponse422ErrorsItemDetail,
    )
    from .update_event_metadata_response_422_errors_item_source import (
        UpdateEventMetadataResponse422ErrorsItemSource,
    )
    from .update_event_metadata_response_422_errors_item_status import (
        UpdateEventMetadataResponse422ErrorsItemStatus,
    )
    from .update_newsletter_test_translation_body import (
        UpdateNewsletterTestTranslationBody,
    )
    from .update_newsletter_test_translation_body_headers_item import (
        UpdateNewsletterTestTranslationBodyHeadersItem,
    )
    from .update_newsletter_test_translation_body_preprocessor import (
        UpdateNewsletterTestTranslationBodyPreprocessor,
    )
    from .update_newsletter_test_translation_body_type import (
        UpdateNewsletterTestTranslationBodyType,
    )
    from .update_newsletter_test_translation_response_200 import (
        UpdateNewsletterTestTranslationResponse200,
    )
    from .update_newsletter_test_translation_response_200_content import (
        UpdateNewsletterTestTranslationResponse200Content,
    )
    from .update_newsletter_test_translation_response_200_content_preprocessor import (
        UpdateNewsletterTestTranslationResponse200ContentPreprocessor,
    )
    from .update_newsletter_test_translation_response_200_content_type import (
        UpdateNewsletterTestTranslationResponse200ContentType,
    )
    from .update_newsletter_variant_body import UpdateNewsletterVariantBody
    from .update_newsletter_variant_body_headers_item import (
        UpdateNewsletterVariantBodyHeadersItem,
    )
    from .update_newsletter_variant_body_preprocessor import (
        UpdateNewsletterVariantBodyPreprocessor,
    )
    from .update_newsletter_variant_body_type import UpdateNewsletterVariantBodyType
    from .update_newsletter_variant_response_200 import (
        UpdateNewsletterVariantResponse200,
    )
    from .update_newsletter_variant_response_200_content import (
        UpdateNewsletterVariantResponse200Content,
    )
    from .update_newsletter_variant_response_200_content_preprocessor import (
        UpdateNewsletterVariantResponse200ContentPreprocessor,
    )
    from .update_newsletter_variant_response_200_content_type import (
        UpdateNewsletterVariantResponse200ContentType,
    )
    from .update_newsletter_variant_translation_body import (
        UpdateNewsletterVariantTranslationBody,
    )
    from .update_newsletter_variant_translation_body_headers_item import (
        UpdateNewsletterVariantTranslationBodyHeadersItem,
    )
    from .update_newsletter_variant_translation_body_preprocessor import (
        UpdateNewsletterVariantTranslationBodyPreprocessor,
    )
    from .update_newsletter_variant_translation_body_type import (
        UpdateNewsletterVariantTranslationBodyType,
    )
    from .update_newsletter_variant_translation_response_200 import (
        UpdateNewsletterVariantTranslationResponse200,
    )
    from .update_newsletter_variant_translation_response_200_content import (
        UpdateNewsletterVariantTranslationResponse200Content,
    )
    from .update_newsletter_variant_translation_response_200_content_preprocessor import (
        UpdateNewsletterVariantTranslationResponse200ContentPreprocessor,
    )
    from .update_newsletter_variant_translation_response_200_content_type import (
        UpdateNewsletterVariantTranslationResponse200ContentType,
    )
    from .update_snippets_body import UpdateSnippetsBody
    from .update_snippets_response_200 import UpdateSnippetsResponse200
    from .update_snippets_response_200_snippet import UpdateSnippetsResponse200Snippet
    from .update_transactional_body import UpdateTransactionalBody
    from .update_transactional_body_headers_item import (
        UpdateTransactionalBodyHeadersItem,
    )
    from .update_transactional_body_preprocessor import (
        UpdateTransactionalBodyPreprocessor,
    )
    from .update_transactional_body_type import UpdateTransactionalBodyType
    from .update_transactional_response_200 import UpdateTransactionalResponse200
    from .update_transactional_response_200_content_item import (
        UpdateTransactionalResponse200ContentItem,
    )
    from .update_transactional_response_200_content_item_preprocessor import (
        UpdateTransactionalResponse200ContentItemPreprocessor,
    )
    from .update_transactional_response_200_content_item_type import (
        UpdateTransactionalResponse200ContentItemType,
    )
    from .update_transactional_response_400 import UpdateTransactionalResponse400
    from .update_transactional_response_400_meta import (
        UpdateTransactionalResponse400Meta,
    )
    from .update_transactional_variant_body import UpdateTransactionalVariantBody
    from .update_transactional_variant_body_headers_item import (
        UpdateTransactionalVariantBodyHeadersItem,
    )
    from .update_transactional_variant_body_preprocessor import (
        UpdateTransactionalVariantBodyPreprocessor,
    )
    from .update_transactional_variant_body_type import (
        UpdateTransactionalVariantBodyType,
    )
    from .update_transactional_variant_response_200 import (
        UpdateTransactionalVariantResponse200,
    )
    from .update_transactional_variant_response_200_content_item import (
        UpdateTransactionalVariantResponse200ContentItem,
    )
    from .update_transactional_variant_response_200_content_item_preprocessor import (
        UpdateTransactionalVariantResponse200ContentItemPreprocessor,
    )
    from .update_transactional_variant_response_200_content_item_type import (
        UpdateTransactionalVariantResponse200ContentItemType,
    )
    from .update_transactional_variant_response_400 import (
        UpdateTransactionalVariantResponse400,
    )
    from .update_transactional_variant_response_400_meta import (
        UpdateTransactionalVariantResponse400Meta,
    )
    from .update_webhook_body import UpdateWebhookBody
    from .update_webhook_body_events_item import UpdateWebhookBodyEventsItem
    from .update_webhook_response_200 import UpdateWebhookResponse200
    from .update_webhook_response_200_events_item import (
        UpdateWebhookResponse200EventsItem,
    )
    from .version_1_deprecated import Version1Deprecated
    from .version_1_deprecated_metric import Version1DeprecatedMetric
    from .version_1_deprecated_metric_series import Version1DeprecatedMetricSeries
    from .version_2_recommended import Version2Recommended
    from .version_2_recommended_metric import Version2RecommendedMetric
    from .version_2_recommended_metric_series import Version2RecommendedMetricSeries
    from .webhook import Webhook
    from .webhook_2 import Webhook2
    from .webhook_2_method import Webhook2Method
    from .webhook_2_sending_state import Webhook2SendingState
    from .webhook_2_type import Webhook2Type
    from .webhook_3 import Webhook3
    from .webhook_3_actions_item import Webhook3ActionsItem
    from .webhook_3_state import Webhook3State
    from .webhook_3_type import Webhook3Type
    from .webhook_attempted import WebhookAttempted
    from .webhook_attempted_data import WebhookAttemptedData
    from .webhook_attempted_metric import WebhookAttemptedMetric
    from .webhook_attempted_object_type import WebhookAttemptedObjectType
    from .webhook_clicked import WebhookClicked
    from .webhook_clicked_data import WebhookClickedData
    from .webhook_clicked_metric import WebhookClickedMetric
    from .webhook_clicked_object_type import WebhookClickedObjectType
    from .webhook_drafted import WebhookDrafted
    from .webhook_drafted_metric import WebhookDraftedMetric
    from .webhook_drafted_object_type import WebhookDraftedObjectType
    from .webhook_failed import WebhookFailed
    from .webhook_failed_data import WebhookFailedData
    from .webhook_failed_metric import WebhookFailedMetric
    from .webhook_failed_object_type import WebhookFailedObjectType
    from .webhook_method import WebhookMethod
    from .webhook_sending_state import WebhookSendingState
    from .webhook_sent import WebhookSent
    from .webhook_sent_data import WebhookSentData
    from .webhook_sent_metric import WebhookSentMetric
    from .webhook_sent_object_type import WebhookSentObjectType
    from .webhook_type import WebhookType
    from .webhook_undeliverable import WebhookUndeliverable
    from .webhook_undeliverable_data import WebhookUndeliverableData
    from .webhook_undeliverable_metric import WebhookUndeliverableMetric
    from .webhook_undeliverable_object_type import WebhookUndeliverableObjectType

_MODULE_OF: dict[str, str] = {
    "AddCollectionDataByURL": ".add_collection_data_by_url",
    "AddCollectionLocalData": ".add_collection_local_data",
    "AddCollectionLocalDataDataItem": ".add_collection_local_data_data_item",
    "AddCollectionResponse200": ".add_collection_response_200",
    "AddCollectionResponse200Collection": ".add_collection_response_200_collection",
    "And": ".and_",
    "And2": ".and_2",
    "And3": ".and_3",
    "And3AndItem": ".and_3_and_item",
    "APITriggeredBroadcast": ".api_triggered_broadcast",
    "APITriggeredBroadcastIdentifiers": ".api_triggered_broadcast_identifiers",
    "Attribute": ".attribute",
    "Attribute2": ".attribute_2",
    "AttributeOperator": ".attribute_operator",
    "Audience": ".audience",
    "BroadcastActionLinksPeriod": ".broadcast_action_links_period",
    "BroadcastActionLinksResponse200": ".broadcast_action_links_response_200",
    "BroadcastActionLinksResponse200LinksItem": ".broadcast_action_links_response_200_links_item",
    "BroadcastActionLinksResponse200LinksItemLink": ".broadcast_action_links_response_200_links_item_link",
    "BroadcastActionLinksResponse200LinksItemMetric": ".broadcast_action_links_response_200_links_item_metric",
    "BroadcastActionLinksResponse200LinksItemMetricSeries": ".broadcast_action_links_response_200_links_item_metric_series",
    "BroadcastActionLinksType": ".broadcast_action_links_type",
    "BroadcastActionMetricsPeriod": ".broadcast_action_metrics_period",
    "BroadcastActionMetricsResponse200": ".broadcast_action_metrics_response_200",
    "BroadcastActionMetricsResponse200Metric": ".broadcast_action_metrics_response_200_metric",
    "BroadcastActionMetricsResponse200MetricSeries": ".broadcast_action_metrics_response_200_metric_series",
    "BroadcastActionMetricsType": ".broadcast_action_metrics_type",
    "BroadcastActionsResponse200": ".broadcast_actions_response_200",
    "BroadcastErrorsResponse200": ".broadcast_errors_response_200",
    "BroadcastLinksPeriod": ".broadcast_links_period",
    "BroadcastLinksResponse200": ".broadcast_links_response_200",
    "BroadcastLinksResponse200LinksItem": ".broadcast_links_response_200_links_item",
    "BroadcastLinksResponse200LinksItemLink": ".broadcast_links_response_200_links_item_link",
    "BroadcastLinksResponse200LinksItemMetric": ".broadcast_links_response_200_links_item_metric",
    "BroadcastLinksResponse200LinksItemMetricSeries": ".broadcast_links_response_200_links_item_metric_series",
    "BroadcastMessagesMetric": ".broadcast_messages_metric",
    "BroadcastMessagesResponse200": ".broadcast_messages_response_200",
    "BroadcastMessagesResponse200MessagesItem": ".broadcast_messages_response_200_messages_item",
    "BroadcastMessagesResponse200MessagesItemCustomerIdentifiers": ".broadcast_messages_response_200_messages_item_customer_identifiers",
    "BroadcastMessagesResponse200MessagesItemMetrics": ".broadcast_messages_response_200_messages_item_metrics",
    "BroadcastMessagesResponse200MessagesItemType": ".broadcast_messages_response_200_messages_item_type",
    "BroadcastMessagesState": ".broadcast_messages_state",
    "BroadcastMessagesType": ".broadcast_messages_type",
    "BroadcastMetricsPeriod": ".broadcast_metrics_period",
    "BroadcastMetricsResponse200": ".broadcast_metrics_response_200",
    "BroadcastMetricsResponse200Metric": ".broadcast_metrics_response_200_metric",
    "BroadcastMetricsResponse200MetricSeries": ".broadcast_metrics_response_200_metric_series",
    "BroadcastMetricsType": ".broadcast_metrics_type",
    "BroadcastStatusResponse200": ".broadcast_status_response_200",
    "Campaign": ".campaign",
    "CampaignActionLinksPeriod": ".campaign_action_links_period",
    "CampaignActionLinksResponse200": ".campaign_action_links_response_200",
    "CampaignActionLinksResponse200LinksItem": ".campaign_action_links_response_200_links_item",
    "CampaignActionLinksResponse200LinksItemLink": ".campaign_action_links_response_200_links_item_link",
    "CampaignActionLinksResponse200LinksItemMetric": ".campaign_action_links_response_200_links_item_metric",
    "CampaignActionLinksResponse200LinksItemMetricSeries": ".campaign_action_links_response_200_links_item_metric_series",
    "CampaignActionLinksType": ".campaign_action_links_type",
    "CampaignActionMetricsPeriod": ".campaign_action_metrics_period",
    "CampaignActionMetricsRes": ".campaign_action_metrics_res",
    "CampaignActionMetricsType": ".campaign_action_metrics_type",
    "CampaignActionMetricsVersion": ".campaign_action_metrics_version",
    "CampaignIdentifiers": ".campaign_identifiers",
    "CampaignJourneyMetricsRes": ".campaign_journey_metrics_res",
    "CampaignJourneyMetricsResponse200": ".campaign_journey_metrics_response_200",
    "CampaignJourneyMetricsResponse200JourneyMetric": ".campaign_journey_metrics_response_200_journey_metric",
    "CampaignLinkMetricsPeriod": ".campaign_link_metrics_period",
    "CampaignLinkMetricsResponse200": ".campaign_link_metrics_response_200",
    "CampaignLinkMetricsResponse200LinksItem": ".campaign_link_metrics_response_200_links_item",
    "CampaignLinkMetricsResponse200LinksItemLink": ".campaign_link_metrics_response_200_links_item_link",
    "CampaignLinkMetricsResponse200LinksItemMetric": ".campaign_link_metrics_response_200_links_item_metric",
    "CampaignLinkMetricsResponse200LinksItemMetricSeries": ".campaign_link_metrics_response_200_links_item_metric_series",
    "CampaignMetricsPeriod": ".campaign_metrics_period",
    "CampaignMetricsRes": ".campaign_metrics_res",
    "CampaignMetricsType": ".campaign_metrics_type",
    "CampaignMetricsVersion": ".campaign_metrics_version",
    "CioId3": ".cio_id_3",
    "ComplexAlert": ".complex_alert",
    "CreateManSegmentBody": ".create_man_segment_body",
    "CreateManSegmentBodySegment": ".create_man_segment_body_segment",
    "CreateManSegmentResponse200": ".create_man_segment_response_200",
    "CreateManSegmentResponse200Segment": ".create_man_segment_response_200_segment",
    "CreateManSegmentResponse200SegmentState": ".create_man_segment_response_200_segment_state",
    "CreateManSegmentResponse200SegmentType": ".create_man_segment_response_200_segment_type",
    "CreateWebhookBody": ".create_webhook_body",
    "CreateWebhookBodyEventsItem": ".create_webhook_body_events_item",
    "CreateWebhookResponse200": ".create_webhook_response_200",
    "CreateWebhookResponse200EventsItem": ".create_webhook_response_200_events_item",
    "CriticalAlert": ".critical_alert",
    "CustomerCioSubscriptionPreferencesChanged": ".customer_cio_subscription_preferences_changed",
    "CustomerCioSubscriptionPreferencesChangedData": ".customer_cio_subscription_preferences_changed_data",
    "CustomerCioSubscriptionPreferencesChangedDataIdentifiers": ".customer_cio_subscription_preferences_changed_data_identifiers",
    "CustomerCioSubscriptionPreferencesChangedMetric": ".customer_cio_subscription_preferences_changed_metric",
    "CustomerCioSubscriptionPreferencesChangedObjectTypeType": ".customer_cio_subscription_preferences_changed_object_type_type",
    "CustomerSubscribed": ".customer_subscribed",
    "CustomerSubscribedData": ".customer_subscribed_data",
    "CustomerSubscribedDataIdentifiers": ".customer_subscribed_data_identifiers",
    "CustomerSubscribedMetric": ".customer_subscribed_metric",
    "CustomerSubscribedObjectType": ".customer_subscribed_object_type",
    "CustomerUnsubscribed": ".customer_unsubscribed",
    "CustomerUnsubscribedData": ".customer_unsubscribed_data",
    "CustomerUnsubscribedDataIdentifiers": ".customer_unsubscribed_data_identifiers",
    "CustomerUnsubscribedMetric": ".customer_unsubscribed_metric",
    "CustomerUnsubscribedObjectType": ".customer_unsubscribed_object_type",
    "Date": ".date",
    "DateActionsItem": ".date_actions_item",
    "DateFrequency": ".date_frequency",
    "DateState": ".date_state",
    "DateType": ".date_type",
    "DeleteSnippetResponse400": ".delete_snippet_response_400",
    "DeleteSnippetResponse400ErrorsItem": ".delete_snippet_response_400_errors_item",
    "DeleteSuppressionSuppressionType": ".delete_suppression_suppression_type",
    "DownloadExportResponse200": ".download_export_response_200",
    "Email3": ".email_3",
    "EmailAttempted": ".email_attempted",
    "EmailAttemptedData": ".email_attempted_data",
    "EmailAttemptedMetric": ".email_attempted_metric",
    "EmailAttemptedObjectType": ".email_attempted_object_type",
    "EmailBounced": ".email_bounced",
    "EmailBouncedData": ".email_bounced_data",
    "EmailBouncedMetric": ".email_bounced_metric",
    "EmailBouncedObjectType": ".email_bounced_object_type",
    "EmailClicked": ".email_clicked",
    "EmailClickedData": ".email_clicked_data",
    "EmailClickedMetric": ".email_clicked_metric",
    "EmailClickedObjectType": ".email_clicked_object_type",
    "EmailConverted": ".email_converted",
    "EmailConvertedData": ".email_converted_data",
    "EmailConvertedMetric": ".email_converted_metric",
    "EmailConvertedObjectType": ".email_converted_object_type",
    "EmailDelivered": ".email_delivered",
    "EmailDeliveredData": ".email_delivered_data",
    "EmailDeliveredMetric": ".email_delivered_metric",
    "EmailDeliveredObjectType": ".email_delivered_object_type",
    "EmailDrafted": ".email_drafted",
    "EmailDraftedData": ".email_drafted_data",
    "EmailDraftedMetric": ".email_drafted_metric",
    "EmailDraftedObjectType": ".email_drafted_object_type",
    "EmailDropped": ".email_dropped",
    "EmailDroppedData": ".email_dropped_data",
    "EmailDroppedMetric": ".email_dropped_metric",
    "EmailDroppedObjectType": ".email_dropped_object_type",
    "EmailFailed": ".email_failed",
    "EmailFailedData": ".email_failed_data",
    "EmailFailedMetric": ".email_failed_metric",
    "EmailFailedObjectType": ".email_failed_object_type",
    "EmailMessage": ".email_message",
    "EmailMessage2": ".email_message_2",
    "EmailMessage2HeadersItem": ".email_message_2_headers_item",
    "EmailMessage2Preprocessor": ".email_message_2_preprocessor",
    "EmailMessage2SendingState": ".email_message_2_sending_state",
    "EmailMessage2Type": ".email_message_2_type",
    "EmailMessage3": ".email_message_3",
    "EmailMessage3Preprocessor": ".email_message_3_preprocessor",
    "EmailMessage3SendingState": ".email_message_3_sending_state",
    "EmailMessage3Type": ".email_message_3_type",
    "EmailMessagePreprocessor": ".email_message_preprocessor",
    "EmailMessageSendingState": ".email_message_sending_state",
    "EmailMessageType": ".email_message_type",
    "EmailOpened": ".email_opened",
    "EmailOpenedData": ".email_opened_data",
    "EmailOpenedMetric": ".email_opened_metric",
    "EmailOpenedObjectType": ".email_opened_object_type",
    "EmailSent": ".email_sent",
    "EmailSentData": ".email_sent_data",
    "EmailSentMetric": ".email_sent_metric",
    "EmailSentObjectType": ".email_sent_object_type",
    "EmailUndeliverable": ".email_undeliverable",
    "EmailUndeliverableData": ".email_undeliverable_data",
    "EmailUndeliverableMetric": ".email_undeliverable_metric",
    "EmailUndeliverableObjectType": ".email_undeliverable_object_type",
    "Event": ".event",
    "EventActionsItem": ".event_actions_item",
    "EventState": ".event_state",
    "EventType": ".event_type",
    "ExportDeliveriesDataAction": ".export_deliveries_data_action",
    "ExportDeliveriesDataActionMetric": ".export_deliveries_data_action_metric",
    "ExportDeliveriesDataCampaign": ".export_deliveries_data_campaign",
    "ExportDeliveriesDataCampaignMetric": ".export_deliveries_data_campaign_metric",
    "ExportDeliveriesDataNewsletter": ".export_deliveries_data_newsletter",
    "ExportDeliveriesDataNewsletterMetric": ".export_deliveries_data_newsletter_metric",
    "ExportDeliveriesDataResponse200": ".export_deliveries_data_response_200",
    "ExportDeliveriesDataResponse200Export": ".export_deliveries_data_response_200_export",
    "ExportDeliveriesDataResponse200ExportStatus": ".export_deliveries_data_response_200_export_status",
    "ExportDeliveriesDataResponse200ExportType": ".export_deliveries_data_response_200_export_type",
    "ExportDeliveriesDataTransactionalMessage": ".export_deliveries_data_transactional_message",
    "ExportDeliveriesDataTransactionalMessageMetric": ".export_deliveries_data_transactional_message_metric",
    "ExportPeopleDataBody": ".export_people_data_body",
    "ExportPeopleDataResponse200": ".export_people_data_response_200",
    "ExportPeopleDataResponse200Export": ".export_people_data_response_200_export",
    "ExportPeopleDataResponse200ExportStatus": ".export_people_data_response_200_export_status",
    "ExportPeopleDataResponse200ExportType": ".export_people_data_response_200_export_type",
    "Form": ".form",
    "FormActionsItem": ".form_actions_item",
    "FormState": ".form_state",
    "FormType": ".form_type",
    "GetArchivedMessageResponse200": ".get_archived_message_response_200",
    "GetArchivedMessageResponse200ArchivedMessage": ".get_archived_message_response_200_archived_message",
    "GetArchivedMessageResponse200ArchivedMessageRequestMethod": ".get_archived_message_response_200_archived_message_request_method",
    "GetBroadcastActionLanguageResponse200": ".get_broadcast_action_language_response_200",
    "GetBroadcastActionResponse200": ".get_broadcast_action_response_200",
    "GetBroadcastResponse200": ".get_broadcast_response_200",
    "GetBroadcastResponse200Broadcast": ".get_broadcast_response_200_broadcast",
    "GetBroadcastResponse200BroadcastActionsItem": ".get_broadcast_response_200_broadcast_actions_item",
    "GetBroadcastResponse200BroadcastActionsItemType": ".get_broadcast_response_200_broadcast_actions_item_type",
    "GetBroadcastResponse200BroadcastMsgTemplateIdsItem": ".get_broadcast_response_200_broadcast_msg_template_ids_item",
    "GetBroadcastResponse200BroadcastMsgTemplateIdsItemType": ".get_broadcast_response_200_broadcast_msg_template_ids_item_type",
    "GetBroadcastResponse200BroadcastState": ".get_broadcast_response_200_broadcast_state",
    "GetBroadcastResponse200BroadcastType": ".get_broadcast_response_200_broadcast_type",
    "GetCampaignActionResponse200": ".get_campaign_action_response_200",
    "GetCampaignActionTranslationResponse200": ".get_campaign_action_translation_response_200",
    "GetCampaignMessagesMetric": ".get_campaign_messages_metric",
    "GetCampaignMessagesResponse200": ".get_campaign_messages_response_200",
    "GetCampaignMessagesResponse200MessagesItem": ".get_campaign_messages_response_200_messages_item",
    "GetCampaignMessagesResponse200MessagesItemCustomerIdentifiers": ".get_campaign_messages_response_200_messages_item_customer_identifiers",
    "GetCampaignMessagesResponse200MessagesItemMetrics": ".get_campaign_messages_response_200_messages_item_metrics",
    "GetCampaignMessagesResponse200MessagesItemType": ".get_campaign_messages_response_200_messages_item_type",
    "GetCampaignMessagesType": ".get_campaign_messages_type",
    "GetCampaignsResponse200": ".get_campaigns_response_200",
    "GetCioAllowlistResponse200": ".get_cio_allowlist_response_200",
    "GetCollectionContentsResponse200": ".get_collection_contents_response_200",
    "GetCollectionResponse200": ".get_collection_response_200",
    "GetCollectionResponse200Collection": ".get_collection_response_200_collection",
    "GetCollectionsResponse200": ".get_collections_response_200",
    "GetCollectionsResponse200CollectionsItem": ".get_collections_response_200_collections_item",
    "GetExportResponse200": ".get_export_response_200",
    "GetExportResponse200Export": ".get_export_response_200_export",
    "GetExportResponse200ExportStatus": ".get_export_response_200_export_status",
    "GetExportResponse200ExportType": ".get_export_response_200_export_type",
    "GetImportResponse200": ".get_import_response_200",
    "GetImportResponse200Import": ".get_import_response_200_import",
    "GetImportResponse200ImportDataToProcess": ".get_import_response_200_import_data_to_process",
    "GetImportResponse200ImportIdentifier": ".get_import_response_200_import_identifier",
    "GetImportResponse200ImportPeopleToProcess": ".get_import_response_200_import_people_to_process",
    "GetImportResponse200ImportState": ".get_import_response_200_import_state",
    "GetImportResponse200ImportType": ".get_import_response_200_import_type",
    "GetMessageResponse200": ".get_message_response_200",
    "GetMessageResponse200Message": ".get_message_response_200_message",
    "GetMessageResponse200MessageCustomerIdentifiers": ".get_message_response_200_message_customer_identifiers",
    "GetMessageResponse200MessageMetrics": ".get_message_response_200_message_metrics",
    "GetMessageResponse200MessageType": ".get_message_response_200_message_type",
    "GetNewsletterLinksPeriod": ".get_newsletter_links_period",
    "GetNewsletterLinksResponse200": ".get_newsletter_links_response_200",
    "GetNewsletterLinksResponse200LinksItem": ".get_newsletter_links_response_200_links_item",
    "GetNewsletterLinksResponse200LinksItemLink": ".get_newsletter_links_response_200_links_item_link",
    "GetNewsletterLinksResponse200LinksItemMetric": ".get_newsletter_links_response_200_links_item_metric",
    "GetNewsletterLinksResponse200LinksItemMetricSeries": ".get_newsletter_links_response_200_links_item_metric_series",
    "GetNewsletterMetricsPeriod": ".get_newsletter_metrics_period",
    "GetNewsletterMetricsResponse200": ".get_newsletter_metrics_response_200",
    "GetNewsletterMetricsResponse200Metric": ".get_newsletter_metrics_response_200_metric",
    "GetNewsletterMetricsResponse200MetricSeries": ".get_newsletter_metrics_response_200_metric_series",
    "GetNewsletterMetricsType": ".get_newsletter_metrics_type",
    "GetNewsletterMsgMetaMetric": ".get_newsletter_msg_meta_metric",
    "GetNewsletterMsgMetaResponse200": ".get_newsletter_msg_meta_response_200",
    "GetNewsletterMsgMetaResponse200MessagesItem": ".get_newsletter_msg_meta_response_200_messages_item",
    "GetNewsletterMsgMetaResponse200MessagesItemCustomerIdentifiers": ".get_newsletter_msg_meta_response_200_messages_item_customer_identifiers",
    "GetNewsletterMsgMetaResponse200MessagesItemMetrics": ".get_newsletter_msg_meta_response_200_messages_item_metrics",
    "GetNewsletterMsgMetaResponse200MessagesItemType": ".get_newsletter_msg_meta_response_200_messages_item_type",
    "GetNewsletterTestGroupsResponse200": ".get_newsletter_test_groups_response_200",
    "GetNewsletterTestGroupsResponse200TestGroupsItem": ".get_newsletter_test_groups_response_200_test_groups_item",
    "GetNewsletterVariantResponse200": ".get_newsletter_variant_response_200",
    "GetNewsletterVariantResponse200Content": ".get_newsletter_variant_response_200_content",
    "GetNewsletterVariantResponse200ContentPreprocessor": ".get_newsletter_variant_response_200_content_preprocessor",
    "GetNewsletterVariantResponse200ContentType": ".get_newsletter_variant_response_200_content_type",
    "GetNewsletterVariantTranslationResponse200": ".get_newsletter_variant_translation_response_200",
    "GetNewsletterVariantTranslationResponse200Content": ".get_newsletter_variant_translation_response_200_content",
    "GetNewsletterVariantTranslationResponse200ContentPreprocessor": ".get_newsletter_variant_translation_response_200_content_preprocessor",
    "GetNewsletterVariantTranslationResponse200ContentType": ".get_newsletter_variant_translation_response_200_content_type",
    "GetNewsletterVariantTranslationTestResponse200": ".get_newsletter_variant_translation_test_response_200",
    "GetNewsletterVariantTranslationTestResponse200Content": ".get_newsletter_variant_translation_test_response_200_content",
    "GetNewsletterVariantTranslationTestResponse200ContentPreprocessor": ".get_newsletter_variant_translation_test_response_200_content_preprocessor",
    "GetNewsletterVariantTranslationTestResponse200ContentType": ".get_newsletter_variant_translation_test_response_200_content_type",
    "GetNewslettersResponse200": ".get_newsletters_response_200",
    "GetNewslettersResponse200Newsletter": ".get_newsletters_response_200_newsletter",
    "GetNewslettersResponse200NewsletterType": ".get_newsletters_response_200_newsletter_type",
    "GetObjectAttributesIdType": ".get_object_attributes_id_type",
    "GetObjectAttributesResponse200": ".get_object_attributes_response_200",
    "GetObjectAttributesResponse200Object": ".get_object_attributes_response_200_object",
    "GetObjectAttributesResponse200ObjectAttributes": ".get_object_attributes_response_200_object_attributes",
    "GetObjectAttributesResponse200ObjectIdentifiers": ".get_object_attributes_response_200_object_identifiers",
    "GetObjectAttributesResponse200ObjectTimestamps": ".get_object_attributes_response_200_object_timestamps",
    "GetObjectRelationshipsIdType": ".get_object_relationships_id_type",
    "GetObjectRelationshipsResponse200": ".get_object_relationships_response_200",
    "GetObjectRelationshipsResponse200CioRelationshipsItem": ".get_object_relationships_response_200_cio_relationships_item",
    "GetObjectRelationshipsResponse200CioRelationshipsItemIdentifiers": ".get_object_relationships_response_200_cio_relationships_item_identifiers",
    "GetObjectTypesResponse200": ".get_object_types_response_200",
    "GetObjectTypesResponse200TypesItem": ".get_object_types_response_200_types_item",
    "GetObjectsFilterBody": ".get_objects_filter_body",
    "GetObjectsFilterBodyAnd": ".get_objects_filter_body_and",
    "GetObjectsFilterBodyAndAndItem": ".get_objects_filter_body_and_and_item",
    "GetObjectsFilterBodyNot": ".get_objects_filter_body_not",
    "GetObjectsFilterBodyNotNot": ".get_objects_filter_body_not_not",
    "GetObjectsFilterBodyObjectAttribute": ".get_objects_filter_body_object_attribute",
    "GetObjectsFilterBodyOr": ".get_objects_filter_body_or",
    "GetObjectsFilterBodyOrOrItem": ".get_objects_filter_body_or_or_item",
    "GetObjectsFilterResponse200": ".get_objects_filter_response_200",
    "GetObjectsFilterResponse200IdentifiersItem": ".get_objects_filter_response_200_identifiers_item",
    "GetPeopleByIdBody": ".get_people_by_id_body",
    "GetPeopleByIdResponse200": ".get_people_by_id_response_200",
    "GetPeopleByIdResponse200CustomersItem": ".get_people_by_id_response_200_customers_item",
    "GetPeopleByIdResponse200CustomersItemCustomer": ".get_people_by_id_response_200_customers_item_customer",
    "GetPeopleByIdResponse200CustomersItemCustomerAttributes": ".get_people_by_id_response_200_customers_item_customer_attributes",
    "GetPeopleByIdResponse200CustomersItemCustomerDevicesItem": ".get_people_by_id_response_200_customers_item_customer_devices_item",
    "GetPeopleByIdResponse200CustomersItemCustomerDevicesItemAttributes": ".get_people_by_id_response_200_customers_item_customer_devices_item_attributes",
    "GetPeopleByIdResponse200CustomersItemCustomerDevicesItemAttributesLastStatus": ".get_people_by_id_response_200_customers_item_customer_devices_item_attributes_last_status",
    "GetPeopleByIdResponse200CustomersItemCustomerDevicesItemAttributesPushEnabled": ".get_people_by_id_response_200_customers_item_customer_devices_item_attributes_push_enabled",
    "GetPeopleByIdResponse200CustomersItemCustomerDevicesItemPlatform": ".get_people_by_id_response_200_customers_item_customer_devices_item_platform",
    "GetPeopleByIdResponse200CustomersItemCustomerIdentifiers": ".get_people_by_id_response_200_customers_item_customer_identifiers",
    "GetPeopleByIdResponse200CustomersItemCustomerTimestamps": ".get_people_by_id_response_200_customers_item_customer_timestamps",
    "GetPeopleEmailResponse200": ".get_people_email_response_200",
    "GetPeopleEmailResponse200ResultsItem": ".get_people_email_response_200_results_item",
    "GetPeopleFilterBody": ".get_people_filter_body",
    "GetPeopleFilterResponse200": ".get_people_filter_response_200",
    "GetPeopleFilterResponse200IdentifiersItem": ".get_people_filter_response_200_identifiers_item",
    "GetPersonActivitiesIdType": ".get_person_activities_id_type",
    "GetPersonActivitiesResponse200": ".get_person_activities_response_200",
    "GetPersonActivitiesResponse200ActivitiesItem": ".get_person_activities_response_200_activities_item",
    "GetPersonActivitiesResponse200ActivitiesItemAttributeChange": ".get_person_activities_response_200_activities_item_attribute_change",
    "GetPersonActivitiesResponse200ActivitiesItemAttributeChangeAdditionalProperty": ".get_person_activities_response_200_activities_item_attribute_change_additional_property",
    "GetPersonActivitiesResponse200ActivitiesItemCustomerIdentifiers": ".get_person_activities_response_200_activities_item_customer_identifiers",
    "GetPersonActivitiesResponse200ActivitiesItemDeliveryType": ".get_person_activities_response_200_activities_item_delivery_type",
    "GetPersonActivitiesResponse200ActivitiesItemType": ".get_person_activities_response_200_activities_item_type",
    "GetPersonActivitiesType": ".get_person_activities_type",
    "GetPersonAttributesIdType": ".get_person_attributes_id_type",
    "GetPersonAttributesResponse200": ".get_person_attributes_response_200",
    "GetPersonAttributesResponse200Customer": ".get_person_attributes_response_200_customer",
    "GetPersonAttributesResponse200CustomerAttributes": ".get_person_attributes_response_200_customer_attributes",
    "GetPersonAttributesResponse200CustomerDevicesItem": ".get_person_attributes_response_200_customer_devices_item",
    "GetPersonAttributesResponse200CustomerDevicesItemAttributes": ".get_person_attributes_response_200_customer_devices_item_attributes",
    "GetPersonAttributesResponse200CustomerDevicesItemAttributesLastStatus": ".get_person_attributes_response_200_customer_devices_item_attributes_last_status",
    "GetPersonAttributesResponse200CustomerDevicesItemAttributesPushEnabled": ".get_person_attributes_response_200_customer_devices_item_attributes_push_enabled",
    "GetPersonAttributesResponse200CustomerDevicesItemPlatform": ".get_person_attributes_response_200_customer_devices_item_platform",
    "GetPersonAttributesResponse200CustomerIdentifiers": ".get_person_attributes_response_200_customer_identifiers",
    "GetPersonAttributesResponse200CustomerTimestamps": ".get_person_attributes_response_200_customer_timestamps",
    "GetPersonMessagesIdType": ".get_person_messages_id_type",
    "GetPersonMessagesResponse200": ".get_person_messages_response_200",
    "GetPersonMessagesResponse200MessagesItem": ".get_person_messages_response_200_messages_item",
    "GetPersonMessagesResponse200MessagesItemMetrics": ".get_person_messages_response_200_messages_item_metrics",
    "GetPersonMessagesResponse200MessagesItemType": ".get_person_messages_response_200_messages_item_type",
    "GetPersonRelationshipsResponse200": ".get_person_relationships_response_200",
    "GetPersonRelationshipsResponse200CioRelationshipsItem": ".get_person_relationships_response_200_cio_relationships_item",
    "GetPersonRelationshipsResponse200CioRelationshipsItemAttributes": ".get_person_relationships_response_200_cio_relationships_item_attributes",
    "GetPersonRelationshipsResponse200CioRelationshipsItemIdentifiers": ".get_person_relationships_response_200_cio_relationships_item_identifiers",
    "GetPersonRelationshipsResponse200CioRelationshipsItemTimestamps": ".get_person_relationships_response_200_cio_relationships_item_timestamps",
    "GetPersonSegmentsIdType": ".get_person_segments_id_type",
    "GetPersonSegmentsResponse200": ".get_person_segments_response_200",
    "GetPersonSegmentsResponse200SegmentsItem": ".get_person_segments_response_200_segments_item",
    "GetPersonSubscriptionPreferencesIdType": ".get_person_subscription_preferences_id_type",
    "GetPersonSubscriptionPreferencesResponse200": ".get_person_subscription_preferences_response_200",
    "GetPersonSubscriptionPreferencesResponse200Customer": ".get_person_subscription_preferences_response_200_customer",
    "GetPersonSubscriptionPreferencesResponse200CustomerHeader": ".get_person_subscription_preferences_response_200_customer_header",
    "GetPersonSubscriptionPreferencesResponse200CustomerIdentifiers": ".get_person_subscription_preferences_response_200_customer_identifiers",
    "GetPersonSubscriptionPreferencesResponse200CustomerTopicsItem": ".get_person_subscription_preferences_response_200_customer_topics_item",
    "GetPersonSubscriptionPreferencesResponse400": ".get_person_subscription_preferences_response_400",
    "GetPersonSubscriptionPreferencesResponse400Meta": ".get_person_subscription_preferences_response_400_meta",
    "GetSegmentCountResponse200": ".get_segment_count_response_200",
    "GetSegmentDependenciesResponse200": ".get_segment_dependencies_response_200",
    "GetSegmentDependenciesResponse200UsedBy": ".get_segment_dependencies_response_200_used_by",
    "GetSegmentMembershipEmailOrId": ".get_segment_membership_email_or_id",
    "GetSegmentMembershipEmailOrIdIdentifiersItem": ".get_segment_membership_email_or_id_identifiers_item",
    "GetSegmentMembershipIdOnly": ".get_segment_membership_id_only",
    "GetSegmentMembershipIdOnlyIdentifiersItem": ".get_segment_membership_id_only_identifiers_item",
    "GetSegmentResponse200": ".get_segment_response_200",
    "GetSegmentResponse200Segment": ".get_segment_response_200_segment",
    "GetSegmentResponse200SegmentState": ".get_segment_response_200_segment_state",
    "GetSegmentResponse200SegmentType": ".get_segment_response_200_segment_type",
    "GetSenderResponse200": ".get_sender_response_200",
    "GetSenderResponse200SenderIdentity": ".get_sender_response_200_sender_identity",
    "GetSenderResponse200SenderIdentityTemplateType": ".get_sender_response_200_sender_identity_template_type",
    "GetSenderUsageResponse200": ".get_sender_usage_response_200",
    "GetSuppressionByTypeResponse200": ".get_suppression_by_type_response_200",
    "GetSuppressionByTypeResponse200Category": ".get_suppression_by_type_response_200_category",
    "GetSuppressionByTypeResponse200SuppressionsItem": ".get_suppression_by_type_response_200_suppressions_item",
    "GetSuppressionByTypeSuppressionType": ".get_suppression_by_type_suppression_type",
    "GetSuppressionResponse200": ".get_suppression_response_200",
    "GetSuppressionResponse200Category": ".get_suppression_response_200_category",
    "GetSuppressionResponse200SuppressionsItem": ".get_suppression_response_200_suppressions_item",
    "GetTopicsResponse200": ".get_topics_response_200",
    "GetTopicsResponse200TopicsItem": ".get_topics_response_200_topics_item",
    "GetTransactionalResponse200": ".get_transactional_response_200",
    "GetTransactionalResponse200Message": ".get_transactional_response_200_message",
    "GetTransactionalVariantResponse200": ".get_transactional_variant_response_200",
    "GetTransactionalVariantResponse200ContentItem": ".get_transactional_variant_response_200_content_item",
    "GetTransactionalVariantResponse200ContentItemPreprocessor": ".get_transactional_variant_response_200_content_item_preprocessor",
    "GetTransactionalVariantResponse200ContentItemType": ".get_transactional_variant_response_200_content_item_type",
    "GetVariantLinksPeriod": ".get_variant_links_period",
    "GetVariantLinksResponse200": ".get_variant_links_response_200",
    "GetVariantLinksResponse200LinksItem": ".get_variant_links_response_200_links_item",
    "GetVariantLinksResponse200LinksItemLink": ".get_variant_links_response_200_links_item_link",
    "GetVariantLinksResponse200LinksItemMetric": ".get_variant_links_response_200_links_item_metric",
    "GetVariantLinksResponse200LinksItemMetricSeries": ".get_variant_links_response_200_links_item_metric_series",
    "GetVariantLinksType": ".get_variant_links_type",
    "GetVariantMetricsPeriod": ".get_variant_metrics_period",
    "GetVariantMetricsResponse200": ".get_variant_metrics_response_200",
    "GetVariantMetricsResponse200Metric": ".get_variant_metrics_response_200_metric",
    "GetVariantMetricsResponse200MetricSeries": ".get_variant_metrics_response_200_metric_series",
    "GetVariantMetricsType": ".get_variant_metrics_type",
    "GetWebhookResponse200": ".get_webhook_response_200",
    "GetWebhookResponse200EventsItem": ".get_webhook_response_200_events_item",
    "Id3": ".id_3",
    "ImportBody": ".import_body",
    "ImportBodyEvent": ".import_body_event",
    "ImportBodyEventDataToProcess": ".import_body_event_data_to_process",
    "ImportBodyEventIdentifier": ".import_body_event_identifier",
    "ImportBodyEventType": ".import_body_event_type",
    "ImportBodyObject": ".import_body_object",
    "ImportBodyObjectDataToProcess": ".import_body_object_data_to_process",
    "ImportBodyObjectType": ".import_body_object_type",
    "ImportBodyPeople": ".import_body_people",
    "ImportBodyPeopleDataToProcess": ".import_body_people_data_to_process",
    "ImportBodyPeopleIdentifier": ".import_body_people_identifier",
    "ImportBodyPeopleType": ".import_body_people_type",
    "ImportBodyRelationship": ".import_body_relationship",
    "ImportBodyRelationshipDataToProcess": ".import_body_relationship_data_to_process",
    "ImportBodyRelationshipIdentifier": ".import_body_relationship_identifier",
    "ImportBodyRelationshipType": ".import_body_relationship_type",
    "ImportResponse200": ".import_response_200",
    "ImportResponse200Import": ".import_response_200_import",
    "ImportResponse200ImportDataToProcess": ".import_response_200_import_data_to_process",
    "ImportResponse200ImportIdentifier": ".import_response_200_import_identifier",
    "ImportResponse200ImportPeopleToProcess": ".import_response_200_import_people_to_process",
    "ImportResponse200ImportState": ".import_response_200_import_state",
    "ImportResponse200ImportType": ".import_response_200_import_type",
    "InAppAttempted": ".in_app_attempted",
    "InAppAttemptedData": ".in_app_attempted_data",
    "InAppAttemptedMetric": ".in_app_attempted_metric",
    "InAppAttemptedObjectType": ".in_app_attempted_object_type",
    "InAppClicked": ".in_app_clicked",
    "InAppClickedData": ".in_app_clicked_data",
    "InAppClickedMetric": ".in_app_clicked_metric",
    "InAppClickedObjectType": ".in_app_clicked_object_type",
    "InAppConverted": ".in_app_converted",
    "InAppConvertedData": ".in_app_converted_data",
    "InAppConvertedMetric": ".in_app_converted_metric",
    "InAppConvertedObjectType": ".in_app_converted_object_type",
    "InAppDrafted": ".in_app_drafted",
    "InAppDraftedMetric": ".in_app_drafted_metric",
    "InAppDraftedObjectType": ".in_app_drafted_object_type",
    "InAppFailed": ".in_app_failed",
    "InAppFailedData": ".in_app_failed_data",
    "InAppFailedMetric": ".in_app_failed_metric",
    "InAppFailedObjectType": ".in_app_failed_object_type",
    "InAppOpened": ".in_app_opened",
    "InAppOpenedMetric": ".in_app_opened_metric",
    "InAppOpenedObjectType": ".in_app_opened_object_type",
    "InAppSent": ".in_app_sent",
    "InAppSentData": ".in_app_sent_data",
    "InAppSentMetric": ".in_app_sent_metric",
    "InAppSentObjectType": ".in_app_sent_object_type",
    "ListActivitiesIdType": ".list_activities_id_type",
    "ListActivitiesResponse200": ".list_activities_response_200",
    "ListActivitiesResponse200ActivitiesItem": ".list_activities_response_200_activities_item",
    "ListActivitiesResponse200ActivitiesItemAttributeChange": ".list_activities_response_200_activities_item_attribute_change",
    "ListActivitiesResponse200ActivitiesItemAttributeChangeAdditionalProperty": ".list_activities_response_200_activities_item_attribute_change_additional_property",
    "ListActivitiesResponse200ActivitiesItemCustomerIdentifiers": ".list_activities_response_200_activities_item_customer_identifiers",
    "ListActivitiesResponse200ActivitiesItemDeliveryType": ".list_activities_response_200_activities_item_delivery_type",
    "ListActivitiesResponse200ActivitiesItemType": ".list_activities_response_200_activities_item_type",
    "ListActivitiesType": ".list_activities_type",
    "ListBroadcastTriggersResponse200": ".list_broadcast_triggers_response_200",
    "ListBroadcastTriggersResponse200TriggersItem": ".list_broadcast_triggers_response_200_triggers_item",
    "ListBroadcastsResponse200": ".list_broadcasts_response_200",
    "ListBroadcastsResponse200BroadcastsItem": ".list_broadcasts_response_200_broadcasts_item",
    "ListBroadcastsResponse200BroadcastsItemActionsItem": ".list_broadcasts_response_200_broadcasts_item_actions_item",
    "ListBroadcastsResponse200BroadcastsItemActionsItemType": ".list_broadcasts_response_200_broadcasts_item_actions_item_type",
    "ListBroadcastsResponse200BroadcastsItemMsgTemplateIdsItem": ".list_broadcasts_response_200_broadcasts_item_msg_template_ids_item",
    "ListBroadcastsResponse200BroadcastsItemMsgTemplateIdsItemType": ".list_broadcasts_response_200_broadcasts_item_msg_template_ids_item_type",
    "ListBroadcastsResponse200BroadcastsItemState": ".list_broadcasts_response_200_broadcasts_item_state",
    "ListBroadcastsResponse200BroadcastsItemType": ".list_broadcasts_response_200_broadcasts_item_type",
    "ListCampaignActionsResponse200": ".list_campaign_actions_response_200",
    "ListCampaignsResponse200": ".list_campaigns_response_200",
    "ListExportsResponse200": ".list_exports_response_200",
    "ListExportsResponse200ExportsItem": ".list_exports_response_200_exports_item",
    "ListExportsResponse200ExportsItemStatus": ".list_exports_response_200_exports_item_status",
    "ListExportsResponse200ExportsItemType": ".list_exports_response_200_exports_item_type",
    "ListMessagesMetric": ".list_messages_metric",
    "ListMessagesResponse200": ".list_messages_response_200",
    "ListMessagesResponse200MessagesItem": ".list_messages_response_200_messages_item",
    "ListMessagesResponse200MessagesItemCustomerIdentifiers": ".list_messages_response_200_messages_item_customer_identifiers",
    "ListMessagesResponse200MessagesItemMetrics": ".list_messages_response_200_messages_item_metrics",
    "ListMessagesResponse200MessagesItemType": ".list_messages_response_200_messages_item_type",
    "ListMessagesType": ".list_messages_type",
    "ListNewsletterVariantsResponse200": ".list_newsletter_variants_response_200",
    "ListNewsletterVariantsResponse200ContentsItem": ".list_newsletter_variants_response_200_contents_item",
    "ListNewsletterVariantsResponse200ContentsItemPreprocessor": ".list_newsletter_variants_response_200_contents_item_preprocessor",
    "ListNewsletterVariantsResponse200ContentsItemType": ".list_newsletter_variants_response_200_contents_item_type",
    "ListNewslettersResponse200": ".list_newsletters_response_200",
    "ListNewslettersResponse200NewslettersItem": ".list_newsletters_response_200_newsletters_item",
    "ListNewslettersResponse200NewslettersItemType": ".list_newsletters_response_200_newsletters_item_type",
    "ListNewslettersSort": ".list_newsletters_sort",
    "ListSegmentsResponse200": ".list_segments_response_200",
    "ListSegmentsResponse200SegmentsItem": ".list_segments_response_200_segments_item",
    "ListSegmentsResponse200SegmentsItemState": ".list_segments_response_200_segments_item_state",
    "ListSegmentsResponse200SegmentsItemType": ".list_segments_response_200_segments_item_type",
    "ListSendersResponse200": ".list_senders_response_200",
    "ListSendersResponse200SenderIdentitiesItem": ".list_senders_response_200_sender_identities_item",
    "ListSendersResponse200SenderIdentitiesItemTemplateType": ".list_senders_response_200_sender_identities_item_template_type",
    "ListSendersSort": ".list_senders_sort",
    "ListSnippetsResponse200": ".list_snippets_response_200",
    "ListSnippetsResponse200SnippetsItem": ".list_snippets_response_200_snippets_item",
    "ListTransactionalResponse200": ".list_transactional_response_200",
    "ListTransactionalResponse200MessagesItem": ".list_transactional_response_200_messages_item",
    "ListTransactionalVariantsResponse200": ".list_transactional_variants_response_200",
    "ListTransactionalVariantsResponse200ContentsItem": ".list_transactional_variants_response_200_contents_item",
    "ListTransactionalVariantsResponse200ContentsItemPreprocessor": ".list_transactional_variants_response_200_contents_item_preprocessor",
    "ListTransactionalVariantsResponse200ContentsItemType": ".list_transactional_variants_response_200_contents_item_type",
    "ListTransactionalVariantsResponse400": ".list_transactional_variants_response_400",
    "ListTransactionalVariantsResponse400Meta": ".list_transactional_variants_response_400_meta",
    "ListWebhooksResponse200": ".list_webhooks_response_200",
    "ListWebhooksResponse200ReportingWebhooksItem": ".list_webhooks_response_200_reporting_webhooks_item",
    "ListWebhooksResponse200ReportingWebhooksItemEventsItem": ".list_webhooks_response_200_reporting_webhooks_item_events_item",
    "ListWorkspacesResponse200": ".list_workspaces_response_200",
    "ListWorkspacesResponse200WorkspacesItem": ".list_workspaces_response_200_workspaces_item",
    "MessageDelivery": ".message_delivery",
    "Newsletter": ".newsletter",
    "NewsletterIdentifiers": ".newsletter_identifiers",
    "Object": ".object_",
    "ObjectActionsItem": ".object_actions_item",
    "ObjectAttribute": ".object_attribute",
    "ObjectAttributeOperator": ".object_attribute_operator",
    "ObjectAudience": ".object_audience",
    "ObjectAudiencePersonFilters": ".object_audience_person_filters",
    "ObjectAudienceRelationshipFilters": ".object_audience_relationship_filters",
    "ObjectObjectAttributeTriggers": ".object_object_attribute_triggers",
    "ObjectState": ".object_state",
    "ObjectType": ".object_type",
    "Or": ".or_",
    "Or2": ".or_2",
    "Or3": ".or_3",
    "Or3OrItem": ".or_3_or_item",
    "PeopleFilter": ".people_filter",
    "PostSuppressionResponse200": ".post_suppression_response_200",
    "PostSuppressionSuppressionType": ".post_suppression_suppression_type",
    "PushAttempted": ".push_attempted",
    "PushAttemptedData": ".push_attempted_data",
    "PushAttemptedMetric": ".push_attempted_metric",
    "PushAttemptedObjectType": ".push_attempted_object_type",
    "PushBounced": ".push_bounced",
    "PushBouncedData": ".push_bounced_data",
    "PushBouncedDataRecipientsItem": ".push_bounced_data_recipients_item",
    "PushBouncedDataRecipientsItemDevicePlatform": ".push_bounced_data_recipients_item_device_platform",
    "PushBouncedMetric": ".push_bounced_metric",
    "PushBouncedObjectType": ".push_bounced_object_type",
    "PushClicked": ".push_clicked",
    "PushClickedData": ".push_clicked_data",
    "PushClickedDataRecipientsItem": ".push_clicked_data_recipients_item",
    "PushClickedDataRecipientsItemDevicePlatform": ".push_clicked_data_recipients_item_device_platform",
    "PushClickedMetric": ".push_clicked_metric",
    "PushClickedObjectType": ".push_clicked_object_type",
    "PushConverted": ".push_converted",
    "PushConvertedData": ".push_converted_data",
    "PushConvertedDataRecipientsItem": ".push_converted_data_recipients_item",
    "PushConvertedDataRecipientsItemDevicePlatform": ".push_converted_data_recipients_item_device_platform",
    "PushConvertedMetric": ".push_converted_metric",
    "PushConvertedObjectType": ".push_converted_object_type",
    "PushDelivered": ".push_delivered",
    "PushDeliveredData": ".push_delivered_data",
    "PushDeliveredDataRecipientsItem": ".push_delivered_data_recipients_item",
    "PushDeliveredDataRecipientsItemDevicePlatform": ".push_delivered_data_recipients_item_device_platform",
    "PushDeliveredMetric": ".push_delivered_metric",
    "PushDeliveredObjectType": ".push_delivered_object_type",
    "PushDrafted": ".push_drafted",
    "PushDraftedMetric": ".push_drafted_metric",
    "PushDraftedObjectType": ".push_drafted_object_type",
    "PushDropped": ".push_dropped",
    "PushDroppedData": ".push_dropped_data",
    "PushDroppedDataRecipientsItem": ".push_dropped_data_recipients_item",
    "PushDroppedDataRecipientsItemDevicePlatform": ".push_dropped_data_recipients_item_device_platform",
    "PushDroppedMetric": ".push_dropped_metric",
    "PushDroppedObjectType": ".push_dropped_object_type",
    "PushFailed": ".push_failed",
    "PushFailedData": ".push_failed_data",
    "PushFailedMetric": ".push_failed_metric",
    "PushFailedObjectType": ".push_failed_object_type",
    "PushOpened": ".push_opened",
    "PushOpenedData": ".push_opened_data",
    "PushOpenedDataRecipientsItem": ".push_opened_data_recipients_item",
    "PushOpenedDataRecipientsItemDevicePlatform": ".push_opened_data_recipients_item_device_platform",
    "PushOpenedMetric": ".push_opened_metric",
    "PushOpenedObjectType": ".push_opened_object_type",
    "PushSent": ".push_sent",
    "PushSentData": ".push_sent_data",
    "PushSentDataRecipientsItem": ".push_sent_data_recipients_item",
    "PushSentDataRecipientsItemDevicePlatform": ".push_sent_data_recipients_item_device_platform",
    "PushSentMetric": ".push_sent_metric",
    "PushSentObjectType": ".push_sent_object_type",
    "PushUndeliverable": ".push_undeliverable",
    "PushUndeliverableData": ".push_undeliverable_data",
    "PushUndeliverableMetric": ".push_undeliverable_metric",
    "PushUndeliverableObjectType": ".push_undeliverable_object_type",
    "Relationship": ".relationship",
    "RelationshipActionsItem": ".relationship_actions_item",
    "RelationshipAudience": ".relationship_audience",
    "RelationshipAudiencePersonFilters": ".relationship_audience_person_filters",
    "RelationshipAudienceRelationshipFilters": ".relationship_audience_relationship_filters",
    "RelationshipRelationshipAttributeTriggers": ".relationship_relationship_attribute_triggers",
    "RelationshipState": ".relationship_state",
    "RelationshipType": ".relationship_type",
    "Segment": ".segment",
    "Segment2": ".segment_2",
    "Segment3": ".segment_3",
    "Segment4": ".segment_4",
    "Segment4ActionsItem": ".segment_4_actions_item",
    "Segment4MsgTemplatesItem": ".segment_4_msg_templates_item",
    "Segment4MsgTemplatesItemType": ".segment_4_msg_templates_item_type",
    "Segment4State": ".segment_4_state",
    "Segment4Type": ".segment_4_type",
    "SendEmailResponse200": ".send_email_response_200",
    "SendEmailResponse400": ".send_email_response_400",
    "SendEmailResponse400Meta": ".send_email_response_400_meta",
    "SendEmailResponse403": ".send_email_response_403",
    "SendEmailResponse403Meta": ".send_email_response_403_meta",
    "SendEmailResponse413": ".send_email_response_413",
    "SendEmailResponse413Meta": ".send_email_response_413_meta",
    "SendEmailWithTemplate": ".send_email_with_template",
    "SendEmailWithTemplateAttachments": ".send_email_with_template_attachments",
    "SendEmailWithTemplateMessageData": ".send_email_with_template_message_data",
    "SendEmailWithoutTemplate": ".send_email_without_template",
    "SendEmailWithoutTemplateAttachments": ".send_email_without_template_attachments",
    "SendEmailWithoutTemplateMessageData": ".send_email_without_template_message_data",
    "SendPushBody": ".send_push_body",
    "SendPushBodyCustomData": ".send_push_body_custom_data",
    "SendPushBodyCustomDevice": ".send_push_body_custom_device",
    "SendPushBodyCustomDeviceAttributes": ".send_push_body_custom_device_attributes",
    "SendPushBodyCustomDeviceAttributesLastStatus": ".send_push_body_custom_device_attributes_last_status",
    "SendPushBodyCustomDeviceAttributesPushEnabled": ".send_push_body_custom_device_attributes_push_enabled",
    "SendPushBodyCustomDevicePlatform": ".send_push_body_custom_device_platform",
    "SendPushBodyCustomPayload": ".send_push_body_custom_payload",
    "SendPushBodyCustomPayloadAndroid": ".send_push_body_custom_payload_android",
    "SendPushBodyCustomPayloadAndroidMessage": ".send_push_body_custom_payload_android_message",
    "SendPushBodyCustomPayloadAndroidMessageAndroid": ".send_push_body_custom_payload_android_message_android",
    "SendPushBodyCustomPayloadAndroidMessageAndroidNotification": ".send_push_body_custom_payload_android_message_android_notification",
    "SendPushBodyCustomPayloadAndroidMessageData": ".send_push_body_custom_payload_android_message_data",
    "SendPushBodyCustomPayloadAndroidMessageNotification": ".send_push_body_custom_payload_android_message_notification",
    "SendPushBodyCustomPayloadAPNS": ".send_push_body_custom_payload_apns",
    "SendPushBodyCustomPayloadAPNSAps": ".send_push_body_custom_payload_apns_aps",
    "SendPushBodyCustomPayloadAPNSApsInterruptionLevel": ".send_push_body_custom_payload_apns_aps_interruption_level",
    "SendPushBodyCustomPayloadAPNSCIO": ".send_push_body_custom_payload_apnscio",
    "SendPushBodyCustomPayloadAPNSCIOPush": ".send_push_body_custom_payload_apnscio_push",
    "SendPushBodyCustomPayloadFCM": ".send_push_body_custom_payload_fcm",
    "SendPushBodyCustomPayloadFCMMessage": ".send_push_body_custom_payload_fcm_message",
    "SendPushBodyCustomPayloadFCMMessageApns": ".send_push_body_custom_payload_fcm_message_apns",
    "SendPushBodyCustomPayloadFCMMessageApnsHeaders": ".send_push_body_custom_payload_fcm_message_apns_headers",
    "SendPushBodyCustomPayloadFCMMessageApnsPayload": ".send_push_body_custom_payload_fcm_message_apns_payload",
    "SendPushBodyCustomPayloadFCMMessageApnsPayloadAps": ".send_push_body_custom_payload_fcm_message_apns_payload_aps",
    "SendPushBodyCustomPayloadFCMMessageApnsPayloadApsInterruptionLevel": ".send_push_body_custom_payload_fcm_message_apns_payload_aps_interruption_level",
    "SendPushBodyCustomPayloadFCMMessageApnsPayloadCIO": ".send_push_body_custom_payload_fcm_message_apns_payload_cio",
    "SendPushBodyCustomPayloadFCMMessageApnsPayloadCIOPush": ".send_push_body_custom_payload_fcm_message_apns_payload_cio_push",
    "SendPushBodyMessageData": ".send_push_body_message_data",
    "SendPushBodySound": ".send_push_body_sound",
    "SendPushBodyTo": ".send_push_body_to",
    "SendPushResponse200": ".send_push_response_200",
    "SendPushResponse400": ".send_push_response_400",
    "SendPushResponse400Meta": ".send_push_response_400_meta",
    "SendSmsBody": ".send_sms_body",
    "SendSmsBodyMessageData": ".send_sms_body_message_data",
    "SendSmsResponse200": ".send_sms_response_200",
    "SendSmsResponse400": ".send_sms_response_400",
    "SendSmsResponse400Meta": ".send_sms_response_400_meta",
    "SendSmsResponse403": ".send_sms_response_403",
    "SendSmsResponse403Meta": ".send_sms_response_403_meta",
    "SlackAttempted": ".slack_attempted",
    "SlackAttemptedData": ".slack_attempted_data",
    "SlackAttemptedMetric": ".slack_attempted_metric",
    "SlackAttemptedObjectType": ".slack_attempted_object_type",
    "SlackClicked": ".slack_clicked",
    "SlackClickedData": ".slack_clicked_data",
    "SlackClickedMetric": ".slack_clicked_metric",
    "SlackClickedObjectType": ".slack_clicked_object_type",
    "SlackDrafted": ".slack_drafted",
    "SlackDraftedMetric": ".slack_drafted_metric",
    "SlackDraftedObjectType": ".slack_drafted_object_type",
    "SlackFailed": ".slack_failed",
    "SlackFailedData": ".slack_failed_data",
    "SlackFailedMetric": ".slack_failed_metric",
    "SlackFailedObjectType": ".slack_failed_object_type",
    "SlackSent": ".slack_sent",
    "SlackSentData": ".slack_sent_data",
    "SlackSentMetric": ".slack_sent_metric",
    "SlackSentObjectType": ".slack_sent_object_type",
    "SlackUndeliverable": ".slack_undeliverable",
    "SlackUndeliverableData": ".slack_undeliverable_data",
    "SlackUndeliverableMetric": ".slack_undeliverable_metric",
    "SlackUndeliverableObjectType": ".slack_undeliverable_object_type",
    "SmsAttempted": ".sms_attempted",
    "SmsAttemptedData": ".sms_attempted_data",
    "SmsAttemptedMetric": ".sms_attempted_metric",
    "SmsAttemptedObjectType": ".sms_attempted_object_type",
    "SmsBounced": ".sms_bounced",
    "SmsBouncedData": ".sms_bounced_data",
    "SmsBouncedMetric": ".sms_bounced_metric",
    "SmsBouncedObjectType": ".sms_bounced_object_type",
    "SmsClicked": ".sms_clicked",
    "SmsClickedData": ".sms_clicked_data",
    "SmsClickedMetric": ".sms_clicked_metric",
    "SmsClickedObjectType": ".sms_clicked_object_type",
    "SmsConverted": ".sms_converted",
    "SmsConvertedData": ".sms_converted_data",
    "SmsConvertedMetric": ".sms_converted_metric",
    "SmsConvertedObjectType": ".sms_converted_object_type",
    "SmsDelivered": ".sms_delivered",
    "SmsDeliveredData": ".sms_delivered_data",
    "SmsDeliveredMetric": ".sms_delivered_metric",
    "SmsDeliveredObjectType": ".sms_delivered_object_type",
    "SmsDrafted": ".sms_drafted",
    "SmsDraftedMetric": ".sms_drafted_metric",
    "SmsDraftedObjectType": ".sms_drafted_object_type",
    "SmsFailed": ".sms_failed",
    "SmsFailedData": ".sms_failed_data",
    "SmsFailedMetric": ".sms_failed_metric",
    "SmsFailedObjectType": ".sms_failed_object_type",
    "SmsMms": ".sms_mms",
    "SmsMms2": ".sms_mms_2",
    "SmsMms2SendingState": ".sms_mms_2_sending_state",
    "SmsMms2Type": ".sms_mms_2_type",
    "SmsMmsSendingState": ".sms_mms_sending_state",
    "SmsMmsType": ".sms_mms_type",
    "SmsSent": ".sms_sent",
    "SmsSentData": ".sms_sent_data",
    "SmsSentMetric": ".sms_sent_metric",
    "SmsSentObjectType": ".sms_sent_object_type",
    "Spammed": ".spammed",
    "SpammedData": ".spammed_data",
    "SpammedMetric": ".spammed_metric",
    "SpammedObjectType": ".spammed_object_type",
    "TransactionalLinksPeriod": ".transactional_links_period",
    "TransactionalLinksResponse200": ".transactional_links_response_200",
    "TransactionalLinksResponse200LinksItem": ".transactional_links_response_200_links_item",
    "TransactionalLinksResponse200LinksItemLink": ".transactional_links_response_200_links_item_link",
    "TransactionalLinksResponse200LinksItemMetric": ".transactional_links_response_200_links_item_metric",
    "TransactionalLinksResponse200LinksItemMetricSeries": ".transactional_links_response_200_links_item_metric_series",
    "TransactionalMessage": ".transactional_message",
    "TransactionalMessageIdentifiers": ".transactional_message_identifiers",
    "TransactionalMessagesMetric": ".transactional_messages_metric",
    "TransactionalMessagesResponse200": ".transactional_messages_response_200",
    "TransactionalMessagesResponse200MessagesItem": ".transactional_messages_response_200_messages_item",
    "TransactionalMessagesResponse200MessagesItemCustomerIdentifiers": ".transactional_messages_response_200_messages_item_customer_identifiers",
    "TransactionalMessagesResponse200MessagesItemMetrics": ".transactional_messages_response_200_messages_item_metrics",
    "TransactionalMessagesResponse200MessagesItemType": ".transactional_messages_response_200_messages_item_type",
    "TransactionalMessagesState": ".transactional_messages_state",
    "TransactionalMetricsPeriod": ".transactional_metrics_period",
    "TransactionalMetricsResponse200": ".transactional_metrics_response_200",
    "TransactionalMetricsResponse200Metric": ".transactional_metrics_response_200_metric",
    "TransactionalMetricsResponse200MetricSeries": ".transactional_metrics_response_200_metric_series",
    "TriggerBroadcastCustomRecipients": ".trigger_broadcast_custom_recipients",
    "TriggerBroadcastCustomRecipientsData": ".trigger_broadcast_custom_recipients_data",
    "TriggerBroadcastDataFileURL": ".trigger_broadcast_data_file_url",
    "TriggerBroadcastDataFileURLData": ".trigger_broadcast_data_file_url_data",
    "TriggerBroadcastDefaultAudience": ".trigger_broadcast_default_audience",
    "TriggerBroadcastDefaultAudienceData": ".trigger_broadcast_default_audience_data",
    "TriggerBroadcastEmails": ".trigger_broadcast_emails",
    "TriggerBroadcastEmailsData": ".trigger_broadcast_emails_data",
    "TriggerBroadcastIDs": ".trigger_broadcast_i_ds",
    "TriggerBroadcastIDsData": ".trigger_broadcast_i_ds_data",
    "TriggerBroadcastResponse200": ".trigger_broadcast_response_200",
    "TriggerBroadcastResponse422": ".trigger_broadcast_response_422",
    "TriggerBroadcastResponse422ErrorsItem": ".trigger_broadcast_response_422_errors_item",
    "TriggerBroadcastResponse422ErrorsItemSource": ".trigger_broadcast_response_422_errors_item_source",
    "TriggerBroadcastResponse422ErrorsItemStatus": ".trigger_broadcast_response_422_errors_item_status",
    "TriggerBroadcastUserMaps": ".trigger_broadcast_user_maps",
    "TriggerBroadcastUserMapsData": ".trigger_broadcast_user_maps_data",
    "TriggerBroadcastUserMapsEmails": ".trigger_broadcast_user_maps_emails",
    "TriggerBroadcastUserMapsEmailsData": ".trigger_broadcast_user_maps_emails_data",
    "TriggerBroadcastUserMapsIds": ".trigger_broadcast_user_maps_ids",
    "TriggerBroadcastUserMapsIdsData": ".trigger_broadcast_user_maps_ids_data",
    "Undeliverable": ".undeliverable",
    "UndeliverableData": ".undeliverable_data",
    "UndeliverableMetric": ".undeliverable_metric",
    "UndeliverableObjectType": ".undeliverable_object_type",
    "Unsubscribed": ".unsubscribed",
    "UnsubscribedData": ".unsubscribed_data",
    "UnsubscribedMetric": ".unsubscribed_metric",
    "UnsubscribedObjectType": ".unsubscribed_object_type",
    "UpdateAttributeMetadataBody": ".update_attribute_metadata_body",
    "UpdateAttributeMetadataBodyAttributesItem": ".update_attribute_metadata_body_attributes_item",
    "UpdateAttributeMetadataBodyAttributesItemPrivacyLevel": ".update_attribute_metadata_body_attributes_item_privacy_level",
    "UpdateAttributeMetadataResponse400": ".update_attribute_metadata_response_400",
    "UpdateAttributeMetadataResponse400ErrorsItem": ".update_attribute_metadata_response_400_errors_item",
    "UpdateAttributeMetadataResponse400ErrorsItemDetail": ".update_attribute_metadata_response_400_errors_item_detail",
    "UpdateAttributeMetadataResponse400ErrorsItemStatus": ".update_attribute_metadata_response_400_errors_item_status",
    "UpdateAttributeMetadataResponse422": ".update_attribute_metadata_response_422",
    "UpdateAttributeMetadataResponse422ErrorsItem": ".update_attribute_metadata_response_422_errors_item",
    "UpdateAttributeMetadataResponse422ErrorsItemDetail": ".update_attribute_metadata_response_422_errors_item_detail",
    "UpdateAttributeMetadataResponse422ErrorsItemSource": ".update_attribute_metadata_response_422_errors_item_source",
    "UpdateAttributeMetadataResponse422ErrorsItemStatus": ".update_attribute_metadata_response_422_errors_item_status",
    "UpdateBroadcastActionLanguageResponse200": ".update_broadcast_action_language_response_200",
    "UpdateBroadcastActionResponse200": ".update_broadcast_action_response_200",
    "UpdateCampaignActionResponse200": ".update_campaign_action_response_200",
    "UpdateCampaignActionTranslationResponse200": ".update_campaign_action_translation_response_200",
    "UpdateCollectionContentsBody": ".update_collection_contents_body",
    "UpdateCollectionContentsResponse200": ".update_collection_contents_response_200",
    "UpdateCollectionContentsResponse200Collection": ".update_collection_contents_response_200_collection",
    "UpdateCollectionDataByURL": ".update_collection_data_by_url",
    "UpdateCollectionLocalData": ".update_collection_local_data",
    "UpdateCollectionLocalDataDataItem": ".update_collection_local_data_data_item",
    "UpdateCollectionResponse200": ".update_collection_response_200",
    "UpdateCollectionResponse200Collection": ".update_collection_response_200_collection",
    "UpdateEventMetadataBody": ".update_event_metadata_body",
    "UpdateEventMetadataBodyEventsItem": ".update_event_metadata_body_events_item",
    "UpdateEventMetadataResponse400": ".update_event_metadata_response_400",
    "UpdateEventMetadataResponse400ErrorsItem": ".update_event_metadata_response_400_errors_item",
    "UpdateEventMetadataResponse400ErrorsItemDetail": ".update_event_metadata_response_400_errors_item_detail",
    "UpdateEventMetadataResponse400ErrorsItemStatus": ".update_event_metadata_response_400_errors_item_status",
    "UpdateEventMetadataResponse422": ".update_event_metadata_response_422",
    "UpdateEventMetadataResponse422ErrorsItem": ".update_event_metadata_response_422_errors_item",
    "UpdateEventMetadataResponse422ErrorsItemDetail": ".update_event_metadata_response_422_errors_item_detail",
    "UpdateEventMetadataResponse422ErrorsItemSource": ".update_event_metadata_response_422_errors_item_source",
    "UpdateEventMetadataResponse422ErrorsItemStatus": ".update_event_metadata_response_422_errors_item_status",
    "UpdateNewsletterTestTranslationBody": ".update_newsletter_test_translation_body",
    "UpdateNewsletterTestTranslationBodyHeadersItem": ".update_newsletter_test_translation_body_headers_item",
    "UpdateNewsletterTestTranslationBodyPreprocessor": ".update_newsletter_test_translation_body_preprocessor",
    "UpdateNewsletterTestTranslationBodyType": ".update_newsletter_test_translation_body_type",
    "UpdateNewsletterTestTranslationResponse200": ".update_newsletter_test_translation_response_200",
    "UpdateNewsletterTestTranslationResponse200Content": ".update_newsletter_test_translation_response_200_content",
    "UpdateNewsletterTestTranslationResponse200ContentPreprocessor": ".update_newsletter_test_translation_response_200_content_preprocessor",
    "UpdateNewsletterTestTranslationResponse200ContentType": ".update_newsletter_test_translation_response_200_content_type",
    "UpdateNewsletterVariantBody": ".update_newsletter_variant_body",
    "UpdateNewsletterVariantBodyHeadersItem": ".update_newsletter_variant_body_headers_item",
    "UpdateNewsletterVariantBodyPreprocessor": ".update_newsletter_variant_body_preprocessor",
    "UpdateNewsletterVariantBodyType": ".update_newsletter_variant_body_type",
    "UpdateNewsletterVariantResponse200": ".update_newsletter_variant_response_200",
    "UpdateNewsletterVariantResponse200Content": ".update_newsletter_variant_response_200_content",
    "UpdateNewsletterVariantResponse200ContentPreprocessor": ".update_newsletter_variant_response_200_content_preprocessor",
    "UpdateNewsletterVariantResponse200ContentType": ".update_newsletter_variant_response_200_content_type",
    "UpdateNewsletterVariantTranslationBody": ".update_newsletter_variant_translation_body",
    "UpdateNewsletterVariantTranslationBodyHeadersItem": ".update_newsletter_variant_translation_body_headers_item",
    "UpdateNewsletterVariantTranslationBodyPreprocessor": ".update_newsletter_variant_translation_body_preprocessor",
    "UpdateNewsletterVariantTranslationBodyType": ".update_newsletter_variant_translation_body_type",
    "UpdateNewsletterVariantTranslationResponse200": ".update_newsletter_variant_translation_response_200",
    "UpdateNewsletterVariantTranslationResponse200Content": ".update_newsletter_variant_translation_response_200_content",
    "UpdateNewsletterVariantTranslationResponse200ContentPreprocessor": ".update_newsletter_variant_translation_response_200_content_preprocessor",
    "UpdateNewsletterVariantTranslationResponse200ContentType": ".update_newsletter_variant_translation_response_200_content_type",
    "UpdateSnippetsBody": ".update_snippets_body",
    "UpdateSnippetsResponse200": ".update_snippets_response_200",
    "UpdateSnippetsResponse200Snippet": ".update_snippets_response_200_snippet",
    "UpdateTransactionalBody": ".update_transactional_body",
    "UpdateTransactionalBodyHeadersItem": ".update_transactional_body_headers_item",
    "UpdateTransactionalBodyPreprocessor": ".update_transactional_body_preprocessor",
    "UpdateTransactionalBodyType": ".update_transactional_body_type",
    "UpdateTransactionalResponse200": ".update_transactional_response_200",
    "UpdateTransactionalResponse200ContentItem": ".update_transactional_response_200_content_item",
    "UpdateTransactionalResponse200ContentItemPreprocessor": ".update_transactional_response_200_content_item_preprocessor",
    "UpdateTransactionalResponse200ContentItemType": ".update_transactional_response_200_content_item_type",
    "UpdateTransactionalResponse400": ".update_transactional_response_400",
    "UpdateTransactionalResponse400Meta": ".update_transactional_response_400_meta",
    "UpdateTransactionalVariantBody": ".update_transactional_variant_body",
    "UpdateTransactionalVariantBodyHeadersItem": ".update_transactional_variant_body_headers_item",
    "UpdateTransactionalVariantBodyPreprocessor": ".update_transactional_variant_body_preprocessor",
    "UpdateTransactionalVariantBodyType": ".update_transactional_variant_body_type",
    "UpdateTransactionalVariantResponse200": ".update_transactional_variant_response_200",
    "UpdateTransactionalVariantResponse200ContentItem": ".update_transactional_variant_response_200_content_item",
    "UpdateTransactionalVariantResponse200ContentItemPreprocessor": ".update_transactional_variant_response_200_content_item_preprocessor",
    "UpdateTransactionalVariantResponse200ContentItemType": ".update_transactional_variant_response_200_content_item_type",
    "UpdateTransactionalVariantResponse400": ".update_transactional_variant_response_400",
    "UpdateTransactionalVariantResponse400Meta": ".update_transactional_variant_response_400_meta",
    "UpdateWebhookBody": ".update_webhook_body",
    "UpdateWebhookBodyEventsItem": ".update_webhook_body_events_item",
    "UpdateWebhookResponse200": ".update_webhook_response_200",
    "UpdateWebhookResponse200EventsItem": ".update_webhook_response_200_events_item",
    "Version1Deprecated": ".version_1_deprecated",
    "Version1DeprecatedMetric": ".version_1_deprecated_metric",
    "Version1DeprecatedMetricSeries": ".version_1_deprecated_metric_series",
    "Version2Recommended": ".version_2_recommended",
    "Version2RecommendedMetric": ".version_2_recommended_metric",
    "Version2RecommendedMetricSeries": ".version_2_recommended_metric_series",
    "Webhook": ".webhook",
    "Webhook2": ".webhook_2",
    "Webhook2Method": ".webhook_2_method",
    "Webhook2SendingState": ".webhook_2_sending_state",
    "Webhook2Type": ".webhook_2_type",
    "Webhook3": ".webhook_3",
    "Webhook3ActionsItem": ".webhook_3_actions_item",
    "Webhook3State": ".webhook_3_state",
    "Webhook3Type": ".webhook_3_type",
    "WebhookAttempted": ".webhook_attempted",
    "WebhookAttemptedData": ".webhook_attempted_data",
    "WebhookAttemptedMetric": ".webhook_attempted_metric",
    "WebhookAttemptedObjectType": ".webhook_attempted_object_type",
    "WebhookClicked": ".webhook_clicked",
    "WebhookClickedData": ".webhook_clicked_data",
    "WebhookClickedMetric": ".webhook_clicked_metric",
    "WebhookClickedObjectType": ".webhook_clicked_object_type",
    "WebhookDrafted": ".webhook_drafted",
    "WebhookDraftedMetric": ".webhook_drafted_metric",
    "WebhookDraftedObjectType": ".webhook_drafted_object_type",
    "WebhookFailed": ".webhook_failed",
    "WebhookFailedData": ".webhook_failed_data",
    "WebhookFailedMetric": ".webhook_failed_metric",
    "WebhookFailedObjectType": ".webhook_failed_object_type",
    "WebhookMethod": ".webhook_method",
    "WebhookSendingState": ".webhook_sending_state",
    "WebhookSent": ".webhook_sent",
    "WebhookSentData": ".webhook_sent_data",
    "WebhookSentMetric": ".webhook_sent_metric",
    "WebhookSentObjectType": ".webhook_sent_object_type",
    "WebhookType": ".webhook_type",
    "WebhookUndeliverable": ".webhook_undeliverable",
    "WebhookUndeliverableData": ".webhook_undeliverable_data",
    "WebhookUndeliverableMetric": ".webhook_undeliverable_metric",
    "WebhookUndeliverableObjectType": ".webhook_undeliverable_object_type",
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
    "APITriggeredBroadcast",
    "APITriggeredBroadcastIdentifiers",
    "AddCollectionDataByURL",
    "AddCollectionLocalData",
    "AddCollectionLocalDataDataItem",
    "AddCollectionResponse200",
    "AddCollectionResponse200Collection",
    "And",
    "And2",
    "And3",
    "And3AndItem",
    "Attribute",
    "Attribute2",
    "AttributeOperator",
    "Audience",
    "BroadcastActionLinksPeriod",
    "BroadcastActionLinksResponse200",
    "BroadcastActionLinksResponse200LinksItem",
    "BroadcastActionLinksResponse200LinksItemLink",
    "BroadcastActionLinksResponse200LinksItemMetric",
    "BroadcastActionLinksResponse200LinksItemMetricSeries",
    "BroadcastActionLinksType",
    "BroadcastActionMetricsPeriod",
    "BroadcastActionMetricsResponse200",
    "BroadcastActionMetricsResponse200Metric",
    "BroadcastActionMetricsResponse200MetricSeries",
    "BroadcastActionMetricsType",
    "BroadcastActionsResponse200",
    "BroadcastErrorsResponse200",
    "BroadcastLinksPeriod",
    "BroadcastLinksResponse200",
    "BroadcastLinksResponse200LinksItem",
    "BroadcastLinksResponse200LinksItemLink",
    "BroadcastLinksResponse200LinksItemMetric",
    "BroadcastLinksResponse200LinksItemMetricSeries",
    "BroadcastMessagesMetric",
    "BroadcastMessagesResponse200",
    "BroadcastMessagesResponse200MessagesItem",
    "BroadcastMessagesResponse200MessagesItemCustomerIdentifiers",
    "BroadcastMessagesResponse200MessagesItemMetrics",
    "BroadcastMessagesResponse200MessagesItemType",
    "BroadcastMessagesState",
    "BroadcastMessagesType",
    "BroadcastMetricsPeriod",
    "BroadcastMetricsResponse200",
    "BroadcastMetricsResponse200Metric",
    "BroadcastMetricsResponse200MetricSeries",
    "BroadcastMetricsType",
    "BroadcastStatusResponse200",
    "Campaign",
    "CampaignActionLinksPeriod",
    "CampaignActionLinksResponse200",
    "CampaignActionLinksResponse200LinksItem",
    "CampaignActionLinksResponse200LinksItemLink",
    "CampaignActionLinksResponse200LinksItemMetric",
    "CampaignActionLinksResponse200LinksItemMetricSeries",
    "CampaignActionLinksType",
    "CampaignActionMetricsPeriod",
    "CampaignActionMetricsRes",
    "CampaignActionMetricsType",
    "CampaignActionMetricsVersion",
    "CampaignIdentifiers",
    "CampaignJourneyMetricsRes",
    "CampaignJourneyMetricsResponse200",
    "CampaignJourneyMetricsResponse200JourneyMetric",
    "CampaignLinkMetricsPeriod",
    "CampaignLinkMetricsResponse200",
    "CampaignLinkMetricsResponse200LinksItem",
    "CampaignLinkMetricsResponse200LinksItemLink",
    "CampaignLinkMetricsResponse200LinksItemMetric",
    "CampaignLinkMetricsResponse200LinksItemMetricSeries",
    "CampaignMetricsPeriod",
    "CampaignMetricsRes",
    "CampaignMetricsType",
    "CampaignMetricsVersion",
    "CioId3",
    "ComplexAlert",
    "CreateManSegmentBody",
    "CreateManSegmentBodySegment",
    "CreateManSegmentResponse200",
    "CreateManSegmentResponse200Segment",
    "CreateManSegmentResponse200SegmentState",
    "CreateManSegmentResponse200SegmentType",
    "CreateWebhookBody",
    "CreateWebhookBodyEventsItem",
    "CreateWebhookResponse200",
    "CreateWebhookResponse200EventsItem",
    "CriticalAlert",
    "CustomerCioSubscriptionPreferencesChanged",
    "CustomerCioSubscriptionPreferencesChangedData",
    "CustomerCioSubscriptionPreferencesChangedDataIdentifiers",
    "CustomerCioSubscriptionPreferencesChangedMetric",
    "CustomerCioSubscriptionPreferencesChangedObjectTypeType",
    "CustomerSubscribed",
    "CustomerSubscribedData",
    "CustomerSubscribedDataIdentifiers",
    "CustomerSubscribedMetric",
    "CustomerSubscribedObjectType",
    "CustomerUnsubscribed",
    "CustomerUnsubscribedData",
    "CustomerUnsubscribedDataIdentifiers",
    "CustomerUnsubscribedMetric",
    "CustomerUnsubscribedObjectType",
    "Date",
    "DateActionsItem",
    "DateFrequency",
    "DateState",
    "DateType",
    "DeleteSnippetResponse400",
    "DeleteSnippetResponse400ErrorsItem",
    "DeleteSuppressionSuppressionType",
    "DownloadExportResponse200",
    "Email3",
    "EmailAttempted",
    "EmailAttemptedData",
    "EmailAttemptedMetric",
    "EmailAttemptedObjectType",
    "EmailBounced",
    "EmailBouncedData",
    "EmailBouncedMetric",
    "EmailBouncedObjectType",
    "EmailClicked",
    "EmailClickedData",
    "EmailClickedMetric",
    "EmailClickedObjectType",
    "EmailConverted",
    "EmailConvertedData",
    "EmailConvertedMetric",
    "EmailConvertedObjectType",
    "EmailDelivered",
    "EmailDeliveredData",
    "EmailDeliveredMetric",
    "EmailDeliveredObjectType",
    "EmailDrafted",
    "EmailDraftedData",
    "EmailDraftedMetric",
    "EmailDraftedObjectType",
    "EmailDropped",
    "EmailDroppedData",
    "EmailDroppedMetric",
    "EmailDroppedObjectType",
    "EmailFailed",
    "EmailFailedData",
    "EmailFailedMetric",
    "EmailFailedObjectType",
    "EmailMessage",
    "EmailMessage2",
    "EmailMessage2HeadersItem",
    "EmailMessage2Preprocessor",
    "EmailMessage2SendingState",
    "EmailMessage2Type",
    "EmailMessage3",
    "EmailMessage3Preprocessor",
    "EmailMessage3SendingState",
    "EmailMessage3Type",
    "EmailMessagePreprocessor",
    "EmailMessageSendingState",
    "EmailMessageType",
    "EmailOpened",
    "EmailOpenedData",
    "EmailOpenedMetric",
    "EmailOpenedObjectType",
    "EmailSent",
    "EmailSentData",
    "EmailSentMetric",
    "EmailSentObjectType",
    "EmailUndeliverable",
    "EmailUndeliverableData",
    "EmailUndeliverableMetric",
    "EmailUndeliverableObjectType",
    "Event",
    "EventActionsItem",
    "EventState",
    "EventType",
    "ExportDeliveriesDataAction",
    "ExportDeliveriesDataActionMetric",
    "ExportDeliveriesDataCampaign",
    "ExportDeliveriesDataCampaignMetric",
    "ExportDeliveriesDataNewsletter",
    "ExportDeliveriesDataNewsletterMetric",
    "ExportDeliveriesDataResponse200",
    "ExportDeliveriesDataResponse200Export",
    "ExportDeliveriesDataResponse200ExportStatus",
    "ExportDeliveriesDataResponse200ExportType",
    "ExportDeliveriesDataTransactionalMessage",
    "ExportDeliveriesDataTransactionalMessageMetric",
    "ExportPeopleDataBody",
    "ExportPeopleDataResponse200",
    "ExportPeopleDataResponse200Export",
    "ExportPeopleDataResponse200ExportStatus",
    "ExportPeopleDataResponse200ExportType",
    "Form",
    "FormActionsItem",
    "FormState",
    "FormType",
    "GetArchivedMessageResponse200",
    "GetArchivedMessageResponse200ArchivedMessage",
    "GetArchivedMessageResponse200ArchivedMessageRequestMethod",
    "GetBroadcastActionLanguageResponse200",
    "GetBroadcastActionResponse200",
    "GetBroadcastResponse200",
    "GetBroadcastResponse200Broadcast",
    "GetBroadcastResponse200BroadcastActionsItem",
    "GetBroadcastResponse200BroadcastActionsItemType",
    "GetBroadcastResponse200BroadcastMsgTemplateIdsItem",
    "GetBroadcastResponse200BroadcastMsgTemplateIdsItemType",
    "GetBroadcastResponse200BroadcastState",
    "GetBroadcastResponse200BroadcastType",
    "GetCampaignActionResponse200",
    "GetCampaignActionTranslationResponse200",
    "GetCampaignMessagesMetric",
    "GetCampaignMessagesResponse200",
    "GetCampaignMessagesResponse200MessagesItem",
    "GetCampaignMessagesResponse200MessagesItemCustomerIdentifiers",
    "GetCampaignMessagesResponse200MessagesItemMetrics",
    "GetCampaignMessagesResponse200MessagesItemType",
    "GetCampaignMessagesType",
    "GetCampaignsResponse200",
    "GetCioAllowlistResponse200",
    "GetCollectionContentsResponse200",
    "GetCollectionResponse200",
    "GetCollectionResponse200Collection",
    "GetCollectionsResponse200",
    "GetCollectionsResponse200CollectionsItem",
    "GetExportResponse200",
    "GetExportResponse200Export",
    "GetExportResponse200ExportStatus",
    "GetExportResponse200ExportType",
    "GetImportResponse200",
    "GetImportResponse200Import",
    "GetImportResponse200ImportDataToProcess",
    "GetImportResponse200ImportIdentifier",
    "GetImportResponse200ImportPeopleToProcess",
    "GetImportResponse200ImportState",
    "GetImportResponse200ImportType",
    "GetMessageResponse200",
    "GetMessageResponse200Message",
    "GetMessageResponse200MessageCustomerIdentifiers",
    "GetMessageResponse200MessageMetrics",
    "GetMessageResponse200MessageType",
    "GetNewsletterLinksPeriod",
    "GetNewsletterLinksResponse200",
    "GetNewsletterLinksResponse200LinksItem",
    "GetNewsletterLinksResponse200LinksItemLink",
    "GetNewsletterLinksResponse200LinksItemMetric",
    "GetNewsletterLinksResponse200LinksItemMetricSeries",
    "GetNewsletterMetricsPeriod",
    "GetNewsletterMetricsResponse200",
    "GetNewsletterMetricsResponse200Metric",
    "GetNewsletterMetricsResponse200MetricSeries",
    "GetNewsletterMetricsType",
    "GetNewsletterMsgMetaMetric",
    "GetNewsletterMsgMetaResponse200",
    "GetNewsletterMsgMetaResponse200MessagesItem",
    "GetNewsletterMsgMetaResponse200MessagesItemCustomerIdentifiers",
    "GetNewsletterMsgMetaResponse200MessagesItemMetrics",
    "GetNewsletterMsgMetaResponse200MessagesItemType",
    "GetNewsletterTestGroupsResponse200",
    "GetNewsletterTestGroupsResponse200TestGroupsItem",
    "GetNewsletterVariantResponse200",
    "GetNewsletterVariantResponse200Content",
    "GetNewsletterVariantResponse200ContentPreprocessor",
    "GetNewsletterVariantResponse200ContentType",
    "GetNewsletterVariantTranslationResponse200",
    "GetNewsletterVariantTranslationResponse200Content",
    "GetNewsletterVariantTranslationResponse200ContentPreprocessor",
    "GetNewsletterVariantTranslationResponse200ContentType",
    "GetNewsletterVariantTranslationTestResponse200",
    "GetNewsletterVariantTranslationTestResponse200Content",
    "GetNewsletterVariantTranslationTestResponse200ContentPreprocessor",
    "GetNewsletterVariantTranslationTestResponse200ContentType",
    "GetNewslettersResponse200",
    "GetNewslettersResponse200Newsletter",
    "GetNewslettersResponse200NewsletterType",
    "GetObjectAttributesIdType",
    "GetObjectAttributesResponse200",
    "GetObjectAttributesResponse200Object",
    "GetObjectAttributesResponse200ObjectAttributes",
    "GetObjectAttributesResponse200ObjectIdentifiers",
    "GetObjectAttributesResponse200ObjectTimestamps",
    "GetObjectRelationshipsIdType",
    "GetObjectRelationshipsResponse200",
    "GetObjectRelationshipsResponse200CioRelationshipsItem",
    "GetObjectRelationshipsResponse200CioRelationshipsItemIdentifiers",
    "GetObjectTypesResponse200",
    "GetObjectTypesResponse200TypesItem",
    "GetObjectsFilterBody",
    "GetObjectsFilterBodyAnd",
    "GetObjectsFilterBodyAndAndItem",
    "GetObjectsFilterBodyNot",
    "GetObjectsFilterBodyNotNot",
    "GetObjectsFilterBodyObjectAttribute",
    "GetObjectsFilterBodyOr",
    "GetObjectsFilterBodyOrOrItem",
    "GetObjectsFilterResponse200",
    "GetObjectsFilterResponse200IdentifiersItem",
    "GetPeopleByIdBody",
    "GetPeopleByIdResponse200",
    "GetPeopleByIdResponse200CustomersItem",
    "GetPeopleByIdResponse200CustomersItemCustomer",
    "GetPeopleByIdResponse200CustomersItemCustomerAttributes",
    "GetPeopleByIdResponse200CustomersItemCustomerDevicesItem",
    "GetPeopleByIdResponse200CustomersItemCustomerDevicesItemAttributes",
    "GetPeopleByIdResponse200CustomersItemCustomerDevicesItemAttributesLastStatus",
    "GetPeopleByIdResponse200CustomersItemCustomerDevicesItemAttributesPushEnabled",
    "GetPeopleByIdResponse200CustomersItemCustomerDevicesItemPlatform",
    "GetPeopleByIdResponse200CustomersItemCustomerIdentifiers",
    "GetPeopleByIdResponse200CustomersItemCustomerTimestamps",
    "GetPeopleEmailResponse200",
    "GetPeopleEmailResponse200ResultsItem",
    "GetPeopleFilterBody",
    "GetPeopleFilterResponse200",
    "GetPeopleFilterResponse200IdentifiersItem",
    "GetPersonActivitiesIdType",
    "GetPersonActivitiesResponse200",
    "GetPersonActivitiesResponse200ActivitiesItem",
    "GetPersonActivitiesResponse200ActivitiesItemAttributeChange",
    "GetPersonActivitiesResponse200ActivitiesItemAttributeChangeAdditionalProperty",
    "GetPersonActivitiesResponse200ActivitiesItemCustomerIdentifiers",
    "GetPersonActivitiesResponse200ActivitiesItemDeliveryType",
    "GetPersonActivitiesResponse200ActivitiesItemType",
    "GetPersonActivitiesType",
    "GetPersonAttributesIdType",
    "GetPersonAttributesResponse200",
    "GetPersonAttributesResponse200Customer",
    "GetPersonAttributesResponse200CustomerAttributes",
    "GetPersonAttributesResponse200CustomerDevicesItem",
    "GetPersonAttributesResponse200CustomerDevicesItemAttributes",
    "GetPersonAttributesResponse200CustomerDevicesItemAttributesLastStatus",
    "GetPersonAttributesResponse200CustomerDevicesItemAttributesPushEnabled",
    "GetPersonAttributesResponse200CustomerDevicesItemPlatform",
    "GetPersonAttributesResponse200CustomerIdentifiers",
    "GetPersonAttributesResponse200CustomerTimestamps",
    "GetPersonMessagesIdType",
    "GetPersonMessagesResponse200",
    "GetPersonMessagesResponse200MessagesItem",
    "GetPersonMessagesResponse200MessagesItemMetrics",
    "GetPersonMessagesResponse200MessagesItemType",
    "GetPersonRelationshipsResponse200",
    "GetPersonRelationshipsResponse200CioRelationshipsItem",
    "GetPersonRelationshipsResponse200CioRelationshipsItemAttributes",
    "GetPersonRelationshipsResponse200CioRelationshipsItemIdentifiers",
    "GetPersonRelationshipsResponse200CioRelationshipsItemTimestamps",
    "GetPersonSegmentsIdType",
    "GetPersonSegmentsResponse200",
    "GetPersonSegmentsResponse200SegmentsItem",
    "GetPersonSubscriptionPreferencesIdType",
    "GetPersonSubscriptionPreferencesResponse200",
    "GetPersonSubscriptionPreferencesResponse200Customer",
    "GetPersonSubscriptionPreferencesResponse200CustomerHeader",
    "GetPersonSubscriptionPreferencesResponse200CustomerIdentifiers",
    "GetPersonSubscriptionPreferencesResponse200CustomerTopicsItem",
    "GetPersonSubscriptionPreferencesResponse400",
    "GetPersonSubscriptionPreferencesResponse400Meta",
    "GetSegmentCountResponse200",
    "GetSegmentDependenciesResponse200",
    "GetSegmentDependenciesResponse200UsedBy",
    "GetSegmentMembershipEmailOrId",
    "GetSegmentMembershipEmailOrIdIdentifiersItem",
    "GetSegmentMembershipIdOnly",
    "GetSegmentMembershipIdOnlyIdentifiersItem",
    "GetSegmentResponse200",
    "GetSegmentResponse200Segment",
    "GetSegmentResponse200SegmentState",
    "GetSegmentResponse200SegmentType",
    "GetSenderResponse200",
    "GetSenderResponse200SenderIdentity",
    "GetSenderResponse200SenderIdentityTemplateType",
    "GetSenderUsageResponse200",
    "GetSuppressionByTypeResponse200",
    "GetSuppressionByTypeResponse200Category",
    "GetSuppressionByTypeResponse200SuppressionsItem",
    "GetSuppressionByTypeSuppressionType",
    "GetSuppressionResponse200",
    "GetSuppressionResponse200Category",
    "GetSuppressionResponse200SuppressionsItem",
    "GetTopicsResponse200",
    "GetTopicsResponse200TopicsItem",
    "GetTransactionalResponse200",
    "GetTransactionalResponse200Message",
    "GetTransactionalVariantResponse200",
    "GetTransactionalVariantResponse200ContentItem",
    "GetTransactionalVariantResponse200ContentItemPreprocessor",
    "GetTransactionalVariantResponse200ContentItemType",
    "GetVariantLinksPeriod",
    "GetVariantLinksResponse200",
    "GetVariantLinksResponse200LinksItem",
    "GetVariantLinksResponse200LinksItemLink",
    "GetVariantLinksResponse200LinksItemMetric",
    "GetVariantLinksResponse200LinksItemMetricSeries",
    "GetVariantLinksType",
    "GetVariantMetricsPeriod",
    "GetVariantMetricsResponse200",
    "GetVariantMetricsResponse200Metric",
    "GetVariantMetricsResponse200MetricSeries",
    "GetVariantMetricsType",
    "GetWebhookResponse200",
    "GetWebhookResponse200EventsItem",
    "Id3",
    "ImportBody",
    "ImportBodyEvent",
    "ImportBodyEventDataToProcess",
    "ImportBodyEventIdentifier",
    "ImportBodyEventType",
    "ImportBodyObject",
    "ImportBodyObjectDataToProcess",
    "ImportBodyObjectType",
    "ImportBodyPeople",
    "ImportBodyPeopleDataToProcess",
    "ImportBodyPeopleIdentifier",
    "ImportBodyPeopleType",
    "ImportBodyRelationship",
    "ImportBodyRelationshipDataToProcess",
    "ImportBodyRelationshipIdentifier",
    "ImportBodyRelationshipType",
    "ImportResponse200",
    "ImportResponse200Import",
    "ImportResponse200ImportDataToProcess",
    "ImportResponse200ImportIdentifier",
    "ImportResponse200ImportPeopleToProcess",
    "ImportResponse200ImportState",
    "ImportResponse200ImportType",
    "InAppAttempted",
    "InAppAttemptedData",
    "InAppAttemptedMetric",
    "InAppAttemptedObjectType",
    "InAppClicked",
    "InAppClickedData",
    "InAppClickedMetric",
    "InAppClickedObjectType",
    "InAppConverted",
    "InAppConvertedData",
    "InAppConvertedMetric",
    "InAppConvertedObjectType",
    "InAppDrafted",
    "InAppDraftedMetric",
    "InAppDraftedObjectType",
    "InAppFailed",
    "InAppFailedData",
    "InAppFailedMetric",
    "InAppFailedObjectType",
    "InAppOpened",
    "InAppOpenedMetric",
    "InAppOpenedObjectType",
    "InAppSent",
    "InAppSentData",
    "InAppSentMetric",
    "InAppSentObjectType",
    "ListActivitiesIdType",
    "ListActivitiesResponse200",
    "ListActivitiesResponse200ActivitiesItem",
    "ListActivitiesResponse200ActivitiesItemAttributeChange",
    "ListActivitiesResponse200ActivitiesItemAttributeChangeAdditionalProperty",
    "ListActivitiesResponse200ActivitiesItemCustomerIdentifiers",
    "ListActivitiesResponse200ActivitiesItemDeliveryType",
    "ListActivitiesResponse200ActivitiesItemType",
    "ListActivitiesType",
    "ListBroadcastTriggersResponse200",
    "ListBroadcastTriggersResponse200TriggersItem",
    "ListBroadcastsResponse200",
    "ListBroadcastsResponse200BroadcastsItem",
    "ListBroadcastsResponse200BroadcastsItemActionsItem",
    "ListBroadcastsResponse200BroadcastsItemActionsItemType",
    "ListBroadcastsResponse200BroadcastsItemMsgTemplateIdsItem",
    "ListBroadcastsResponse200BroadcastsItemMsgTemplateIdsItemType",
    "ListBroadcastsResponse200BroadcastsItemState",
    "ListBroadcastsResponse200BroadcastsItemType",
    "ListCampaignActionsResponse200",
    "ListCampaignsResponse200",
    "ListExportsResponse200",
    "ListExportsResponse200ExportsItem",
    "ListExportsResponse200ExportsItemStatus",
    "ListExportsResponse200ExportsItemType",
    "ListMessagesMetric",
    "ListMessagesResponse200",
    "ListMessagesResponse200MessagesItem",
    "ListMessagesResponse200MessagesItemCustomerIdentifiers",
    "ListMessagesResponse200MessagesItemMetrics",
    "ListMessagesResponse200MessagesItemType",
    "ListMessagesType",
    "ListNewsletterVariantsResponse200",
    "ListNewsletterVariantsResponse200ContentsItem",
    "ListNewsletterVariantsResponse200ContentsItemPreprocessor",
    "ListNewsletterVariantsResponse200ContentsItemType",
    "ListNewslettersResponse200",
    "ListNewslettersResponse200NewslettersItem",
    "ListNewslettersResponse200NewslettersItemType",
    "ListNewslettersSort",
    "ListSegmentsResponse200",
    "ListSegmentsResponse200SegmentsItem",
    "ListSegmentsResponse200SegmentsItemState",
    "ListSegmentsResponse200SegmentsItemType",
    "ListSendersResponse200",
    "ListSendersResponse200SenderIdentitiesItem",
    "ListSendersResponse200SenderIdentitiesItemTemplateType",
    "ListSendersSort",
    "ListSnippetsResponse200",
    "ListSnippetsResponse200SnippetsItem",
    "ListTransactionalResponse200",
    "ListTransactionalResponse200MessagesItem",
    "ListTransactionalVariantsResponse200",
    "ListTransactionalVariantsResponse200ContentsItem",
    "ListTransactionalVariantsResponse200ContentsItemPreprocessor",
    "ListTransactionalVariantsResponse200ContentsItemType",
    "ListTransactionalVariantsResponse400",
    "ListTransactionalVariantsResponse400Meta",
    "ListWebhooksResponse200",
    "ListWebhooksResponse200ReportingWebhooksItem",
    "ListWebhooksResponse200ReportingWebhooksItemEventsItem",
    "ListWorkspacesResponse200",
    "ListWorkspacesResponse200WorkspacesItem",
    "MessageDelivery",
    "Newsletter",
    "NewsletterIdentifiers",
    "Object",
    "ObjectActionsItem",
    "ObjectAttribute",
    "ObjectAttributeOperator",
    "ObjectAudience",
    "ObjectAudiencePersonFilters",
    "ObjectAudienceRelationshipFilters",
    "ObjectObjectAttributeTriggers",
    "ObjectState",
    "ObjectType",
    "Or",
    "Or2",
    "Or3",
    "Or3OrItem",
    "PeopleFilter",
    "PostSuppressionResponse200",
    "PostSuppressionSuppressionType",
    "PushAttempted",
    "PushAttemptedData",
    "PushAttemptedMetric",
    "PushAttemptedObjectType",
    "PushBounced",
    "PushBouncedData",
    "PushBouncedDataRecipientsItem",
    "PushBouncedDataRecipientsItemDevicePlatform",
    "PushBouncedMetric",
    "PushBouncedObjectType",
    "PushClicked",
    "PushClickedData",
    "PushClickedDataRecipientsItem",
    "PushClickedDataRecipientsItemDevicePlatform",
    "PushClickedMetric",
    "PushClickedObjectType",
    "PushConverted",
    "PushConvertedData",
    "PushConvertedDataRecipientsItem",
    "PushConvertedDataRecipientsItemDevicePlatform",
    "PushConvertedMetric",
    "PushConvertedObjectType",
    "PushDelivered",
    "PushDeliveredData",
    "PushDeliveredDataRecipientsItem",
    "PushDeliveredDataRecipientsItemDevicePlatform",
    "PushDeliveredMetric",
    "PushDeliveredObjectType",
    "PushDrafted",
    "PushDraftedMetric",
    "PushDraftedObjectType",
    "PushDropped",
    "PushDroppedData",
    "PushDroppedDataRecipientsItem",
    "PushDroppedDataRecipientsItemDevicePlatform",
    "PushDroppedMetric",
    "PushDroppedObjectType",
    "PushFailed",
    "PushFailedData",
    "PushFailedMetric",
    "PushFailedObjectType",
    "PushOpened",
    "PushOpenedData",
    "PushOpenedDataRecipientsItem",
    "PushOpenedDataRecipientsItemDevicePlatform",
    "PushOpenedMetric",
    "PushOpenedObjectType",
    "PushSent",
    "PushSentData",
    "PushSentDataRecipientsItem",
    "PushSentDataRecipientsItemDevicePlatform",
    "PushSentMetric",
    "PushSentObjectType",
    "PushUndeliverable",
    "PushUndeliverableData",
    "PushUndeliverableMetric",
    "PushUndeliverableObjectType",
    "Relationship",
    "RelationshipActionsItem",
    "RelationshipAudience",
    "RelationshipAudiencePersonFilters",
    "RelationshipAudienceRelationshipFilters",
    "RelationshipRelationshipAttributeTriggers",
    "RelationshipState",
    "RelationshipType",
    "Segment",
    "Segment2",
    "Segment3",
    "Segment4",
    "Segment4ActionsItem",
    "Segment4MsgTemplatesItem",
    "Segment4MsgTemplatesItemType",
    "Segment4State",
    "Segment4Type",
    "SendEmailResponse200",
    "SendEmailResponse400",
    "SendEmailResponse400Meta",
    "SendEmailResponse403",
    "SendEmailResponse403Meta",
    "SendEmailResponse413",
    "SendEmailResponse413Meta",
    "SendEmailWithTemplate",
    "SendEmailWithTemplateAttachments",
    "SendEmailWithTemplateMessageData",
    "SendEmailWithoutTemplate",
    "SendEmailWithoutTemplateAttachments",
    "SendEmailWithoutTemplateMessageData",
    "SendPushBody",
    "SendPushBodyCustomData",
    "SendPushBodyCustomDevice",
    "SendPushBodyCustomDeviceAttributes",
    "SendPushBodyCustomDeviceAttributesLastStatus",
    "SendPushBodyCustomDeviceAttributesPushEnabled",
    "SendPushBodyCustomDevicePlatform",
    "SendPushBodyCustomPayload",
    "SendPushBodyCustomPayloadAPNS",
    "SendPushBodyCustomPayloadAPNSAps",
    "SendPushBodyCustomPayloadAPNSApsInterruptionLevel",
    "SendPushBodyCustomPayloadAPNSCIO",
    "SendPushBodyCustomPayloadAPNSCIOPush",
    "SendPushBodyCustomPayloadAndroid",
    "SendPushBodyCustomPayloadAndroidMessage",
    "SendPushBodyCustomPayloadAndroidMessageAndroid",
    "SendPushBodyCustomPayloadAndroidMessageAndroidNotification",
    "SendPushBodyCustomPayloadAndroidMessageData",
    "SendPushBodyCustomPayloadAndroidMessageNotification",
    "SendPushBodyCustomPayloadFCM",
    "SendPushBodyCustomPayloadFCMMessage",
    "SendPushBodyCustomPayloadFCMMessageApns",
    "SendPushBodyCustomPayloadFCMMessageApnsHeaders",
    "SendPushBodyCustomPayloadFCMMessageApnsPayload",
    "SendPushBodyCustomPayloadFCMMessageApnsPayloadAps",
    "SendPushBodyCustomPayloadFCMMessageApnsPayloadApsInterruptionLevel",
    "SendPushBodyCustomPayloadFCMMessageApnsPayloadCIO",
    "SendPushBodyCustomPayloadFCMMessageApnsPayloadCIOPush",
    "SendPushBodyMessageData",
    "SendPushBodySound",
    "SendPushBodyTo",
    "SendPushResponse200",
    "SendPushResponse400",
    "SendPushResponse400Meta",
    "SendSmsBody",
    "SendSmsBodyMessageData",
    "SendSmsResponse200",
    "SendSmsResponse400",
    "SendSmsResponse400Meta",
    "SendSmsResponse403",
    "SendSmsResponse403Meta",
    "SlackAttempted",
    "SlackAttemptedData",
    "SlackAttemptedMetric",
    "SlackAttemptedObjectType",
    "SlackClicked",
    "SlackClickedData",
    "SlackClickedMetric",
    "SlackClickedObjectType",
    "SlackDrafted",
    "SlackDraftedMetric",
    "SlackDraftedObjectType",
    "SlackFailed",
    "SlackFailedData",
    "SlackFailedMetric",
    "SlackFailedObjectType",
    "SlackSent",
    "SlackSentData",
    "SlackSentMetric",
    "SlackSentObjectType",
    "SlackUndeliverable",
    "SlackUndeliverableData",
    "SlackUndeliverableMetric",
    "SlackUndeliverableObjectType",
    "SmsAttempted",
    "SmsAttemptedData",
    "SmsAttemptedMetric",
    "SmsAttemptedObjectType",
    "SmsBounced",
    "SmsBouncedData",
    "SmsBouncedMetric",
    "SmsBouncedObjectType",
    "SmsClicked",
    "SmsClickedData",
    "SmsClickedMetric",
    "SmsClickedObjectType",
    "SmsConverted",
    "SmsConvertedData",
    "SmsConvertedMetric",
    "SmsConvertedObjectType",
    "SmsDelivered",
    "SmsDeliveredData",
    "SmsDeliveredMetric",
    "SmsDeliveredObjectType",
    "SmsDrafted",
    "SmsDraftedMetric",
    "SmsDraftedObjectType",
    "SmsFailed",
    "SmsFailedData",
    "SmsFailedMetric",
    "SmsFailedObjectType",
    "SmsMms",
    "SmsMms2",
    "SmsMms2SendingState",
    "SmsMms2Type",
    "SmsMmsSendingState",
    "SmsMmsType",
    "SmsSent",
    "SmsSentData",
    "SmsSentMetric",
    "SmsSentObjectType",
    "Spammed",
    "SpammedData",
    "SpammedMetric",
    "SpammedObjectType",
    "TransactionalLinksPeriod",
    "TransactionalLinksResponse200",
    "TransactionalLinksResponse200LinksItem",
    "TransactionalLinksResponse200LinksItemLink",
    "TransactionalLinksResponse200LinksItemMetric",
    "TransactionalLinksResponse200LinksItemMetricSeries",
    "TransactionalMessage",
    "TransactionalMessageIdentifiers",
    "TransactionalMessagesMetric",
    "TransactionalMessagesResponse200",
    "TransactionalMessagesResponse200MessagesItem",
    "TransactionalMessagesResponse200MessagesItemCustomerIdentifiers",
    "TransactionalMessagesResponse200MessagesItemMetrics",
    "TransactionalMessagesResponse200MessagesItemType",
    "TransactionalMessagesState",
    "TransactionalMetricsPeriod",
    "TransactionalMetricsResponse200",
    "TransactionalMetricsResponse200Metric",
    "TransactionalMetricsResponse200MetricSeries",
    "TriggerBroadcastCustomRecipients",
    "TriggerBroadcastCustomRecipientsData",
    "TriggerBroadcastDataFileURL",
    "TriggerBroadcastDataFileURLData",
    "TriggerBroadcastDefaultAudience",
    "TriggerBroadcastDefaultAudienceData",
    "TriggerBroadcastEmails",
    "TriggerBroadcastEmailsData",
    "TriggerBroadcastIDs",
    "TriggerBroadcastIDsData",
    "TriggerBroadcastResponse200",
    "TriggerBroadcastResponse422",
    "TriggerBroadcastResponse422ErrorsItem",
    "TriggerBroadcastResponse422ErrorsItemSource",
    "TriggerBroadcastResponse422ErrorsItemStatus",
    "TriggerBroadcastUserMaps",
    "TriggerBroadcastUserMapsData",
    "TriggerBroadcastUserMapsEmails",
    "TriggerBroadcastUserMapsEmailsData",
    "TriggerBroadcastUserMapsIds",
    "TriggerBroadcastUserMapsIdsData",
    "Undeliverable",
    "UndeliverableData",
    "UndeliverableMetric",
    "UndeliverableObjectType",
    "Unsubscribed",
    "UnsubscribedData",
    "UnsubscribedMetric",
    "UnsubscribedObjectType",
    "UpdateAttributeMetadataBody",
    "UpdateAttributeMetadataBodyAttributesItem",
    "UpdateAttributeMetadataBodyAttributesItemPrivacyLevel",
    "UpdateAttributeMetadataResponse400",
    "UpdateAttributeMetadataResponse400ErrorsItem",
    "UpdateAttributeMetadataResponse400ErrorsItemDetail",
    "UpdateAttributeMetadataResponse400ErrorsItemStatus",
    "UpdateAttributeMetadataResponse422",
    "UpdateAttributeMetadataResponse422ErrorsItem",
    "UpdateAttributeMetadataResponse422ErrorsItemDetail",
    "UpdateAttributeMetadataResponse422ErrorsItemSource",
    "UpdateAttributeMetadataResponse422ErrorsItemStatus",
    "UpdateBroadcastActionLanguageResponse200",
    "UpdateBroadcastActionResponse200",
    "UpdateCampaignActionResponse200",
    "UpdateCampaignActionTranslationResponse200",
    "UpdateCollectionContentsBody",
    "UpdateCollectionContentsResponse200",
    "UpdateCollectionContentsResponse200Collection",
    "UpdateCollectionDataByURL",
    "UpdateCollectionLocalData",
    "UpdateCollectionLocalDataDataItem",
    "UpdateCollectionResponse200",
    "UpdateCollectionResponse200Collection",
    "UpdateEventMetadataBody",
    "UpdateEventMetadataBodyEventsItem",
    "UpdateEventMetadataResponse400",
    "UpdateEventMetadataResponse400ErrorsItem",
    "UpdateEventMetadataResponse400ErrorsItemDetail",
    "UpdateEventMetadataResponse400ErrorsItemStatus",
    "UpdateEventMetadataResponse422",
    "UpdateEventMetadataResponse422ErrorsItem",
    "UpdateEventMetadataResponse422ErrorsItemDetail",
    "UpdateEventMetadataResponse422ErrorsItemSource",
    "UpdateEventMetadataResponse422ErrorsItemStatus",
    "UpdateNewsletterTestTranslationBody",
    "UpdateNewsletterTestTranslationBodyHeadersItem",
    "UpdateNewsletterTestTranslationBodyPreprocessor",
    "UpdateNewsletterTestTranslationBodyType",
    "UpdateNewsletterTestTranslationResponse200",
    "UpdateNewsletterTestTranslationResponse200Content",
    "UpdateNewsletterTestTranslationResponse200ContentPreprocessor",
    "UpdateNewsletterTestTranslationResponse200ContentType",
    "UpdateNewsletterVariantBody",
    "UpdateNewsletterVariantBodyHeadersItem",
    "UpdateNewsletterVariantBodyPreprocessor",
    "UpdateNewsletterVariantBodyType",
    "UpdateNewsletterVariantResponse200",
    "UpdateNewsletterVariantResponse200Content",
    "UpdateNewsletterVariantResponse200ContentPreprocessor",
    "UpdateNewsletterVariantResponse200ContentType",
    "UpdateNewsletterVariantTranslationBody",
    "UpdateNewsletterVariantTranslationBodyHeadersItem",
    "UpdateNewsletterVariantTranslationBodyPreprocessor",
    "UpdateNewsletterVariantTranslationBodyType",
    "UpdateNewsletterVariantTranslationResponse200",
    "UpdateNewsletterVariantTranslationResponse200Content",
    "UpdateNewsletterVariantTranslationResponse200ContentPreprocessor",
    "UpdateNewsletterVariantTranslationResponse200ContentType",
    "UpdateSnippetsBody",
    "UpdateSnippetsResponse200",
    "UpdateSnippetsResponse200Snippet",
    "UpdateTransactionalBody",
    "UpdateTransactionalBodyHeadersItem",
    "UpdateTransactionalBodyPreprocessor",
    "UpdateTransactionalBodyType",
    "UpdateTransactionalResponse200",
    "UpdateTransactionalResponse200ContentItem",
    "UpdateTransactionalResponse200ContentItemPreprocessor",
    "UpdateTransactionalResponse200ContentItemType",
    "UpdateTransactionalResponse400",
    "UpdateTransactionalResponse400Meta",
    "UpdateTransactionalVariantBody",
    "UpdateTransactionalVariantBodyHeadersItem",
    "UpdateTransactionalVariantBodyPreprocessor",
    "UpdateTransactionalVariantBodyType",
    "UpdateTransactionalVariantResponse200",
    "UpdateTransactionalVariantResponse200ContentItem",
    "UpdateTransactionalVariantResponse200ContentItemPreprocessor",
    "UpdateTransactionalVariantResponse200ContentItemType",
    "UpdateTransactionalVariantResponse400",
    "UpdateTransactionalVariantResponse400Meta",
    "UpdateWebhookBody",
    "UpdateWebhookBodyEventsItem",
    "UpdateWebhookResponse200",
    "UpdateWebhookResponse200EventsItem",
    "Version1Deprecated",
    "Version1DeprecatedMetric",
    "Version1DeprecatedMetricSeries",
    "Version2Recommended",
    "Version2RecommendedMetric",
    "Version2RecommendedMetricSeries",
    "Webhook",
    "Webhook2",
    "Webhook2Method",
    "Webhook2SendingState",
    "Webhook2Type",
    "Webhook3",
    "Webhook3ActionsItem",
    "Webhook3State",
    "Webhook3Type",
    "WebhookAttempted",
    "WebhookAttemptedData",
    "WebhookAttemptedMetric",
    "WebhookAttemptedObjectType",
    "WebhookClicked",
    "WebhookClickedData",
    "WebhookClickedMetric",
    "WebhookClickedObjectType",
    "WebhookDrafted",
    "WebhookDraftedMetric",
    "WebhookDraftedObjectType",
    "WebhookFailed",
    "WebhookFailedData",
    "WebhookFailedMetric",
    "WebhookFailedObjectType",
    "WebhookMethod",
    "WebhookSendingState",
    "WebhookSent",
    "WebhookSentData",
    "WebhookSentMetric",
    "WebhookSentObjectType",
    "WebhookType",
    "WebhookUndeliverable",
    "WebhookUndeliverableData",
    "WebhookUndeliverableMetric",
    "WebhookUndeliverableObjectType",
)
