from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_bool,
    expect_int,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.amplitude_identify_user_groups import AmplitudeIdentifyUserGroups
    from ..models.amplitude_identify_user_user_properties import (
        AmplitudeIdentifyUserUserProperties,
    )
    from ..models.common_utm_properties import CommonUtmProperties


T = TypeVar("T", bound="AmplitudeIdentifyUser")


@_attrs_define
class AmplitudeIdentifyUser:
    """
    Attributes:
        user_id (str | Unset): A unique identifier for a user. If your call references user ID you haven't added to
            Amplitude yet, then the user tied to that ID will not be marked "new" until their first event. Required unless
            device ID is present. Default: '$.userId'.
        device_id (str | Unset): A device identifier, like the Identifier for Vendor (IDFV) on iOS. Required unless the
            request includes a `user_id`.
             Default: 'coalesce($.context.device.id, $.anonymousId)'.
        user_properties (AmplitudeIdentifyUserUserProperties | Unset): Additional data tied to the user in Amplitude.
            Each distinct value appears as a user segment in Amplitude. object depth cannot not exceed 40 layers. Date
            values are transformed to string strings.
        groups (AmplitudeIdentifyUserGroups | Unset): Groups of users for the event as an event-level group. You can
            only track up to 5 groups. **Note:** This Amplitude feature is only available to Enterprise customers who have
            purchased the Accounts add-on.
        app_version (str | Unset): Version of the app the user is on. Default: '$.context.app.version'.
        platform (str | Unset): The platform of the user's device. Default: '$.context.device.type'.
        os_name (str | Unset): The mobile operating system or browser of the user's device. Default:
            '$.context.os.name'.
        os_version (str | Unset): The version of the mobile operating system or browser of the user's device. Default:
            '$.context.os.version'.
        device_brand (str | Unset): The brand of user's the device. Default: '$.context.device.brand'.
        device_manufacturer (str | Unset): The manufacturer of the user's device. Default:
            '$.context.device.manufacturer'.
        device_model (str | Unset): The model of the user's device. Default: '$.context.device.model'.
        carrier (str | Unset): The user's mobile carrier. Default: '$.context.network.carrier'.
        country (str | Unset): The country in which the user is located. Default: '$.context.location.country'.
        region (str | Unset): The geographical region in which the user is located. Default:
            '$.context.location.region'.
        city (str | Unset): The city in which the user is located. Default: '$.context.location.city'.
        dma (str | Unset): The Designated Market Area in which the user is located.
        language (str | Unset): Language the user has set on their device or browser. Default: '$.context.locale'.
        paying (bool | Unset): Whether the user is paying or not.
        start_version (str | Unset): The version of the app the user was first on.
        insert_id (str | Unset): Amplitude will deduplicate subsequent events sent with this ID we have already seen
            before within the past 7 days. Amplitude recommends generating a UUID or using some combination of device ID,
            user ID, event type, event ID, and time.
        user_agent (str | Unset): The user agent of the device sending the event. Default: '$.context.userAgent'.
        user_agent_parsing (bool | Unset): Enabling this setting will set the Device manufacturer, Device Model and OS
            Name properties based on the user agent string provided in the userAgent field Default: True.
        utm_properties (CommonUtmProperties | Unset): UTM Tracking Properties
        referrer (str | Unset): The referrer of a web request. Sent to Amplitude as both last touch “referrer” and first
            touch “initial_referrer” Default: '$.context.page.referrer'.
        min_id_length (int | Unset): Amplitude has a default minimum id length of 5 characters for `user_id`` and
            `device_id`` fields. This field allows the minimum to be overridden to allow shorter id lengths.
        library (str | Unset): The name of the library that generated the event. Default: '$.context.library.name'.
    """

    user_id: str | Unset = "$.userId"
    device_id: str | Unset = "coalesce($.context.device.id, $.anonymousId)"
    user_properties: AmplitudeIdentifyUserUserProperties | Unset = UNSET
    groups: AmplitudeIdentifyUserGroups | Unset = UNSET
    app_version: str | Unset = "$.context.app.version"
    platform: str | Unset = "$.context.device.type"
    os_name: str | Unset = "$.context.os.name"
    os_version: str | Unset = "$.context.os.version"
    device_brand: str | Unset = "$.context.device.brand"
    device_manufacturer: str | Unset = "$.context.device.manufacturer"
    device_model: str | Unset = "$.context.device.model"
    carrier: str | Unset = "$.context.network.carrier"
    country: str | Unset = "$.context.location.country"
    region: str | Unset = "$.context.location.region"
    city: str | Unset = "$.context.location.city"
    dma: str | Unset = UNSET
    language: str | Unset = "$.context.locale"
    paying: bool | Unset = UNSET
    start_version: str | Unset = UNSET
    insert_id: str | Unset = UNSET
    user_agent: str | Unset = "$.context.userAgent"
    user_agent_parsing: bool | Unset = True
    utm_properties: CommonUtmProperties | Unset = UNSET
    referrer: str | Unset = "$.context.page.referrer"
    min_id_length: int | Unset = UNSET
    library: str | Unset = "$.context.library.name"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        device_id = self.device_id

        user_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_properties, Unset):
            user_properties = self.user_properties.to_dict()

        groups: dict[str, Any] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups.to_dict()

        app_version = self.app_version

        platform = self.platform

        os_name = self.os_name

        os_version = self.os_version

        device_brand = self.device_brand

        device_manufacturer = self.device_manufacturer

        device_model = self.device_model

        carrier = self.carrier

        country = self.country

        region = self.region

        city = self.city

        dma = self.dma

        language = self.language

        paying = self.paying

        start_version = self.start_version

        insert_id = self.insert_id

        user_agent = self.user_agent

        user_agent_parsing = self.user_agent_parsing

        utm_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.utm_properties, Unset):
            utm_properties = self.utm_properties.to_dict()

        referrer = self.referrer

        min_id_length = self.min_id_length

        library = self.library

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if device_id is not UNSET:
            field_dict["device_id"] = device_id
        if user_properties is not UNSET:
            field_dict["user_properties"] = user_properties
        if groups is not UNSET:
            field_dict["groups"] = groups
        if app_version is not UNSET:
            field_dict["app_version"] = app_version
        if platform is not UNSET:
            field_dict["platform"] = platform
        if os_name is not UNSET:
            field_dict["os_name"] = os_name
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if device_brand is not UNSET:
            field_dict["device_brand"] = device_brand
        if device_manufacturer is not UNSET:
            field_dict["device_manufacturer"] = device_manufacturer
        if device_model is not UNSET:
            field_dict["device_model"] = device_model
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if country is not UNSET:
            field_dict["country"] = country
        if region is not UNSET:
            field_dict["region"] = region
        if city is not UNSET:
            field_dict["city"] = city
        if dma is not UNSET:
            field_dict["dma"] = dma
        if language is not UNSET:
            field_dict["language"] = language
        if paying is not UNSET:
            field_dict["paying"] = paying
        if start_version is not UNSET:
            field_dict["start_version"] = start_version
        if insert_id is not UNSET:
            field_dict["insert_id"] = insert_id
        if user_agent is not UNSET:
            field_dict["userAgent"] = user_agent
        if user_agent_parsing is not UNSET:
            field_dict["userAgentParsing"] = user_agent_parsing
        if utm_properties is not UNSET:
            field_dict["utm_properties"] = utm_properties
        if referrer is not UNSET:
            field_dict["referrer"] = referrer
        if min_id_length is not UNSET:
            field_dict["min_id_length"] = min_id_length
        if library is not UNSET:
            field_dict["library"] = library

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.amplitude_identify_user_groups import AmplitudeIdentifyUserGroups
        from ..models.amplitude_identify_user_user_properties import (
            AmplitudeIdentifyUserUserProperties,
        )
        from ..models.common_utm_properties import CommonUtmProperties

        d = dict(expect_object(src_dict, "AmplitudeIdentifyUser"))
        user_id = expect_str(d.pop("user_id", UNSET), "AmplitudeIdentifyUser.user_id")

        device_id = expect_str(
            d.pop("device_id", UNSET), "AmplitudeIdentifyUser.device_id"
        )

        _user_properties = d.pop("user_properties", UNSET)
        user_properties: AmplitudeIdentifyUserUserProperties | Unset
        if isinstance(_user_properties, Unset):
            user_properties = UNSET
        else:
            user_properties = AmplitudeIdentifyUserUserProperties.from_dict(
                _user_properties
            )

        _groups = d.pop("groups", UNSET)
        groups: AmplitudeIdentifyUserGroups | Unset
        if isinstance(_groups, Unset):
            groups = UNSET
        else:
            groups = AmplitudeIdentifyUserGroups.from_dict(_groups)

        app_version = expect_str(
            d.pop("app_version", UNSET), "AmplitudeIdentifyUser.app_version"
        )

        platform = expect_str(
            d.pop("platform", UNSET), "AmplitudeIdentifyUser.platform"
        )

        os_name = expect_str(d.pop("os_name", UNSET), "AmplitudeIdentifyUser.os_name")

        os_version = expect_str(
            d.pop("os_version", UNSET), "AmplitudeIdentifyUser.os_version"
        )

        device_brand = expect_str(
            d.pop("device_brand", UNSET), "AmplitudeIdentifyUser.device_brand"
        )

        device_manufacturer = expect_str(
            d.pop("device_manufacturer", UNSET),
            "AmplitudeIdentifyUser.device_manufacturer",
        )

        device_model = expect_str(
            d.pop("device_model", UNSET), "AmplitudeIdentifyUser.device_model"
        )

        carrier = expect_str(d.pop("carrier", UNSET), "AmplitudeIdentifyUser.carrier")

        country = expect_str(d.pop("country", UNSET), "AmplitudeIdentifyUser.country")

        region = expect_str(d.pop("region", UNSET), "AmplitudeIdentifyUser.region")

        city = expect_str(d.pop("city", UNSET), "AmplitudeIdentifyUser.city")

        dma = expect_str(d.pop("dma", UNSET), "AmplitudeIdentifyUser.dma")

        language = expect_str(
            d.pop("language", UNSET), "AmplitudeIdentifyUser.language"
        )

        paying = expect_bool(d.pop("paying", UNSET), "AmplitudeIdentifyUser.paying")

        start_version = expect_str(
            d.pop("start_version", UNSET), "AmplitudeIdentifyUser.start_version"
        )

        insert_id = expect_str(
            d.pop("insert_id", UNSET), "AmplitudeIdentifyUser.insert_id"
        )

        user_agent = expect_str(
            d.pop("userAgent", UNSET), "AmplitudeIdentifyUser.userAgent"
        )

        user_agent_parsing = expect_bool(
            d.pop("userAgentParsing", UNSET), "AmplitudeIdentifyUser.userAgentParsing"
        )

        _utm_properties = d.pop("utm_properties", UNSET)
        utm_properties: CommonUtmProperties | Unset
        if isinstance(_utm_properties, Unset):
            utm_properties = UNSET
        else:
            utm_properties = CommonUtmProperties.from_dict(_utm_properties)

        referrer = expect_str(
            d.pop("referrer", UNSET), "AmplitudeIdentifyUser.referrer"
        )

        min_id_length = expect_int(
            d.pop("min_id_length", UNSET), "AmplitudeIdentifyUser.min_id_length"
        )

        library = expect_str(d.pop("library", UNSET), "AmplitudeIdentifyUser.library")

        amplitude_identify_user = cls(
            user_id=user_id,
            device_id=device_id,
            user_properties=user_properties,
            groups=groups,
            app_version=app_version,
            platform=platform,
            os_name=os_name,
            os_version=os_version,
            device_brand=device_brand,
            device_manufacturer=device_manufacturer,
            device_model=device_model,
            carrier=carrier,
            country=country,
            region=region,
            city=city,
            dma=dma,
            language=language,
            paying=paying,
            start_version=start_version,
            insert_id=insert_id,
            user_agent=user_agent,
            user_agent_parsing=user_agent_parsing,
            utm_properties=utm_properties,
            referrer=referrer,
            min_id_length=min_id_length,
            library=library,
        )

        amplitude_identify_user.additional_properties = d
        return amplitude_identify_user

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
