"""The App API's resource namespaces: readable method name -> operationId, one table per resource.

Every one of the generated client's operations has exactly one home here (a test checks that
against the spec). Methods marked (paginated) return a paginator: iterate it for the items of every
page, ``.pages()`` for the page models; ``limit=`` caps the items, ``page_size=`` is the API's
``limit``. Importing this module imports no generated code.
"""

from __future__ import annotations

from ._dispatch import Operation as Op
from ._dispatch import Resource
from ._send import Send, trigger_broadcast

__all__ = [
    "RESOURCES",
    "Activities",
    "Broadcasts",
    "Campaigns",
    "Collections",
    "Customers",
    "DataIndex",
    "ESPSuppression",
    "Exports",
    "Imports",
    "Info",
    "Messages",
    "Newsletters",
    "Objects",
    "ReportingWebhooks",
    "Segments",
    "Send",
    "SenderIdentities",
    "Snippets",
    "SubscriptionCenter",
    "Transactional",
    "Workspaces",
]


class Activities(Resource):
    """Workspace activity log."""

    list = Op("listActivities")  # (paginated)


class Broadcasts(Resource):
    """API-triggered broadcasts: trigger them, their actions, translations, metrics and triggers."""

    list = Op("listBroadcasts")
    get = Op("getBroadcast")
    trigger = trigger_broadcast
    trigger_status = Op("broadcastStatus")
    trigger_errors = Op("broadcastErrors")  # (paginated)
    list_triggers = Op("listBroadcastTriggers")
    metrics = Op("broadcastMetrics")
    link_metrics = Op("broadcastLinks")
    list_messages = Op("broadcastMessages")  # (paginated)
    list_actions = Op("broadcastActions")
    get_action = Op("getBroadcastAction")
    update_action = Op("updateBroadcastAction")
    get_action_translation = Op("getBroadcastActionLanguage")
    update_action_translation = Op("updateBroadcastActionLanguage")
    action_metrics = Op("broadcastActionMetrics")
    action_link_metrics = Op("broadcastActionLinks")


class Campaigns(Resource):
    """Campaigns, their actions, translations and metrics."""

    list = Op("listCampaigns")
    get = Op("getCampaigns")
    metrics = Op("campaignMetrics")
    link_metrics = Op("campaignLinkMetrics")
    journey_metrics = Op("campaignJourneyMetrics")
    list_messages = Op("getCampaignMessages")  # (paginated)
    list_actions = Op("listCampaignActions")  # (paginated)
    get_action = Op("getCampaignAction")
    update_action = Op("updateCampaignAction")
    get_action_translation = Op("getCampaignActionTranslation")
    update_action_translation = Op("updateCampaignActionTranslation")
    action_metrics = Op("campaignActionMetrics")
    action_link_metrics = Op("campaignActionLinks")


class Collections(Resource):
    """Collections (data you reference in messages) and their contents."""

    list = Op("getCollections")
    get = Op("getCollection")
    create = Op("addCollection")
    update = Op("updateCollection")
    delete = Op("deleteCollection")
    get_contents = Op("getCollectionContents")
    update_contents = Op("updateCollectionContents")


class Customers(Resource):
    """People: look up, search, and their attributes, segments, messages and activities."""

    find_by_email = Op("getPeopleEmail")
    search = Op("getPeopleFilter")  # (paginated)
    get_many = Op("getPeopleById")
    get_attributes = Op("getPersonAttributes")
    list_relationships = Op("getPersonRelationships")  # (paginated)
    list_segments = Op("getPersonSegments")
    list_messages = Op("getPersonMessages")  # (paginated)
    list_activities = Op("getPersonActivities")  # (paginated)
    get_subscription_preferences = Op("getPersonSubscriptionPreferences")


class DataIndex(Resource):
    """Attribute and event metadata (the data index)."""

    update_attributes = Op("updateAttributeMetadata")
    update_events = Op("updateEventMetadata")


class ESPSuppression(Resource):
    """Addresses suppressed at the email service provider."""

    list = Op("getSuppressionByType")  # (paginated: limit/offset)
    get = Op("getSuppression")
    suppress = Op("postSuppression")
    unsuppress = Op("deleteSuppression")


class Exports(Resource):
    """Exports of customers and deliveries."""

    list = Op("listExports")
    get = Op("getExport")
    download = Op("downloadExport")
    export_customers = Op("exportPeopleData")
    export_deliveries = Op("exportDeliveriesData")


