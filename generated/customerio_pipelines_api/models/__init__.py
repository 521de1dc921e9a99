"""Contains all the data models used in inputs/outputs (imported lazily, on first access)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .alias import Alias
    from .alias_type import AliasType
    from .alias_x_strict_mode import AliasXStrictMode
    from .all_common_fields import AllCommonFields
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
    from .batch import Batch
    from .batch_integrations import BatchIntegrations
    from .batch_x_strict_mode import BatchXStrictMode
    from .common_fields import CommonFields
    from .common_fields_integrations import CommonFieldsIntegrations
    from .common_fields_type import CommonFieldsType
    from .context_common import ContextCommon
    from .context_common_channel import ContextCommonChannel
    from .context_page import ContextPage
    from .group_2 import Group2
    from .group_2_properties import Group2Properties
    from .group_2_type import Group2Type
    from .group_x_strict_mode import GroupXStrictMode
    from .identify_x_strict_mode import IdentifyXStrictMode
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
    from .mobile import Mobile
    from .mobile_app import MobileApp
    from .mobile_common_fields import MobileCommonFields
    from .mobile_device import MobileDevice
    from .mobile_device_type import MobileDeviceType
    from .mobile_network import MobileNetwork
    from .mobile_os import MobileOs
    from .non_mobile import NonMobile
    from .non_mobile_campaign import NonMobileCampaign
    from .page_common_fields import PageCommonFields
    from .page_x_strict_mode import PageXStrictMode
    from .screen_x_strict_mode import ScreenXStrictMode
    from .track_x_strict_mode import TrackXStrictMode

_MODULE_OF: dict[str, str] = {
    "Alias": ".alias",
    "AliasType": ".alias_type",
    "AliasXStrictMode": ".alias_x_strict_mode",
    "AllCommonFields": ".all_common_fields",
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
    "Batch": ".batch",
    "BatchIntegrations": ".batch_integrations",
    "BatchXStrictMode": ".batch_x_strict_mode",
    "CommonFields": ".common_fields",
    "CommonFieldsIntegrations": ".common_fields_integrations",
    "CommonFieldsType": ".common_fields_type",
    "ContextCommon": ".context_common",
    "ContextCommonChannel": ".context_common_channel",
    "ContextPage": ".context_page",
    "Group2": ".group_2",
    "Group2Properties": ".group_2_properties",
    "Group2Type": ".group_2_type",
    "GroupXStrictMode": ".group_x_strict_mode",
    "IdentifyXStrictMode": ".identify_x_strict_mode",
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
    "Mobile": ".mobile",
    "MobileApp": ".mobile_app",
    "MobileCommonFields": ".mobile_common_fields",
    "MobileDevice": ".mobile_device",
    "MobileDeviceType": ".mobile_device_type",
    "MobileNetwork": ".mobile_network",
    "MobileOs": ".mobile_os",
    "NonMobile": ".non_mobile",
    "NonMobileCampaign": ".non_mobile_campaign",
    "PageCommonFields": ".page_common_fields",
    "PageXStrictMode": ".page_x_strict_mode",
    "ScreenXStrictMode": ".screen_x_strict_mode",
    "TrackXStrictMode": ".track_x_strict_mode",
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
    "Alias",
    "AliasType",
    "AliasXStrictMode",
    "AllCommonFields",
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
    "Batch",
    "BatchIntegrations",
    "BatchXStrictMode",
    "CommonFields",
    "CommonFieldsIntegrations",
    "CommonFieldsType",
    "ContextCommon",
    "ContextCommonChannel",
    "ContextPage",
    "Group2",
    "Group2Properties",
    "Group2Type",
    "GroupXStrictMode",
    "IdentifyXStrictMode",
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
    "Mobile",
    "MobileApp",
    "MobileCommonFields",
    "MobileDevice",
    "MobileDeviceType",
    "MobileNetwork",
    "MobileOs",
    "NonMobile",
    "NonMobileCampaign",
    "PageCommonFields",
    "PageXStrictMode",
    "ScreenXStrictMode",
    "TrackXStrictMode",
)
