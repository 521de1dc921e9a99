"""Contains all the data models used in inputs/outputs (imported lazily, on first access)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .ad_general import AdGeneral
    from .ad_general_content import AdGeneralContent
    from .ad_general_load_type import AdGeneralLoadType
    from .ad_general_type import AdGeneralType
    from .alias import Alias
    from .alias_all import AliasAll
    from .alias_bad import AliasBad
    from .alias_bad_integrations import AliasBadIntegrations
    from .alias_bad_type import AliasBadType
    from .alias_type import AliasType
    from .alias_x_strict_mode import AliasXStrictMode
    from .all_common_fields import AllCommonFields
    from .amplitude_common_event import AmplitudeCommonEvent
    from .amplitude_common_event_event_properties import (
        AmplitudeCommonEventEventProperties,
    )
    from .amplitude_common_event_groups import AmplitudeCommonEventGroups
    from .amplitude_common_event_products_item import AmplitudeCommonEventProductsItem
    from .amplitude_common_event_user_properties import (
        AmplitudeCommonEventUserProperties,
    )
    from .amplitude_group_identify_user import AmplitudeGroupIdentifyUser
    from .amplitude_group_identify_user_group_properties import (
        AmplitudeGroupIdentifyUserGroupProperties,
    )
    from .amplitude_groups import AmplitudeGroups
    from .amplitude_identify_user import AmplitudeIdentifyUser
    from .amplitude_identify_user_groups import AmplitudeIdentifyUserGroups
    from .amplitude_identify_user_user_properties import (
        AmplitudeIdentifyUserUserProperties,
    )
    from .amplitude_log_event import AmplitudeLogEvent
    from .amplitude_log_event_v2 import AmplitudeLogEventV2
    from .amplitude_log_event_v2_add import AmplitudeLogEventV2Add
    from .amplitude_log_purchase import AmplitudeLogPurchase
    from .amplitude_map_user import AmplitudeMapUser
    from .amplitude_session_plugin import AmplitudeSessionPlugin
    from .amplitude_set import AmplitudeSet
    from .amplitude_user_properties import AmplitudeUserProperties
    from .anonymous_user import AnonymousUser
    from .anonymous_user_2 import AnonymousUser2
    from .anonymous_user_2_properties import AnonymousUser2Properties
    from .anonymous_user_2_type import AnonymousUser2Type
    from .anonymous_user_3 import AnonymousUser3
    from .anonymous_user_3_properties import AnonymousUser3Properties
    from .anonymous_user_3_type import AnonymousUser3Type
    from .anonymous_user_4 import AnonymousUser4
    from .anonymous_user_4_properties import AnonymousUser4Properties
    from .anonymous_user_4_type import AnonymousUser4Type
    from .anonymous_user_5 import AnonymousUser5
    from .anonymous_user_5_traits import AnonymousUser5Traits
    from .anonymous_user_5_traits_relationship_attributes import (
        AnonymousUser5TraitsRelationshipAttributes,
    )
    from .anonymous_user_5_type import AnonymousUser5Type
    from .anonymous_user_6 import AnonymousUser6
    from .anonymous_user_6_traits import AnonymousUser6Traits
    from .anonymous_user_6_type import AnonymousUser6Type
    from .anonymous_user_7 import AnonymousUser7
    from .anonymous_user_7_properties import AnonymousUser7Properties
    from .anonymous_user_7_type import AnonymousUser7Type
    from .anonymous_user_8 import AnonymousUser8
    from .anonymous_user_8_properties import AnonymousUser8Properties
    from .anonymous_user_8_type import AnonymousUser8Type
    from .anonymous_user_9 import AnonymousUser9
    from .anonymous_user_9_properties import AnonymousUser9Properties
    from .anonymous_user_9_type import AnonymousUser9Type
    from .anonymous_user_traits import AnonymousUserTraits
    from .anonymous_user_type import AnonymousUserType
    from .app_backgrounded_anonymous_user import AppBackgroundedAnonymousUser
    from .app_backgrounded_anonymous_user_event import AppBackgroundedAnonymousUserEvent
    from .app_backgrounded_anonymous_user_properties import (
        AppBackgroundedAnonymousUserProperties,
    )
    from .app_backgrounded_anonymous_user_type import AppBackgroundedAnonymousUserType
    from .app_backgrounded_identified_user import AppBackgroundedIdentifiedUser
    from .app_backgrounded_identified_user_event import (
        AppBackgroundedIdentifiedUserEvent,
    )
    from .app_backgrounded_identified_user_properties import (
        AppBackgroundedIdentifiedUserProperties,
    )
    from .app_backgrounded_identified_user_type import AppBackgroundedIdentifiedUserType
    from .app_crashed_anonymous_user import AppCrashedAnonymousUser
    from .app_crashed_anonymous_user_event import AppCrashedAnonymousUserEvent
    from .app_crashed_anonymous_user_properties import AppCrashedAnonymousUserProperties
    from .app_crashed_anonymous_user_type import AppCrashedAnonymousUserType
    from .app_crashed_identified_user import AppCrashedIdentifiedUser
    from .app_crashed_identified_user_event import AppCrashedIdentifiedUserEvent
    from .app_crashed_identified_user_properties import (
        AppCrashedIdentifiedUserProperties,
    )
    from .app_crashed_identified_user_type import AppCrashedIdentifiedUserType
    from .app_event_call_type import AppEventCallType
    from .app_foregrounded_anonymous_user import AppForegroundedAnonymousUser
    from .app_foregrounded_anonymous_user_event import AppForegroundedAnonymousUserEvent
    from .app_foregrounded_anonymous_user_properties import (
        AppForegroundedAnonymousUserProperties,
    )
    from .app_foregrounded_anonymous_user_type import AppForegroundedAnonymousUserType
    from .app_foregrounded_identified_user import AppForegroundedIdentifiedUser
    from .app_foregrounded_identified_user_event import (
        AppForegroundedIdentifiedUserEvent,
    )
    from .app_foregrounded_identified_user_properties import (
        AppForegroundedIdentifiedUserProperties,
    )
    from .app_foregrounded_identified_user_type import AppForegroundedIdentifiedUserType
    from .app_installed_anonymous_user import AppInstalledAnonymousUser
    from .app_installed_anonymous_user_event import AppInstalledAnonymousUserEvent
    from .app_installed_anonymous_user_properties import (
        AppInstalledAnonymousUserProperties,
    )
    from .app_installed_anonymous_user_type import AppInstalledAnonymousUserType
    from .app_installed_identified_user import AppInstalledIdentifiedUser
    from .app_installed_identified_user_event import AppInstalledIdentifiedUserEvent
    from .app_installed_identified_user_properties import (
        AppInstalledIdentifiedUserProperties,
    )
    from .app_installed_identified_user_type import AppInstalledIdentifiedUserType
    from .app_opened_anonymous_user import AppOpenedAnonymousUser
    from .app_opened_anonymous_user_event import AppOpenedAnonymousUserEvent
    from .app_opened_anonymous_user_properties import AppOpenedAnonymousUserProperties
    from .app_opened_anonymous_user_type import AppOpenedAnonymousUserType
    from .app_opened_identified_user import AppOpenedIdentifiedUser
    from .app_opened_identified_user_event import AppOpenedIdentifiedUserEvent
    from .app_opened_identified_user_properties import AppOpenedIdentifiedUserProperties
    from .app_opened_identified_user_type import AppOpenedIdentifiedUserType
    from .app_uninstalled_anonymous_user import AppUninstalledAnonymousUser
    from .app_uninstalled_anonymous_user_event import AppUninstalledAnonymousUserEvent
    from .app_uninstalled_anonymous_user_properties import (
        AppUninstalledAnonymousUserProperties,
    )
    from .app_uninstalled_anonymous_user_type import AppUninstalledAnonymousUserType
    from .app_uninstalled_identified_user import AppUninstalledIdentifiedUser
    from .app_uninstalled_identified_user_event import AppUninstalledIdentifiedUserEvent
    from .app_uninstalled_identified_user_properties import (
        AppUninstalledIdentifiedUserProperties,
    )
    from .app_uninstalled_identified_user_type import AppUninstalledIdentifiedUserType
    from .app_updated_anonymous_user import AppUpdatedAnonymousUser
    from .app_updated_anonymous_user_event import AppUpdatedAnonymousUserEvent
    from .app_updated_anonymous_user_properties import AppUpdatedAnonymousUserProperties
    from .app_updated_anonymous_user_type import AppUpdatedAnonymousUserType
    from .app_updated_identified_user import AppUpdatedIdentifiedUser
    from .app_updated_identified_user_event import AppUpdatedIdentifiedUserEvent
    from .app_updated_identified_user_properties import (
        AppUpdatedIdentifiedUserProperties,
    )
    from .app_updated_identified_user_type import AppUpdatedIdentifiedUserType
    from .batch import Batch
    from .batch_integrations import BatchIntegrations
    from .batch_x_strict_mode import BatchXStrictMode
    from .braze_create_alias import BrazeCreateAlias
    from .braze_identify_user import BrazeIdentifyUser
    from .braze_identify_user_user_alias import BrazeIdentifyUserUserAlias
    from .braze_track_event import BrazeTrackEvent
    from .braze_track_event_properties import BrazeTrackEventProperties
    from .braze_track_event_user_alias import BrazeTrackEventUserAlias
    from .braze_track_purchase import BrazeTrackPurchase
    from .braze_track_purchase_products_item import BrazeTrackPurchaseProductsItem
    from .braze_track_purchase_properties import BrazeTrackPurchaseProperties
    from .braze_track_purchase_user_alias import BrazeTrackPurchaseUserAlias
    from .braze_update_user_profile import BrazeUpdateUserProfile
    from .braze_update_user_profile_current_location import (
        BrazeUpdateUserProfileCurrentLocation,
    )
    from .braze_update_user_profile_custom_attributes import (
        BrazeUpdateUserProfileCustomAttributes,
    )
    from .braze_update_user_profile_facebook import BrazeUpdateUserProfileFacebook
    from .braze_update_user_profile_gender import BrazeUpdateUserProfileGender
    from .braze_update_user_profile_push_tokens_item import (
        BrazeUpdateUserProfilePushTokensItem,
    )
    from .braze_update_user_profile_twitter import BrazeUpdateUserProfileTwitter
    from .braze_update_user_profile_user_alias import BrazeUpdateUserProfileUserAlias
    from .cart_shared import CartShared
    from .cart_shared_products_item import CartSharedProductsItem
    from .cart_viewed import CartViewed
    from .checkout import Checkout
    from .checkout_started import CheckoutStarted
    from .checkout_step import CheckoutStep
    from .checkout_step_completed import CheckoutStepCompleted
    from .checkout_step_viewed import CheckoutStepViewed
    from .common_fields import CommonFields
    from .common_fields_integrations import CommonFieldsIntegrations
    from .common_fields_type import CommonFieldsType
    from .common_utm_properties import CommonUtmProperties
    from .content_asset import ContentAsset
    from .content_assets import ContentAssets
    from .content_general import ContentGeneral
    from .context_common import ContextCommon
    from .context_common_channel import ContextCommonChannel
    from .context_page import ContextPage
    from .coupon_applied import CouponApplied
    from .coupon_denied import CouponDenied
    from .coupon_entered import CouponEntered
    from .coupon_removed import CouponRemoved
    from .create_or_update_device import CreateOrUpdateDevice
    from .create_or_update_device_context import CreateOrUpdateDeviceContext
    from .create_or_update_device_context_device import (
        CreateOrUpdateDeviceContextDevice,
    )
    from .create_or_update_device_context_device_type import (
        CreateOrUpdateDeviceContextDeviceType,
    )
    from .create_or_update_device_event import CreateOrUpdateDeviceEvent
    from .delete_device import DeleteDevice
    from .delete_device_context import DeleteDeviceContext
    from .delete_device_context_device import DeleteDeviceContextDevice
    from .delete_device_context_device_type import DeleteDeviceContextDeviceType
    from .delete_device_event import DeleteDeviceEvent
    from .delete_object import DeleteObject
    from .delete_object_event import DeleteObjectEvent
    from .delete_object_properties import DeleteObjectProperties
    from .delete_person import DeletePerson
    from .delete_person_event import DeletePersonEvent
    from .delete_person_properties import DeletePersonProperties
    from .delete_relationship import DeleteRelationship
    from .delete_relationship_event import DeleteRelationshipEvent
    from .delete_relationship_properties import DeleteRelationshipProperties
    from .email_basic_context import EmailBasicContext
    from .email_basic_context_traits import EmailBasicContextTraits
    from .email_event_bounced import EmailEventBounced
    from .email_event_delivered import EmailEventDelivered
    from .email_event_link_clicked import EmailEventLinkClicked
    from .email_event_link_clicked_properties import EmailEventLinkClickedProperties
    from .email_event_marked_as_spam import EmailEventMarkedAsSpam
    from .email_event_opened import EmailEventOpened
    from .email_event_unsubscribed import EmailEventUnsubscribed
    from .email_event_unsubscribed_properties import EmailEventUnsubscribedProperties
    from .email_properties import EmailProperties
    from .email_total_context import EmailTotalContext
    from .email_total_context_traits import EmailTotalContextTraits
    from .errors_item import ErrorsItem
    from .etl_alias import EtlAlias
    from .etl_alias_destination import EtlAliasDestination
    from .etl_group import EtlGroup
    from .etl_group_destination import EtlGroupDestination
    from .etl_group_destination_traits import EtlGroupDestinationTraits
    from .etl_group_traits import EtlGroupTraits
    from .etl_identify import EtlIdentify
    from .etl_identify_destination import EtlIdentifyDestination
    from .etl_identify_destination_traits import EtlIdentifyDestinationTraits
    from .etl_identify_traits import EtlIdentifyTraits
    from .etl_page import EtlPage
    from .etl_page_destination import EtlPageDestination
    from .etl_page_destination_properties import EtlPageDestinationProperties
    from .etl_page_properties import EtlPageProperties
    from .etl_screen import EtlScreen
    from .etl_screen_destination import EtlScreenDestination
    from .etl_screen_destination_properties import EtlScreenDestinationProperties
    from .etl_screen_properties import EtlScreenProperties
    from .etl_tracks import EtlTracks
    from .etl_tracks_destination import EtlTracksDestination
    from .etl_tracks_destination_properties import EtlTracksDestinationProperties
    from .etl_tracks_properties import EtlTracksProperties
    from .experiment_viewed import ExperimentViewed
    from .filters_item import FiltersItem
    from .group_2 import Group2
    from .group_2_properties import Group2Properties
    from .group_2_type import Group2Type
    from .group_bad_anonymous_user import GroupBadAnonymousUser
    from .group_bad_anonymous_user_integrations import GroupBadAnonymousUserIntegrations
    from .group_bad_anonymous_user_traits import GroupBadAnonymousUserTraits
    from .group_bad_anonymous_user_type import GroupBadAnonymousUserType
    from .group_bad_known_user import GroupBadKnownUser
    from .group_bad_known_user_integrations import GroupBadKnownUserIntegrations
    from .group_bad_known_user_traits import GroupBadKnownUserTraits
    from .group_bad_known_user_type import GroupBadKnownUserType
    from .group_x_strict_mode import GroupXStrictMode
    from .identify_bad import IdentifyBad
    from .identify_bad_integrations import IdentifyBadIntegrations
    from .identify_bad_traits import IdentifyBadTraits
    from .identify_bad_type import IdentifyBadType
    from .identify_x_strict_mode import IdentifyXStrictMode
    from .integrations import Integrations
    from .known_user import KnownUser
    from .known_user_2 import KnownUser2
    from .known_user_2_properties import KnownUser2Properties
    from .known_user_2_type import KnownUser2Type
    from .known_user_3 import KnownUser3
    from .known_user_3_properties import KnownUser3Properties
    from .known_user_3_type import KnownUser3Type
    from .known_user_4 import KnownUser4
    from .known_user_4_properties import KnownUser4Properties
    from .known_user_4_type import KnownUser4Type
    from .known_user_5 import KnownUser5
    from .known_user_5_traits import KnownUser5Traits
    from .known_user_5_traits_relationship_attributes import (
        KnownUser5TraitsRelationshipAttributes,
    )
    from .known_user_5_type import KnownUser5Type
    from .known_user_6 import KnownUser6
    from .known_user_6_traits import KnownUser6Traits
    from .known_user_6_type import KnownUser6Type
    from .known_user_7 import KnownUser7
    from .known_user_7_properties import KnownUser7Properties
    from .known_user_7_type import KnownUser7Type
    from .known_user_8 import KnownUser8
    from .known_user_8_properties import KnownUser8Properties
    from .known_user_8_type import KnownUser8Type
    from .known_user_9 import KnownUser9
    from .known_user_9_properties import KnownUser9Properties
    from .known_user_9_type import KnownUser9Type
    from .known_user_traits import KnownUserTraits
    from .known_user_traits_cio_subscription_preferences import (
        KnownUserTraitsCioSubscriptionPreferences,
    )
    from .known_user_traits_cio_subscription_preferences_topics import (
        KnownUserTraitsCioSubscriptionPreferencesTopics,
    )
    from .known_user_type import KnownUserType
    from .live_chat_conversation_ended import LiveChatConversationEnded
    from .live_chat_conversation_started import LiveChatConversationStarted
    from .live_chat_general import LiveChatGeneral
    from .live_chat_message_received import LiveChatMessageReceived
    from .live_chat_message_sent import LiveChatMessageSent
    from .mixpanel_alias import MixpanelAlias
    from .mixpanel_group_identify_user import MixpanelGroupIdentifyUser
    from .mixpanel_group_identify_user_traits import MixpanelGroupIdentifyUserTraits
    from .mixpanel_identify_user import MixpanelIdentifyUser
    from .mixpanel_identify_user_traits import MixpanelIdentifyUserTraits
    from .mixpanel_track_event import MixpanelTrackEvent
    from .mixpanel_track_event_context import MixpanelTrackEventContext
    from .mixpanel_track_event_event_properties import MixpanelTrackEventEventProperties
    from .mixpanel_track_purchase import MixpanelTrackPurchase
    from .mixpanel_track_purchase_context import MixpanelTrackPurchaseContext
    from .mixpanel_track_purchase_event_properties import (
        MixpanelTrackPurchaseEventProperties,
    )
    from .mixpanel_track_purchase_products_item import MixpanelTrackPurchaseProductsItem
    from .mobile import Mobile
    from .mobile_app import MobileApp
    from .mobile_common_fields import MobileCommonFields
    from .mobile_device import MobileDevice
    from .mobile_device_type import MobileDeviceType
    from .mobile_network import MobileNetwork
    from .mobile_os import MobileOs
    from .non_mobile import NonMobile
    from .non_mobile_campaign import NonMobileCampaign
    from .order_cancelled import OrderCancelled
    from .order_completed import OrderCompleted
    from .order_refunded import OrderRefunded
    from .order_updated import OrderUpdated
    from .page_bad_anonymous_user import PageBadAnonymousUser
    from .page_bad_anonymous_user_integrations import PageBadAnonymousUserIntegrations
    from .page_bad_anonymous_user_properties import PageBadAnonymousUserProperties
    from .page_bad_anonymous_user_type import PageBadAnonymousUserType
    from .page_bad_known_user import PageBadKnownUser
    from .page_bad_known_user_integrations import PageBadKnownUserIntegrations
    from .page_bad_known_user_properties import PageBadKnownUserProperties
    from .page_bad_known_user_type import PageBadKnownUserType
    from .page_common_fields import PageCommonFields
    from .page_x_strict_mode import PageXStrictMode
    from .payment_info_updated import PaymentInfoUpdated
    from .playback import Playback
    from .playback_ad_type import PlaybackAdType
    from .product import Product
    from .product_added import ProductAdded
    from .product_added_to_wishlist import ProductAddedToWishlist
    from .product_clicked import ProductClicked
    from .product_list_filtered import ProductListFiltered
    from .product_list_filtered_filters_item import ProductListFilteredFiltersItem
    from .product_list_filtered_sorts_item import ProductListFilteredSortsItem
    from .product_list_viewed import ProductListViewed
    from .product_removed import ProductRemoved
    from .product_removed_from_wishlist import ProductRemovedFromWishlist
    from .product_reviewed import ProductReviewed
    from .product_shared import ProductShared
    from .product_viewed import ProductViewed
    from .products_searched import ProductsSearched
    from .promotion import Promotion
    from .promotion_clicked import PromotionClicked
    from .promotion_viewed import PromotionViewed
    from .report_content_event import ReportContentEvent
    from .report_content_event_event import ReportContentEventEvent
    from .report_content_event_properties import ReportContentEventProperties
    from .report_content_event_properties_action_type import (
        ReportContentEventPropertiesActionType,
    )
    from .report_delivery_event import ReportDeliveryEvent
    from .report_delivery_event_event import ReportDeliveryEventEvent
    from .report_delivery_event_properties import ReportDeliveryEventProperties
    from .report_delivery_event_properties_metric import (
        ReportDeliveryEventPropertiesMetric,
    )
    from .screen_bad_anonymous_user import ScreenBadAnonymousUser
    from .screen_bad_anonymous_user_integrations import (
        ScreenBadAnonymousUserIntegrations,
    )
    from .screen_bad_anonymous_user_properties import ScreenBadAnonymousUserProperties
    from .screen_bad_anonymous_user_type import ScreenBadAnonymousUserType
    from .screen_bad_known_user import ScreenBadKnownUser
    from .screen_bad_known_user_integrations import ScreenBadKnownUserIntegrations
    from .screen_bad_known_user_properties import ScreenBadKnownUserProperties
    from .screen_bad_known_user_type import ScreenBadKnownUserType
    from .screen_x_strict_mode import ScreenXStrictMode
    from .sorts_item import SortsItem
    from .suppress_person import SuppressPerson
    from .suppress_person_event import SuppressPersonEvent
    from .suppress_person_properties import SuppressPersonProperties
    from .track_bad_anonymous_user import TrackBadAnonymousUser
    from .track_bad_anonymous_user_integrations import TrackBadAnonymousUserIntegrations
    from .track_bad_anonymous_user_properties import TrackBadAnonymousUserProperties
    from .track_bad_anonymous_user_type import TrackBadAnonymousUserType
    from .track_bad_known_user import TrackBadKnownUser
    from .track_bad_known_user_integrations import TrackBadKnownUserIntegrations
    from .track_bad_known_user_properties import TrackBadKnownUserProperties
    from .track_bad_known_user_type import TrackBadKnownUserType
    from .track_x_strict_mode import TrackXStrictMode
    from .unsuppress_person import UnsuppressPerson
    from .unsuppress_person_event import UnsuppressPersonEvent
    from .unsuppress_person_properties import UnsuppressPersonProperties
    from .user_anonymous_user import UserAnonymousUser
    from .user_known_user import UserKnownUser
    from .video_ad_completed import VideoAdCompleted
    from .video_ad_completed_content import VideoAdCompletedContent
    from .video_ad_completed_load_type import VideoAdCompletedLoadType
    from .video_ad_completed_type import VideoAdCompletedType
    from .video_ad_playing import VideoAdPlaying
    from .video_ad_playing_content import VideoAdPlayingContent
    from .video_ad_playing_load_type import VideoAdPlayingLoadType
    from .video_ad_playing_type import VideoAdPlayingType
    from .video_ad_started import VideoAdStarted
    from .video_ad_started_content import VideoAdStartedContent
    from .video_ad_started_load_type import VideoAdStartedLoadType
    from .video_ad_started_type import VideoAdStartedType
    from .video_content_completed import VideoContentCompleted
    from .video_content_playing import VideoContentPlaying
    from .video_content_started import VideoContentStarted
    from .video_playback_buffer_completed import VideoPlaybackBufferCompleted
    from .video_playback_buffer_started import VideoPlaybackBufferStarted
    from .video_playback_completed import VideoPlaybackCompleted
    from .video_playback_exited import VideoPlaybackExited
    from .video_playback_interrupted import VideoPlaybackInterrupted
    from .video_playback_paused import VideoPlaybackPaused
    from .video_playback_resumed import VideoPlaybackResumed
    from .video_playback_seek_completed import VideoPlaybackSeekCompleted
    from .video_playback_seek_started import VideoPlaybackSeekStarted
    from .video_playback_started import VideoPlaybackStarted
    from .video_quality_updated import VideoQualityUpdated
    from .wishlisted_item_added_to_cart import WishlistedItemAddedToCart

_MODULE_OF: dict[str, str] = {
    "AdGeneral": ".ad_general",
    "AdGeneralContent": ".ad_general_content",
    "AdGeneralLoadType": ".ad_general_load_type",
    "AdGeneralType": ".ad_general_type",
    "Alias": ".alias",
    "AliasAll": ".alias_all",
    "AliasBad": ".alias_bad",
    "AliasBadIntegrations": ".alias_bad_integrations",
    "AliasBadType": ".alias_bad_type",
    "AliasType": ".alias_type",
    "AliasXStrictMode": ".alias_x_strict_mode",
    "AllCommonFields": ".all_common_fields",
    "AmplitudeCommonEvent": ".amplitude_common_event",
    "AmplitudeCommonEventEventProperties": ".amplitude_common_event_event_properties",
    "AmplitudeCommonEventGroups": ".amplitude_common_event_groups",
    "AmplitudeCommonEventProductsItem": ".amplitude_common_event_products_item",
    "AmplitudeCommonEventUserProperties": ".amplitude_common_event_user_properties",
    "AmplitudeGroupIdentifyUser": ".amplitude_group_identify_user",
    "AmplitudeGroupIdentifyUserGroupProperties": ".amplitude_group_identify_user_group_properties",
    "AmplitudeGroups": ".amplitude_groups",
    "AmplitudeIdentifyUser": ".amplitude_identify_user",
    "AmplitudeIdentifyUserGroups": ".amplitude_identify_user_groups",
    "AmplitudeIdentifyUserUserProperties": ".amplitude_identify_user_user_properties",
    "AmplitudeLogEvent": ".amplitude_log_event",
    "AmplitudeLogEventV2": ".amplitude_log_event_v2",
    "AmplitudeLogEventV2Add": ".amplitude_log_event_v2_add",
    "AmplitudeLogPurchase": ".amplitude_log_purchase",
    "AmplitudeMapUser": ".amplitude_map_user",
    "AmplitudeSessionPlugin": ".amplitude_session_plugin",
    "AmplitudeSet": ".amplitude_set",
    "AmplitudeUserProperties": ".amplitude_user_properties",
    "AnonymousUser": ".anonymous_user",
    "AnonymousUser2": ".anonymous_user_2",
    "AnonymousUser2Properties": ".anonymous_user_2_properties",
    "AnonymousUser2Type": ".anonymous_user_2_type",
    "AnonymousUser3": ".anonymous_user_3",
    "AnonymousUser3Properties": ".anonymous_user_3_properties",
    "AnonymousUser3Type": ".anonymous_user_3_type",
    "AnonymousUser4": ".anonymous_user_4",
    "AnonymousUser4Properties": ".anonymous_user_4_properties",
    "AnonymousUser4Type": ".anonymous_user_4_type",
    "AnonymousUser5": ".anonymous_user_5",
    "AnonymousUser5Traits": ".anonymous_user_5_traits",
    "AnonymousUser5TraitsRelationshipAttributes": ".anonymous_user_5_traits_relationship_attributes",
    "AnonymousUser5Type": ".anonymous_user_5_type",
    "AnonymousUser6": ".anonymous_user_6",
    "AnonymousUser6Traits": ".anonymous_user_6_traits",
    "AnonymousUser6Type": ".anonymous_user_6_type",
    "AnonymousUser7": ".anonymous_user_7",
    "AnonymousUser7Properties": ".anonymous_user_7_properties",
    "AnonymousUser7Type": ".anonymous_user_7_type",
    "AnonymousUser8": ".anonymous_user_8",
    "AnonymousUser8Properties": ".anonymous_user_8_properties",
    "AnonymousUser8Type": ".anonymous_user_8_type",
    "AnonymousUser9": ".anonymous_user_9",
    "AnonymousUser9Properties": ".anonymous_user_9_properties",
    "AnonymousUser9Type": ".anonymous_user_9_type",
    "AnonymousUserTraits": ".anonymous_user_traits",
    "AnonymousUserType": ".anonymous_user_type",
    "AppBackgroundedAnonymousUser": ".app_backgrounded_anonymous_user",
    "AppBackgroundedAnonymousUserEvent": ".app_backgrounded_anonymous_user_event",
    "AppBackgroundedAnonymousUserProperties": ".app_backgrounded_anonymous_user_properties",
    "AppBackgroundedAnonymousUserType": ".app_backgrounded_anonymous_user_type",
    "AppBackgroundedIdentifiedUser": ".app_backgrounded_identified_user",
    "AppBackgroundedIdentifiedUserEvent": ".app_backgrounded_identified_user_event",
    "AppBackgroundedIdentifiedUserProperties": ".app_backgrounded_identified_user_properties",
    "AppBackgroundedIdentifiedUserType": ".app_backgrounded_identified_user_type",
    "AppCrashedAnonymousUser": ".app_crashed_anonymous_user",
    "AppCrashedAnonymousUserEvent": ".app_crashed_anonymous_user_event",
    "AppCrashedAnonymousUserProperties": ".app_crashed_anonymous_user_properties",
    "AppCrashedAnonymousUserType": ".app_crashed_anonymous_user_type",
    "AppCrashedIdentifiedUser": ".app_crashed_identified_user",
    "AppCrashedIdentifiedUserEvent": ".app_crashed_identified_user_event",
    "AppCrashedIdentifiedUserProperties": ".app_crashed_identified_user_properties",
    "AppCrashedIdentifiedUserType": ".app_crashed_identified_user_type",
    "AppEventCallType": ".app_event_call_type",
    "AppForegroundedAnonymousUser": ".app_foregrounded_anonymous_user",
    "AppForegroundedAnonymousUserEvent": ".app_foregrounded_anonymous_user_event",
    "AppForegroundedAnonymousUserProperties": ".app_foregrounded_anonymous_user_properties",
    "AppForegroundedAnonymousUserType": ".app_foregrounded_anonymous_user_type",
    "AppForegroundedIdentifiedUser": ".app_foregrounded_identified_user",
    "AppForegroundedIdentifiedUserEvent": ".app_foregrounded_identified_user_event",
    "AppForegroundedIdentifiedUserProperties": ".app_foregrounded_identified_user_properties",
    "AppForegroundedIdentifiedUserType": ".app_foregrounded_identified_user_type",
    "AppInstalledAnonymousUser": ".app_installed_anonymous_user",
    "AppInstalledAnonymousUserEvent": ".app_installed_anonymous_user_event",
    "AppInstalledAnonymousUserProperties": ".app_installed_anonymous_user_properties",
    "AppInstalledAnonymousUserType": ".app_installed_anonymous_user_type",
    "AppInstalledIdentifiedUser": ".app_installed_identified_user",
    "AppInstalledIdentifiedUserEvent": ".app_installed_identified_user_event",
    "AppInstalledIdentifiedUserProperties": ".app_installed_identified_user_properties",
    "AppInstalledIdentifiedUserType": ".app_installed_identified_user_type",
    "AppOpenedAnonymousUser": ".app_opened_anonymous_user",
    "AppOpenedAnonymousUserEvent": ".app_opened_anonymous_user_event",
    "AppOpenedAnonymousUserProperties": ".app_opened_anonymous_user_properties",
    "AppOpenedAnonymousUserType": ".app_opened_anonymous_user_type",
    "AppOpenedIdentifiedUser": ".app_opened_identified_user",
    "AppOpenedIdentifiedUserEvent": ".app_opened_identified_user_event",
    "AppOpenedIdentifiedUserProperties": ".app_opened_identified_user_properties",
    "AppOpenedIdentifiedUserType": ".app_opened_identified_user_type",
    "AppUninstalledAnonymousUser": ".app_uninstalled_anonymous_user",
    "AppUninstalledAnonymousUserEvent": ".app_uninstalled_anonymous_user_event",
    "AppUninstalledAnonymousUserProperties": ".app_uninstalled_anonymous_user_properties",
    "AppUninstalledAnonymousUserType": ".app_uninstalled_anonymous_user_type",
    "AppUninstalledIdentifiedUser": ".app_uninstalled_identified_user",
    "AppUninstalledIdentifiedUserEvent": ".app_uninstalled_identified_user_event",
    "AppUninstalledIdentifiedUserProperties": ".app_uninstalled_identified_user_properties",
    "AppUninstalledIdentifiedUserType": ".app_uninstalled_identified_user_type",
    "AppUpdatedAnonymousUser": ".app_updated_anonymous_user",
    "AppUpdatedAnonymousUserEvent": ".app_updated_anonymous_user_event",
    "AppUpdatedAnonymousUserProperties": ".app_updated_anonymous_user_properties",
    "AppUpdatedAnonymousUserType": ".app_updated_anonymous_user_type",
    "AppUpdatedIdentifiedUser": ".app_updated_identified_user",
    "AppUpdatedIdentifiedUserEvent": ".app_updated_identified_user_event",
    "AppUpdatedIdentifiedUserProperties": ".app_updated_identified_user_properties",
    "AppUpdatedIdentifiedUserType": ".app_updated_identified_user_type",
    "Batch": ".batch",
    "BatchIntegrations": ".batch_integrations",
    "BatchXStrictMode": ".batch_x_strict_mode",
    "BrazeCreateAlias": ".braze_create_alias",
    "BrazeIdentifyUser": ".braze_identify_user",
    "BrazeIdentifyUserUserAlias": ".braze_identify_user_user_alias",
    "BrazeTrackEvent": ".braze_track_event",
    "BrazeTrackEventProperties": ".braze_track_event_properties",
    "BrazeTrackEventUserAlias": ".braze_track_event_user_alias",
    "BrazeTrackPurchase": ".braze_track_purchase",
    "BrazeTrackPurchaseProductsItem": ".braze_track_purchase_products_item",
    "BrazeTrackPurchaseProperties": ".braze_track_purchase_properties",
    "BrazeTrackPurchaseUserAlias": ".braze_track_purchase_user_alias",
    "BrazeUpdateUserProfile": ".braze_update_user_profile",
    "BrazeUpdateUserProfileCurrentLocation": ".braze_update_user_profile_current_location",
    "BrazeUpdateUserProfileCustomAttributes": ".braze_update_user_profile_custom_attributes",
    "BrazeUpdateUserProfileFacebook": ".braze_update_user_profile_facebook",
    "BrazeUpdateUserProfileGender": ".braze_update_user_profile_gender",
    "BrazeUpdateUserProfilePushTokensItem": ".braze_update_user_profile_push_tokens_item",
    "BrazeUpdateUserProfileTwitter": ".braze_update_user_profile_twitter",
    "BrazeUpdateUserProfileUserAlias": ".braze_update_user_profile_user_alias",
    "CartShared": ".cart_shared",
    "CartSharedProductsItem": ".cart_shared_products_item",
    "CartViewed": ".cart_viewed",
    "Checkout": ".checkout",
    "CheckoutStarted": ".checkout_started",
    "CheckoutStep": ".checkout_step",
    "CheckoutStepCompleted": ".checkout_step_completed",
    "CheckoutStepViewed": ".checkout_step_viewed",
    "CommonFields": ".common_fields",
    "CommonFieldsIntegrations": ".common_fields_integrations",
    "CommonFieldsType": ".common_fields_type",
    "CommonUtmProperties": ".common_utm_properties",
    "ContentAsset": ".content_asset",
    "ContentAssets": ".content_assets",
    "ContentGeneral": ".content_general",
    "ContextCommon": ".context_common",
    "ContextCommonChannel": ".context_common_channel",
    "ContextPage": ".context_page",
    "CouponApplied": ".coupon_applied",
    "CouponDenied": ".coupon_denied",
    "CouponEntered": ".coupon_entered",
    "CouponRemoved": ".coupon_removed",
    "CreateOrUpdateDevice": ".create_or_update_device",
    "CreateOrUpdateDeviceContext": ".create_or_update_device_context",
    "CreateOrUpdateDeviceContextDevice": ".create_or_update_device_context_device",
    "CreateOrUpdateDeviceContextDeviceType": ".create_or_update_device_context_device_type",
    "CreateOrUpdateDeviceEvent": ".create_or_update_device_event",
    "DeleteDevice": ".delete_device",
    "DeleteDeviceContext": ".delete_device_context",
    "DeleteDeviceContextDevice": ".delete_device_context_device",
    "DeleteDeviceContextDeviceType": ".delete_device_context_device_type",
    "DeleteDeviceEvent": ".delete_device_event",
    "DeleteObject": ".delete_object",
    "DeleteObjectEvent": ".delete_object_event",
    "DeleteObjectProperties": ".delete_object_properties",
    "DeletePerson": ".delete_person",
    "DeletePersonEvent": ".delete_person_event",
    "DeletePersonProperties": ".delete_person_properties",
    "DeleteRelationship": ".delete_relationship",
    "DeleteRelationshipEvent": ".delete_relationship_event",
    "DeleteRelationshipProperties": ".delete_relationship_properties",
    "EmailBasicContext": ".email_basic_context",
    "EmailBasicContextTraits": ".email_basic_context_traits",
    "EmailEventBounced": ".email_event_bounced",
    "EmailEventDelivered": ".email_event_delivered",
    "EmailEventLinkClicked": ".email_event_link_clicked",
    "EmailEventLinkClickedProperties": ".email_event_link_clicked_properties",
    "EmailEventMarkedAsSpam": ".email_event_marked_as_spam",
    "EmailEventOpened": ".email_event_opened",
    "EmailEventUnsubscribed": ".email_event_unsubscribed",
    "EmailEventUnsubscribedProperties": ".email_event_unsubscribed_properties",
    "EmailProperties": ".email_properties",
    "EmailTotalContext": ".email_total_context",
    "EmailTotalContextTraits": ".email_total_context_traits",
    "ErrorsItem": ".errors_item",
    "EtlAlias": ".etl_alias",
    "EtlAliasDestination": ".etl_alias_destination",
    "EtlGroup": ".etl_group",
    "EtlGroupDestination": ".etl_group_destination",
    "EtlGroupDestinationTraits": ".etl_group_destination_traits",
    "EtlGroupTraits": ".etl_group_traits",
    "EtlIdentify": ".etl_identify",
    "EtlIdentifyDestination": ".etl_identify_destination",
    "EtlIdentifyDestinationTraits": ".etl_identify_destination_traits",
    "EtlIdentifyTraits": ".etl_identify_traits",
    "EtlPage": ".etl_page",
    "EtlPageDestination": ".etl_page_destination",
    "EtlPageDestinationProperties": ".etl_page_destination_properties",
    "EtlPageProperties": ".etl_page_properties",
    "EtlScreen": ".etl_screen",
    "EtlScreenDestination": ".etl_screen_destination",
    "EtlScreenDestinationProperties": ".etl_screen_destination_properties",
    "EtlScreenProperties": ".etl_screen_properties",
    "EtlTracks": ".etl_tracks",
    "EtlTracksDestination": ".etl_tracks_destination",
    "EtlTracksDestinationProperties": ".etl_tracks_destination_properties",
    "EtlTracksProperties": ".etl_tracks_properties",
    "ExperimentViewed": ".experiment_viewed",
    "FiltersItem": ".filters_item",
    "Group2": ".group_2",
    "Group2Properties": ".group_2_properties",
    "Group2Type": ".group_2_type",
    "GroupBadAnonymousUser": ".group_bad_anonymous_user",
    "GroupBadAnonymousUserIntegrations": ".group_bad_anonymous_user_integrations",
    "GroupBadAnonymousUserTraits": ".group_bad_anonymous_user_traits",
    "GroupBadAnonymousUserType": ".group_bad_anonymous_user_type",
    "GroupBadKnownUser": ".group_bad_known_user",
    "GroupBadKnownUserIntegrations": ".group_bad_known_user_integrations",
    "GroupBadKnownUserTraits": ".group_bad_known_user_traits",
    "GroupBadKnownUserType": ".group_bad_known_user_type",
    "GroupXStrictMode": ".group_x_strict_mode",
    "IdentifyBad": ".identify_bad",
    "IdentifyBadIntegrations": ".identify_bad_integrations",
    "IdentifyBadTraits": ".identify_bad_traits",
    "IdentifyBadType": ".identify_bad_type",
    "IdentifyXStrictMode": ".identify_x_strict_mode",
    "Integrations": ".integrations",
    "KnownUser": ".known_user",
    "KnownUser2": ".known_user_2",
    "KnownUser2Properties": ".known_user_2_properties",
    "KnownUser2Type": ".known_user_2_type",
    "KnownUser3": ".known_user_3",
    "KnownUser3Properties": ".known_user_3_properties",
    "KnownUser3Type": ".known_user_3_type",
    "KnownUser4": ".known_user_4",
    "KnownUser4Properties": ".known_user_4_properties",
    "KnownUser4Type": ".known_user_4_type",
    "KnownUser5": ".known_user_5",
    "KnownUser5Traits": ".known_user_5_traits",
    "KnownUser5TraitsRelationshipAttributes": ".known_user_5_traits_relationship_attributes",
    "KnownUser5Type": ".known_user_5_type",
    "KnownUser6": ".known_user_6",
    "KnownUser6Traits": ".known_user_6_traits",
    "KnownUser6Type": ".known_user_6_type",
    "KnownUser7": ".known_user_7",
    "KnownUser7Properties": ".known_user_7_properties",
    "KnownUser7Type": ".known_user_7_type",
    "KnownUser8": ".known_user_8",
    "KnownUser8Properties": ".known_user_8_properties",
    "KnownUser8Type": ".known_user_8_type",
    "KnownUser9": ".known_user_9",
    "KnownUser9Properties": ".known_user_9_properties",
    "KnownUser9Type": ".known_user_9_type",
    "KnownUserTraits": ".known_user_traits",
    "KnownUserTraitsCioSubscriptionPreferences": ".known_user_traits_cio_subscription_preferences",
    "KnownUserTraitsCioSubscriptionPreferencesTopics": ".known_user_traits_cio_subscription_preferences_topics",
    "KnownUserType": ".known_user_type",
    "LiveChatConversationEnded": ".live_chat_conversation_ended",
    "LiveChatConversationStarted": ".live_chat_conversation_started",
    "LiveChatGeneral": ".live_chat_general",
    "LiveChatMessageReceived": ".live_chat_message_received",
    "LiveChatMessageSent": ".live_chat_message_sent",
    "MixpanelAlias": ".mixpanel_alias",
    "MixpanelGroupIdentifyUser": ".mixpanel_group_identify_user",
    "MixpanelGroupIdentifyUserTraits": ".mixpanel_group_identify_user_traits",
    "MixpanelIdentifyUser": ".mixpanel_identify_user",
    "MixpanelIdentifyUserTraits": ".mixpanel_identify_user_traits",
    "MixpanelTrackEvent": ".mixpanel_track_event",
    "MixpanelTrackEventContext": ".mixpanel_track_event_context",
    "MixpanelTrackEventEventProperties": ".mixpanel_track_event_event_properties",
    "MixpanelTrackPurchase": ".mixpanel_track_purchase",
    "MixpanelTrackPurchaseContext": ".mixpanel_track_purchase_context",
    "MixpanelTrackPurchaseEventProperties": ".mixpanel_track_purchase_event_properties",
    "MixpanelTrackPurchaseProductsItem": ".mixpanel_track_purchase_products_item",
    "Mobile": ".mobile",
    "MobileApp": ".mobile_app",
    "MobileCommonFields": ".mobile_common_fields",
    "MobileDevice": ".mobile_device",
    "MobileDeviceType": ".mobile_device_type",
    "MobileNetwork": ".mobile_network",
    "MobileOs": ".mobile_os",
    "NonMobile": ".non_mobile",
    "NonMobileCampaign": ".non_mobile_campaign",
    "OrderCancelled": ".order_cancelled",
    "OrderCompleted": ".order_completed",
    "OrderRefunded": ".order_refunded",
    "OrderUpdated": ".order_updated",
    "PageBadAnonymousUser": ".page_bad_anonymous_user",
    "PageBadAnonymousUserIntegrations": ".page_bad_anonymous_user_integrations",
    "PageBadAnonymousUserProperties": ".page_bad_anonymous_user_properties",
    "PageBadAnonymousUserType": ".page_bad_anonymous_user_type",
    "PageBadKnownUser": ".page_bad_known_user",
    "PageBadKnownUserIntegrations": ".page_bad_known_user_integrations",
    "PageBadKnownUserProperties": ".page_bad_known_user_properties",
    "PageBadKnownUserType": ".page_bad_known_user_type",
    "PageCommonFields": ".page_common_fields",
    "PageXStrictMode": ".page_x_strict_mode",
    "PaymentInfoUpdated": ".payment_info_updated",
    "Playback": ".playback",
    "PlaybackAdType": ".playback_ad_type",
    "Product": ".product",
    "ProductAdded": ".product_added",
    "ProductAddedToWishlist": ".product_added_to_wishlist",
    "ProductClicked": ".product_clicked",
    "ProductListFiltered": ".product_list_filtered",
    "ProductListFilteredFiltersItem": ".product_list_filtered_filters_item",
    "ProductListFilteredSortsItem": ".product_list_filtered_sorts_item",
    "ProductListViewed": ".product_list_viewed",
    "ProductRemoved": ".product_removed",
    "ProductRemovedFromWishlist": ".product_removed_from_wishlist",
    "ProductReviewed": ".product_reviewed",
    "ProductShared": ".product_shared",
    "ProductViewed": ".product_viewed",
    "ProductsSearched": ".products_searched",
    "Promotion": ".promotion",
    "PromotionClicked": ".promotion_clicked",
    "PromotionViewed": ".promotion_viewed",
    "ReportContentEvent": ".report_content_event",
    "ReportContentEventEvent": ".report_content_event_event",
    "ReportContentEventProperties": ".report_content_event_properties",
    "ReportContentEventPropertiesActionType": ".report_content_event_properties_action_type",
    "ReportDeliveryEvent": ".report_delivery_event",
    "ReportDeliveryEventEvent": ".report_delivery_event_event",
    "ReportDeliveryEventProperties": ".report_delivery_event_properties",
    "ReportDeliveryEventPropertiesMetric": ".report_delivery_event_properties_metric",
    "ScreenBadAnonymousUser": ".screen_bad_anonymous_user",
    "ScreenBadAnonymousUserIntegrations": ".screen_bad_anonymous_user_integrations",
    "ScreenBadAnonymousUserProperties": ".screen_bad_anonymous_user_properties",
    "ScreenBadAnonymousUserType": ".screen_bad_anonymous_user_type",
    "ScreenBadKnownUser": ".screen_bad_known_user",
    "ScreenBadKnownUserIntegrations": ".screen_bad_known_user_integrations",
    "ScreenBadKnownUserProperties": ".screen_bad_known_user_properties",
    "ScreenBadKnownUserType": ".screen_bad_known_user_type",
    "ScreenXStrictMode": ".screen_x_strict_mode",
    "SortsItem": ".sorts_item",
    "SuppressPerson": ".suppress_person",
    "SuppressPersonEvent": ".suppress_person_event",
    "SuppressPersonProperties": ".suppress_person_properties",
    "TrackBadAnonymousUser": ".track_bad_anonymous_user",
    "TrackBadAnonymousUserIntegrations": ".track_bad_anonymous_user_integrations",
    "TrackBadAnonymousUserProperties": ".track_bad_anonymous_user_properties",
    "TrackBadAnonymousUserType": ".track_bad_anonymous_user_type",
    "TrackBadKnownUser": ".track_bad_known_user",
    "TrackBadKnownUserIntegrations": ".track_bad_known_user_integrations",
    "TrackBadKnownUserProperties": ".track_bad_known_user_properties",
    "TrackBadKnownUserType": ".track_bad_known_user_type",
    "TrackXStrictMode": ".track_x_strict_mode",
    "UnsuppressPerson": ".unsuppress_person",
    "UnsuppressPersonEvent": ".unsuppress_person_event",
    "UnsuppressPersonProperties": ".unsuppress_person_properties",
    "UserAnonymousUser": ".user_anonymous_user",
    "UserKnownUser": ".user_known_user",
    "VideoAdCompleted": ".video_ad_completed",
    "VideoAdCompletedContent": ".video_ad_completed_content",
    "VideoAdCompletedLoadType": ".video_ad_completed_load_type",
    "VideoAdCompletedType": ".video_ad_completed_type",
    "VideoAdPlaying": ".video_ad_playing",
    "VideoAdPlayingContent": ".video_ad_playing_content",
    "VideoAdPlayingLoadType": ".video_ad_playing_load_type",
    "VideoAdPlayingType": ".video_ad_playing_type",
    "VideoAdStarted": ".video_ad_started",
    "VideoAdStartedContent": ".video_ad_started_content",
    "VideoAdStartedLoadType": ".video_ad_started_load_type",
    "VideoAdStartedType": ".video_ad_started_type",
    "VideoContentCompleted": ".video_content_completed",
    "VideoContentPlaying": ".video_content_playing",
    "VideoContentStarted": ".video_content_started",
    "VideoPlaybackBufferCompleted": ".video_playback_buffer_completed",
    "VideoPlaybackBufferStarted": ".video_playback_buffer_started",
    "VideoPlaybackCompleted": ".video_playback_completed",
    "VideoPlaybackExited": ".video_playback_exited",
    "VideoPlaybackInterrupted": ".video_playback_interrupted",
    "VideoPlaybackPaused": ".video_playback_paused",
    "VideoPlaybackResumed": ".video_playback_resumed",
    "VideoPlaybackSeekCompleted": ".video_playback_seek_completed",
    "VideoPlaybackSeekStarted": ".video_playback_seek_started",
    "VideoPlaybackStarted": ".video_playback_started",
    "VideoQualityUpdated": ".video_quality_updated",
    "WishlistedItemAddedToCart": ".wishlisted_item_added_to_cart",
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
    "AdGeneral",
    "AdGeneralContent",
    "AdGeneralLoadType",
    "AdGeneralType",
    "Alias",
    "AliasAll",
    "AliasBad",
    "AliasBadIntegrations",
    "AliasBadType",
    "AliasType",
    "AliasXStrictMode",
    "AllCommonFields",
    "AmplitudeCommonEvent",
    "AmplitudeCommonEventEventProperties",
    "AmplitudeCommonEventGroups",
    "AmplitudeCommonEventProductsItem",
    "AmplitudeCommonEventUserProperties",
    "AmplitudeGroupIdentifyUser",
    "AmplitudeGroupIdentifyUserGroupProperties",
    "AmplitudeGroups",
    "AmplitudeIdentifyUser",
    "AmplitudeIdentifyUserGroups",
    "AmplitudeIdentifyUserUserProperties",
    "AmplitudeLogEvent",
    "AmplitudeLogEventV2",
    "AmplitudeLogEventV2Add",
    "AmplitudeLogPurchase",
    "AmplitudeMapUser",
    "AmplitudeSessionPlugin",
    "AmplitudeSet",
    "AmplitudeUserProperties",
    "AnonymousUser",
    "AnonymousUser2",
    "AnonymousUser2Properties",
    "AnonymousUser2Type",
    "AnonymousUser3",
    "AnonymousUser3Properties",
    "AnonymousUser3Type",
    "AnonymousUser4",
    "AnonymousUser4Properties",
    "AnonymousUser4Type",
    "AnonymousUser5",
    "AnonymousUser5Traits",
    "AnonymousUser5TraitsRelationshipAttributes",
    "AnonymousUser5Type",
    "AnonymousUser6",
    "AnonymousUser6Traits",
    "AnonymousUser6Type",
    "AnonymousUser7",
    "AnonymousUser7Properties",
    "AnonymousUser7Type",
    "AnonymousUser8",
    "AnonymousUser8Properties",
    "AnonymousUser8Type",
    "AnonymousUser9",
    "AnonymousUser9Properties",
    "AnonymousUser9Type",
    "AnonymousUserTraits",
    "AnonymousUserType",
    "AppBackgroundedAnonymousUser",
    "AppBackgroundedAnonymousUserEvent",
    "AppBackgroundedAnonymousUserProperties",
    "AppBackgroundedAnonymousUserType",
    "AppBackgroundedIdentifiedUser",
    "AppBackgroundedIdentifiedUserEvent",
    "AppBackgroundedIdentifiedUserProperties",
    "AppBackgroundedIdentifiedUserType",
    "AppCrashedAnonymousUser",
    "AppCrashedAnonymousUserEvent",
    "AppCrashedAnonymousUserProperties",
    "AppCrashedAnonymousUserType",
    "AppCrashedIdentifiedUser",
    "AppCrashedIdentifiedUserEvent",
    "AppCrashedIdentifiedUserProperties",
    "AppCrashedIdentifiedUserType",
    "AppEventCallType",
    "AppForegroundedAnonymousUser",
    "AppForegroundedAnonymousUserEvent",
    "AppForegroundedAnonymousUserProperties",
    "AppForegroundedAnonymousUserType",
    "AppForegroundedIdentifiedUser",
    "AppForegroundedIdentifiedUserEvent",
    "AppForegroundedIdentifiedUserProperties",
    "AppForegroundedIdentifiedUserType",
    "AppInstalledAnonymousUser",
    "AppInstalledAnonymousUserEvent",
    "AppInstalledAnonymousUserProperties",
    "AppInstalledAnonymousUserType",
    "AppInstalledIdentifiedUser",
    "AppInstalledIdentifiedUserEvent",
    "AppInstalledIdentifiedUserProperties",
    "AppInstalledIdentifiedUserType",
    "AppOpenedAnonymousUser",
    "AppOpenedAnonymousUserEvent",
    "AppOpenedAnonymousUserProperties",
    "AppOpenedAnonymousUserType",
    "AppOpenedIdentifiedUser",
    "AppOpenedIdentifiedUserEvent",
    "AppOpenedIdentifiedUserProperties",
    "AppOpenedIdentifiedUserType",
    "AppUninstalledAnonymousUser",
    "AppUninstalledAnonymousUserEvent",
    "AppUninstalledAnonymousUserProperties",
    "AppUninstalledAnonymousUserType",
    "AppUninstalledIdentifiedUser",
    "AppUninstalledIdentifiedUserEvent",
    "AppUninstalledIdentifiedUserProperties",
    "AppUninstalledIdentifiedUserType",
    "AppUpdatedAnonymousUser",
    "AppUpdatedAnonymousUserEvent",
    "AppUpdatedAnonymousUserProperties",
    "AppUpdatedAnonymousUserType",
    "AppUpdatedIdentifiedUser",
    "AppUpdatedIdentifiedUserEvent",
    "AppUpdatedIdentifiedUserProperties",
    "AppUpdatedIdentifiedUserType",
    "Batch",
    "BatchIntegrations",
    "BatchXStrictMode",
    "BrazeCreateAlias",
    "BrazeIdentifyUser",
    "BrazeIdentifyUserUserAlias",
    "BrazeTrackEvent",
    "BrazeTrackEventProperties",
    "BrazeTrackEventUserAlias",
    "BrazeTrackPurchase",
    "BrazeTrackPurchaseProductsItem",
    "BrazeTrackPurchaseProperties",
    "BrazeTrackPurchaseUserAlias",
    "BrazeUpdateUserProfile",
    "BrazeUpdateUserProfileCurrentLocation",
    "BrazeUpdateUserProfileCustomAttributes",
    "BrazeUpdateUserProfileFacebook",
    "BrazeUpdateUserProfileGender",
    "BrazeUpdateUserProfilePushTokensItem",
    "BrazeUpdateUserProfileTwitter",
    "BrazeUpdateUserProfileUserAlias",
    "CartShared",
    "CartSharedProductsItem",
    "CartViewed",
    "Checkout",
    "CheckoutStarted",
    "CheckoutStep",
    "CheckoutStepCompleted",
    "CheckoutStepViewed",
    "CommonFields",
    "CommonFieldsIntegrations",
    "CommonFieldsType",
    "CommonUtmProperties",
    "ContentAsset",
    "ContentAssets",
    "ContentGeneral",
    "ContextCommon",
    "ContextCommonChannel",
    "ContextPage",
    "CouponApplied",
    "CouponDenied",
    "CouponEntered",
    "CouponRemoved",
    "CreateOrUpdateDevice",
    "CreateOrUpdateDeviceContext",
    "CreateOrUpdateDeviceContextDevice",
    "CreateOrUpdateDeviceContextDeviceType",
    "CreateOrUpdateDeviceEvent",
    "DeleteDevice",
    "DeleteDeviceContext",
    "DeleteDeviceContextDevice",
    "DeleteDeviceContextDeviceType",
    "DeleteDeviceEvent",
    "DeleteObject",
    "DeleteObjectEvent",
    "DeleteObjectProperties",
    "DeletePerson",
    "DeletePersonEvent",
    "DeletePersonProperties",
    "DeleteRelationship",
    "DeleteRelationshipEvent",
    "DeleteRelationshipProperties",
    "EmailBasicContext",
    "EmailBasicContextTraits",
    "EmailEventBounced",
    "EmailEventDelivered",
    "EmailEventLinkClicked",
    "EmailEventLinkClickedProperties",
    "EmailEventMarkedAsSpam",
    "EmailEventOpened",
    "EmailEventUnsubscribed",
    "EmailEventUnsubscribedProperties",
    "EmailProperties",
    "EmailTotalContext",
    "EmailTotalContextTraits",
    "ErrorsItem",
    "EtlAlias",
    "EtlAliasDestination",
    "EtlGroup",
    "EtlGroupDestination",
    "EtlGroupDestinationTraits",
    "EtlGroupTraits",
    "EtlIdentify",
    "EtlIdentifyDestination",
    "EtlIdentifyDestinationTraits",
    "EtlIdentifyTraits",
    "EtlPage",
    "EtlPageDestination",
    "EtlPageDestinationProperties",
    "EtlPageProperties",
    "EtlScreen",
    "EtlScreenDestination",
    "EtlScreenDestinationProperties",
    "EtlScreenProperties",
    "EtlTracks",
    "EtlTracksDestination",
    "EtlTracksDestinationProperties",
    "EtlTracksProperties",
    "ExperimentViewed",
    "FiltersItem",
    "Group2",
    "Group2Properties",
    "Group2Type",
    "GroupBadAnonymousUser",
    "GroupBadAnonymousUserIntegrations",
    "GroupBadAnonymousUserTraits",
    "GroupBadAnonymousUserType",
    "GroupBadKnownUser",
    "GroupBadKnownUserIntegrations",
    "GroupBadKnownUserTraits",
    "GroupBadKnownUserType",
    "GroupXStrictMode",
    "IdentifyBad",
    "IdentifyBadIntegrations",
    "IdentifyBadTraits",
    "IdentifyBadType",
    "IdentifyXStrictMode",
    "Integrations",
    "KnownUser",
    "KnownUser2",
    "KnownUser2Properties",
    "KnownUser2Type",
    "KnownUser3",
    "KnownUser3Properties",
    "KnownUser3Type",
    "KnownUser4",
    "KnownUser4Properties",
    "KnownUser4Type",
    "KnownUser5",
    "KnownUser5Traits",
    "KnownUser5TraitsRelationshipAttributes",
    "KnownUser5Type",
    "KnownUser6",
    "KnownUser6Traits",
    "KnownUser6Type",
    "KnownUser7",
    "KnownUser7Properties",
    "KnownUser7Type",
    "KnownUser8",
    "KnownUser8Properties",
    "KnownUser8Type",
    "KnownUser9",
    "KnownUser9Properties",
    "KnownUser9Type",
    "KnownUserTraits",
    "KnownUserTraitsCioSubscriptionPreferences",
    "KnownUserTraitsCioSubscriptionPreferencesTopics",
    "KnownUserType",
    "LiveChatConversationEnded",
    "LiveChatConversationStarted",
    "LiveChatGeneral",
    "LiveChatMessageReceived",
    "LiveChatMessageSent",
    "MixpanelAlias",
    "MixpanelGroupIdentifyUser",
    "MixpanelGroupIdentifyUserTraits",
    "MixpanelIdentifyUser",
    "MixpanelIdentifyUserTraits",
    "MixpanelTrackEvent",
    "MixpanelTrackEventContext",
    "MixpanelTrackEventEventProperties",
    "MixpanelTrackPurchase",
    "MixpanelTrackPurchaseContext",
    "MixpanelTrackPurchaseEventProperties",
    "MixpanelTrackPurchaseProductsItem",
    "Mobile",
    "MobileApp",
    "MobileCommonFields",
    "MobileDevice",
    "MobileDeviceType",
    "MobileNetwork",
    "MobileOs",
    "NonMobile",
    "NonMobileCampaign",
    "OrderCancelled",
    "OrderCompleted",
    "OrderRefunded",
    "OrderUpdated",
    "PageBadAnonymousUser",
    "PageBadAnonymousUserIntegrations",
    "PageBadAnonymousUserProperties",
    "PageBadAnonymousUserType",
    "PageBadKnownUser",
    "PageBadKnownUserIntegrations",
    "PageBadKnownUserProperties",
    "PageBadKnownUserType",
    "PageCommonFields",
    "PageXStrictMode",
    "PaymentInfoUpdated",
    "Playback",
    "PlaybackAdType",
    "Product",
    "ProductAdded",
    "ProductAddedToWishlist",
    "ProductClicked",
    "ProductListFiltered",
    "ProductListFilteredFiltersItem",
    "ProductListFilteredSortsItem",
    "ProductListViewed",
    "ProductRemoved",
    "ProductRemovedFromWishlist",
    "ProductReviewed",
    "ProductShared",
    "ProductViewed",
    "ProductsSearched",
    "Promotion",
    "PromotionClicked",
    "PromotionViewed",
    "ReportContentEvent",
    "ReportContentEventEvent",
    "ReportContentEventProperties",
    "ReportContentEventPropertiesActionType",
    "ReportDeliveryEvent",
    "ReportDeliveryEventEvent",
    "ReportDeliveryEventProperties",
    "ReportDeliveryEventPropertiesMetric",
    "ScreenBadAnonymousUser",
    "ScreenBadAnonymousUserIntegrations",
    "ScreenBadAnonymousUserProperties",
    "ScreenBadAnonymousUserType",
    "ScreenBadKnownUser",
    "ScreenBadKnownUserIntegrations",
    "ScreenBadKnownUserProperties",
    "ScreenBadKnownUserType",
    "ScreenXStrictMode",
    "SortsItem",
    "SuppressPerson",
    "SuppressPersonEvent",
    "SuppressPersonProperties",
    "TrackBadAnonymousUser",
    "TrackBadAnonymousUserIntegrations",
    "TrackBadAnonymousUserProperties",
    "TrackBadAnonymousUserType",
    "TrackBadKnownUser",
    "TrackBadKnownUserIntegrations",
    "TrackBadKnownUserProperties",
    "TrackBadKnownUserType",
    "TrackXStrictMode",
    "UnsuppressPerson",
    "UnsuppressPersonEvent",
    "UnsuppressPersonProperties",
    "UserAnonymousUser",
    "UserKnownUser",
    "VideoAdCompleted",
    "VideoAdCompletedContent",
    "VideoAdCompletedLoadType",
    "VideoAdCompletedType",
    "VideoAdPlaying",
    "VideoAdPlayingContent",
    "VideoAdPlayingLoadType",
    "VideoAdPlayingType",
    "VideoAdStarted",
    "VideoAdStartedContent",
    "VideoAdStartedLoadType",
    "VideoAdStartedType",
    "VideoContentCompleted",
    "VideoContentPlaying",
    "VideoContentStarted",
    "VideoPlaybackBufferCompleted",
    "VideoPlaybackBufferStarted",
    "VideoPlaybackCompleted",
    "VideoPlaybackExited",
    "VideoPlaybackInterrupted",
    "VideoPlaybackPaused",
    "VideoPlaybackResumed",
    "VideoPlaybackSeekCompleted",
    "VideoPlaybackSeekStarted",
    "VideoPlaybackStarted",
    "VideoQualityUpdated",
    "WishlistedItemAddedToCart",
)