class Imports(Resource):
    """Bulk imports."""

    create = Op("import")
    get = Op("getImport")


class Info(Resource):
    """Customer.io's own information."""

    list_ip_addresses = Op("getCioAllowlist")


class Messages(Resource):
    """Message deliveries."""

    list = Op("listMessages")  # (paginated)
    get = Op("getMessage")
    get_archived = Op("getArchivedMessage")


class Newsletters(Resource):
    """Newsletters, their variants, A/B test groups, translations and metrics."""

    list = Op("listNewsletters")  # (paginated)
    get = Op("getNewsletters")
    delete = Op("deletetNewsletters")
    metrics = Op("getNewsletterMetrics")
    link_metrics = Op("getNewsletterLinks")
    list_messages = Op("getNewsletterMsgMeta")  # (paginated)
    list_variants = Op("listNewsletterVariants")
    get_variant = Op("getNewsletterVariant")
    update_variant = Op("updateNewsletterVariant")
    variant_metrics = Op("getVariantMetrics")
    variant_link_metrics = Op("getVariantLinks")
    get_variant_translation = Op("getNewsletterVariantTranslation")
    update_variant_translation = Op("updateNewsletterVariantTranslation")
    list_test_groups = Op("getNewsletterTestGroups")
    get_test_group_translation = Op("getNewsletterVariantTranslationTest")
    update_test_group_translation = Op("updateNewsletterTestTranslation")


class Objects(Resource):
    """Custom objects (companies, accounts, ...) and their relationships."""

    list_types = Op("getObjectTypes")
    search = Op("getObjectsFilter")  # (paginated)
    get_attributes = Op("getObjectAttributes")
    list_relationships = Op("getObjectRelationships")  # (paginated)


class ReportingWebhooks(Resource):
    """Reporting webhooks (see customerio_sdk.webhooks to verify what they send)."""

    list = Op("listWebhooks")
    get = Op("getWebhook")
    create = Op("createWebhook")
    update = Op("updateWebhook")
    delete = Op("deleteWebhook")


class Segments(Resource):
    """Segments: list, manual segments, counts, members and dependencies."""

    list = Op("listSegments")
    get = Op("getSegment")
    create = Op("createManSegment")
    delete = Op("deleteManSegment")
    customer_count = Op("getSegmentCount")
    list_members = Op("getSegmentMembership")  # (paginated)
    used_by = Op("getSegmentDependencies")


class SenderIdentities(Resource):
    """Sender identities (from addresses / numbers)."""

    list = Op("listSenders")  # (paginated)
    get = Op("getSender")
    used_by = Op("getSenderUsage")


class Snippets(Resource):
    """Reusable content snippets."""

    list = Op("listSnippets")
    upsert = Op("updateSnippets")
    delete = Op("deleteSnippet")


class SubscriptionCenter(Resource):
    """Subscription center topics."""

    list_topics = Op("getTopics")


class Transactional(Resource):
    """Transactional message templates, their variants, translations, metrics and deliveries."""

    list = Op("listTransactional")
    get = Op("getTransactional")
    list_variants = Op("listTransactionalVariants")
    update_content = Op("updateTransactional")
    get_translation = Op("getTransactionalVariant")
    update_translation = Op("updateTransactionalVariant")
    metrics = Op("transactionalMetrics")
    link_metrics = Op("transactionalLinks")
    list_messages = Op("transactionalMessages")  # (paginated)


class Workspaces(Resource):
    """Workspaces in the account."""

    list = Op("listWorkspaces")


#: attribute on the client -> resource class
RESOURCES: dict[str, type[Resource]] = {
    "activities": Activities,
    "broadcasts": Broadcasts,
    "campaigns": Campaigns,
    "collections": Collections,
    "customers": Customers,
    "data_index": DataIndex,
    "esp_suppression": ESPSuppression,
    "exports": Exports,
    "imports": Imports,
    "info": Info,
    "messages": Messages,
    "newsletters": Newsletters,
    "objects": Objects,
    "reporting_webhooks": ReportingWebhooks,
    "segments": Segments,
    "send": Send,
    "sender_identities": SenderIdentities,
    "snippets": Snippets,
    "subscription_center": SubscriptionCenter,
    "transactional": Transactional,
    "workspaces": Workspaces,
}
