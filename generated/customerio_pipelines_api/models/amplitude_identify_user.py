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
        user_id = d.pop("user_id", UNSET)
        if type(user_id) is not str and user_id is not UNSET:
            user_id = expect_str(user_id, "AmplitudeIdentifyUser.user_id")

        device_id = d.pop("device_id", UNSET)
        if type(device_id) is not str and device_id is not UNSET:
            device_id = expect_str(device_id, "AmplitudeIdentifyUser.device_id")

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

        app_version = d.pop("app_version", UNSET)
        if type(app_version) is not str and app_version is not UNSET:
            app_version = expect_str(app_version, "AmplitudeIdentifyUser.app_version")

        platform = d.pop("platform", UNSET)
        if type(platform) is not str and platform is not UNSET:
            platform = expect_str(platform, "AmplitudeIdentifyUser.platform")

        os_name = d.pop("os_name", UNSET)
        if type(os_name) is not str and os_name is not UNSET:
            os_name = expect_str(os_name, "AmplitudeIdentifyUser.os_name")

        os_version = d.pop("os_version", UNSET)
        if type(os_version) is not str and os_version is not UNSET:
            os_version = expect_str(os_version, "AmplitudeIdentifyUser.os_version")

        device_brand = d.pop("device_brand", UNSET)
        if type(device_brand) is not str and device_brand is not UNSET:
            device_brand = expect_str(
                device_brand, "AmplitudeIdentifyUser.device_brand"
            )

        device_manufacturer = d.pop("device_manufacturer", UNSET)
        if type(device_manufacturer) is not str and device_manufacturer is not UNSET:
            device_manufacturer = expect_str(
                device_manufacturer, "AmplitudeIdentifyUser.device_manufacturer"
            )

        device_model = d.pop("device_model", UNSET)
        if type(device_model) is not str and device_model is not UNSET:
            device_model = expect_str(
                device_model, "AmplitudeIdentifyUser.device_model"
            )

        carrier = d.pop("carrier", UNSET)
        if type(carrier) is not str and carrier is not UNSET:
            carrier = expect_str(carrier, "AmplitudeIdentifyUser.carrier")

        country = d.pop("country", UNSET)
        if type(country) is not str and country is not UNSET:
            country = expect_str(country, "AmplitudeIdentifyUser.country")

        region = d.pop("region", UNSET)
        if type(region) is not str and region is not UNSET:
            region = expect_str(region, "AmplitudeIdentifyUser.region")

        city = d.pop("city", UNSET)
        if type(city) is not str and city is not UNSET:
            city = expect_str(city, "AmplitudeIdentifyUser.city")

        dma = d.pop("dma", UNSET)
        if type(dma) is not str and dma is not UNSET:
            dma = expect_str(dma, "AmplitudeIdentifyUser.dma")

        language = d.pop("language", UNSET)
        if type(language) is not str and language is not UNSET:
            language = expect_str(language, "AmplitudeIdentifyUser.language")

        paying = d.pop("paying", UNSET)
        if type(paying) is not bool and paying is not UNSET:
            paying = expect_bool(paying, "AmplitudeIdentifyUser.paying")

        start_version = d.pop("start_version", UNSET)
        if type(start_version) is not str and start_version is not UNSET:
            start_version = expect_str(
                start_version, "AmplitudeIdentifyUser.start_version"
            )

        insert_id = d.pop("insert_id", UNSET)
        if type(insert_id) is not str and insert_id is not UNSET:
            insert_id = expect_str(insert_id, "AmplitudeIdentifyUser.insert_id")

        user_agent = d.pop("userAgent", UNSET)
        if type(user_agent) is not str and user_agent is not UNSET:
            user_agent = expect_str(user_agent, "AmplitudeIdentifyUser.userAgent")

        user_agent_parsing = d.pop("userAgentParsing", UNSET)
        if type(user_agent_parsing) is not bool and user_agent_parsing is not UNSET:
            user_agent_parsing = expect_bool(
                user_agent_parsing, "AmplitudeIdentifyUser.userAgentParsing"
            )

        _utm_properties = d.pop("utm_properties", UNSET)
        utm_properties: CommonUtmProperties | Unset
        if isinstance(_utm_properties, Unset):
            utm_properties = UNSET
        else:
            utm_properties = CommonUtmProperties.from_dict(_utm_properties)

        referrer = d.pop("referrer", UNSET)
        if type(referrer) is not str and referrer is not UNSET:
            referrer = expect_str(referrer, "AmplitudeIdentifyUser.referrer")

        min_id_length = d.pop("min_id_length", UNSET)
        if type(min_id_length) is not int and min_id_length is not UNSET:
            min_id_length = expect_int(
                min_id_length, "AmplitudeIdentifyUser.min_id_length"
            )

        library = d.pop("library", UNSET)
        if type(library) is not str and library is not UNSET:
            library = expect_str(library, "AmplitudeIdentifyUser.library")

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
