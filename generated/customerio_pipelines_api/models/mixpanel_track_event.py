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
    expect_number,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.common_utm_properties import CommonUtmProperties
    from ..models.mixpanel_track_event_context import MixpanelTrackEventContext
    from ..models.mixpanel_track_event_event_properties import (
        MixpanelTrackEventEventProperties,
    )


T = TypeVar("T", bound="MixpanelTrackEvent")


@_attrs_define
class MixpanelTrackEvent:
    """
    Attributes:
        distinct_id (str | Unset): The distinct ID for the user. If you've identified the user, this is typically the
            `userId` You can set this to any value using the identify method. Default: 'coalesce($.userId, $.anonymousId)'.
        anonymous_id (str | Unset): A distinct ID randomly generated prior to calling identify. Default:
            '$.anonymousId'.
        user_id (Any | Unset): The distinct ID after calling identify. Default: '$.userId'.
        group_id (str | Unset): The unique identifier of the group that performed this event. Default:
            '$.context.groupId'.
        insert_id (str | Unset): A random id that is unique to an event. Mixpanel uses $insert_id to deduplicate events.
            Default: '$.messageId'.
        time (int | Unset): The timestamp of the event. Mixpanel expects epoch timestamp in millisecond or second.
            Please note, Mixpanel only accepts this field as the timestamp. If the field is empty, it will be set to the
            time Mixpanel servers receive it.
        app_name (str | Unset): The name of your application. Default: '$.context.app.name'.
        app_namespace (str | Unset): The namespace of your application. Default: '$.context.app.namespace'.
        app_build (str | Unset): The current build of your application. Default: '$.context.app.build'.
        app_version (str | Unset): The current version of your application. Default: '$.context.app.version'.
        os_name (str | Unset): The name of the mobile operating system or browser that the user is using. Default:
            '$.context.os.name'.
        os_version (str | Unset): The version of the mobile operating system or browser the user is using. Default:
            '$.context.os.version'.
        device_id (str | Unset): A unique identifier for the device the user is using. Default: '$.context.device.id'.
        device_type (str | Unset): The type of the user's device. Default: '$.context.device.type'.
        device_name (str | Unset): The name of the user's device. Default: '$.context.device.name'.
        device_manufacturer (str | Unset): The device manufacturer that the user is using. Default:
            '$.context.device.manufacturer'.
        device_model (str | Unset): The device model that the user is using. Default: '$.context.device.model'.
        bluetooth (bool | Unset): Whether bluetooth is enabled.
        carrier (str | Unset): The carrier that the user is using. Default: '$.context.network.carrier'.
        cellular (bool | Unset): Whether cellular is enabled.
        wifi (bool | Unset): Set to true if user’s device has an active, available Wifi connection, false if not.
        country (str | Unset): The current country of the user. Default: '$.context.location.country'.
        region (str | Unset): The current region of the user. Default: '$.context.location.region'.
        language (str | Unset): The language set by the user. Default: '$.context.locale'.
        library_name (str | Unset): The name of the SDK used to send events. Default: '$.context.library.name'.
        library_version (str | Unset): The version of the SDK used to send events. Default: '$.context.library.version'.
        ip (str | Unset): The IP address of the user. This is only used for geolocation and won't be stored. Default:
            '$.context.ip'.
        idfa (str | Unset): Identifier for Advertiser. _(iOS)_ Default: 'coalesce($.context.device.advertisingId,
            $.context.device.idfa)'.
        url (str | Unset): The full URL of the webpage on which the event is triggered. Default: '$.context.page.url'.
        screen_width (float | Unset): Width, in pixels, of the device screen.
        screen_height (float | Unset): Height, in pixels, of the device screen.
        screen_density (float | Unset): Pixel density of the device screen.
        referrer (str | Unset): Referrer url Default: '$.context.page.referrer'.
        user_agent (str | Unset): User agent Default: '$.context.userAgent'.
        event_properties (MixpanelTrackEventEventProperties | Unset): An object of key-value pairs that represent
            additional data to be sent along with the event.
        context (MixpanelTrackEventContext | Unset): An object of key-value pairs that provides useful context about the
            event. See [the context object](/api/cdp/#schemas/context) for more information.
        utm_properties (CommonUtmProperties | Unset): UTM Tracking Properties
        enable_batching (bool | Unset): Set as true to ensure CDP sends data to Mixpanel in batches. Default: True.
        event (str | Unset): The name of the action being performed. Default: '$.event'.
    """

    distinct_id: str | Unset = "coalesce($.userId, $.anonymousId)"
    anonymous_id: str | Unset = "$.anonymousId"
    user_id: Any | Unset = "$.userId"
    group_id: str | Unset = "$.context.groupId"
    insert_id: str | Unset = "$.messageId"
    time: int | Unset = UNSET
    app_name: str | Unset = "$.context.app.name"
    app_namespace: str | Unset = "$.context.app.namespace"
    app_build: str | Unset = "$.context.app.build"
    app_version: str | Unset = "$.context.app.version"
    os_name: str | Unset = "$.context.os.name"
    os_version: str | Unset = "$.context.os.version"
    device_id: str | Unset = "$.context.device.id"
    device_type: str | Unset = "$.context.device.type"
    device_name: str | Unset = "$.context.device.name"
    device_manufacturer: str | Unset = "$.context.device.manufacturer"
    device_model: str | Unset = "$.context.device.model"
    bluetooth: bool | Unset = UNSET
    carrier: str | Unset = "$.context.network.carrier"
    cellular: bool | Unset = UNSET
    wifi: bool | Unset = UNSET
    country: str | Unset = "$.context.location.country"
    region: str | Unset = "$.context.location.region"
    language: str | Unset = "$.context.locale"
    library_name: str | Unset = "$.context.library.name"
    library_version: str | Unset = "$.context.library.version"
    ip: str | Unset = "$.context.ip"
    idfa: str | Unset = (
        "coalesce($.context.device.advertisingId, $.context.device.idfa)"
    )
    url: str | Unset = "$.context.page.url"
    screen_width: float | Unset = UNSET
    screen_height: float | Unset = UNSET
    screen_density: float | Unset = UNSET
    referrer: str | Unset = "$.context.page.referrer"
    user_agent: str | Unset = "$.context.userAgent"
    event_properties: MixpanelTrackEventEventProperties | Unset = UNSET
    context: MixpanelTrackEventContext | Unset = UNSET
    utm_properties: CommonUtmProperties | Unset = UNSET
    enable_batching: bool | Unset = True
    event: str | Unset = "$.event"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        distinct_id = self.distinct_id

        anonymous_id = self.anonymous_id

        user_id = self.user_id

        group_id = self.group_id

        insert_id = self.insert_id

        time = self.time

        app_name = self.app_name

        app_namespace = self.app_namespace

        app_build = self.app_build

        app_version = self.app_version

        os_name = self.os_name

        os_version = self.os_version

        device_id = self.device_id

        device_type = self.device_type

        device_name = self.device_name

        device_manufacturer = self.device_manufacturer

        device_model = self.device_model

        bluetooth = self.bluetooth

        carrier = self.carrier

        cellular = self.cellular

        wifi = self.wifi

        country = self.country

        region = self.region

        language = self.language

        library_name = self.library_name

        library_version = self.library_version

        ip = self.ip

        idfa = self.idfa

        url = self.url

        screen_width = self.screen_width

        screen_height = self.screen_height

        screen_density = self.screen_density

        referrer = self.referrer

        user_agent = self.user_agent

        event_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_properties, Unset):
            event_properties = self.event_properties.to_dict()

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        utm_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.utm_properties, Unset):
            utm_properties = self.utm_properties.to_dict()

        enable_batching = self.enable_batching

        event = self.event

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if distinct_id is not UNSET:
            field_dict["distinct_id"] = distinct_id
        if anonymous_id is not UNSET:
            field_dict["anonymous_id"] = anonymous_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if insert_id is not UNSET:
            field_dict["insert_id"] = insert_id
        if time is not UNSET:
            field_dict["time"] = time
        if app_name is not UNSET:
            field_dict["app_name"] = app_name
        if app_namespace is not UNSET:
            field_dict["app_namespace"] = app_namespace
        if app_build is not UNSET:
            field_dict["app_build"] = app_build
        if app_version is not UNSET:
            field_dict["app_version"] = app_version
        if os_name is not UNSET:
            field_dict["os_name"] = os_name
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if device_id is not UNSET:
            field_dict["device_id"] = device_id
        if device_type is not UNSET:
            field_dict["device_type"] = device_type
        if device_name is not UNSET:
            field_dict["device_name"] = device_name
        if device_manufacturer is not UNSET:
            field_dict["device_manufacturer"] = device_manufacturer
        if device_model is not UNSET:
            field_dict["device_model"] = device_model
        if bluetooth is not UNSET:
            field_dict["bluetooth"] = bluetooth
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if cellular is not UNSET:
            field_dict["cellular"] = cellular
        if wifi is not UNSET:
            field_dict["wifi"] = wifi
        if country is not UNSET:
            field_dict["country"] = country
        if region is not UNSET:
            field_dict["region"] = region
        if language is not UNSET:
            field_dict["language"] = language
        if library_name is not UNSET:
            field_dict["library_name"] = library_name
        if library_version is not UNSET:
            field_dict["library_version"] = library_version
        if ip is not UNSET:
            field_dict["ip"] = ip
        if idfa is not UNSET:
            field_dict["idfa"] = idfa
        if url is not UNSET:
            field_dict["url"] = url
        if screen_width is not UNSET:
            field_dict["screen_width"] = screen_width
        if screen_height is not UNSET:
            field_dict["screen_height"] = screen_height
        if screen_density is not UNSET:
            field_dict["screen_density"] = screen_density
        if referrer is not UNSET:
            field_dict["referrer"] = referrer
        if user_agent is not UNSET:
            field_dict["userAgent"] = user_agent
        if event_properties is not UNSET:
            field_dict["event_properties"] = event_properties
        if context is not UNSET:
            field_dict["context"] = context
        if utm_properties is not UNSET:
            field_dict["utm_properties"] = utm_properties
        if enable_batching is not UNSET:
            field_dict["enable_batching"] = enable_batching
        if event is not UNSET:
            field_dict["event"] = event

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.common_utm_properties import CommonUtmProperties
        from ..models.mixpanel_track_event_context import MixpanelTrackEventContext
        from ..models.mixpanel_track_event_event_properties import (
            MixpanelTrackEventEventProperties,
        )

        d = dict(expect_object(src_dict, "MixpanelTrackEvent"))
        distinct_id = d.pop("distinct_id", UNSET)
        if type(distinct_id) is not str and distinct_id is not UNSET:
            distinct_id = expect_str(distinct_id, "MixpanelTrackEvent.distinct_id")

        anonymous_id = d.pop("anonymous_id", UNSET)
        if type(anonymous_id) is not str and anonymous_id is not UNSET:
            anonymous_id = expect_str(anonymous_id, "MixpanelTrackEvent.anonymous_id")

        user_id = d.pop("user_id", UNSET)

        group_id = d.pop("group_id", UNSET)
        if type(group_id) is not str and group_id is not UNSET:
            group_id = expect_str(group_id, "MixpanelTrackEvent.group_id")

        insert_id = d.pop("insert_id", UNSET)
        if type(insert_id) is not str and insert_id is not UNSET:
            insert_id = expect_str(insert_id, "MixpanelTrackEvent.insert_id")

        time = d.pop("time", UNSET)
        if type(time) is not int and time is not UNSET:
            time = expect_int(time, "MixpanelTrackEvent.time")

        app_name = d.pop("app_name", UNSET)
        if type(app_name) is not str and app_name is not UNSET:
            app_name = expect_str(app_name, "MixpanelTrackEvent.app_name")

        app_namespace = d.pop("app_namespace", UNSET)
        if type(app_namespace) is not str and app_namespace is not UNSET:
            app_namespace = expect_str(
                app_namespace, "MixpanelTrackEvent.app_namespace"
            )

        app_build = d.pop("app_build", UNSET)
        if type(app_build) is not str and app_build is not UNSET:
            app_build = expect_str(app_build, "MixpanelTrackEvent.app_build")

        app_version = d.pop("app_version", UNSET)
        if type(app_version) is not str and app_version is not UNSET:
            app_version = expect_str(app_version, "MixpanelTrackEvent.app_version")

        os_name = d.pop("os_name", UNSET)
        if type(os_name) is not str and os_name is not UNSET:
            os_name = expect_str(os_name, "MixpanelTrackEvent.os_name")

        os_version = d.pop("os_version", UNSET)
        if type(os_version) is not str and os_version is not UNSET:
            os_version = expect_str(os_version, "MixpanelTrackEvent.os_version")

        device_id = d.pop("device_id", UNSET)
        if type(device_id) is not str and device_id is not UNSET:
            device_id = expect_str(device_id, "MixpanelTrackEvent.device_id")

        device_type = d.pop("device_type", UNSET)
        if type(device_type) is not str and device_type is not UNSET:
            device_type = expect_str(device_type, "MixpanelTrackEvent.device_type")

        device_name = d.pop("device_name", UNSET)
        if type(device_name) is not str and device_name is not UNSET:
            device_name = expect_str(device_name, "MixpanelTrackEvent.device_name")

        device_manufacturer = d.pop("device_manufacturer", UNSET)
        if type(device_manufacturer) is not str and device_manufacturer is not UNSET:
            device_manufacturer = expect_str(
                device_manufacturer, "MixpanelTrackEvent.device_manufacturer"
            )

        device_model = d.pop("device_model", UNSET)
        if type(device_model) is not str and device_model is not UNSET:
            device_model = expect_str(device_model, "MixpanelTrackEvent.device_model")

        bluetooth = d.pop("bluetooth", UNSET)
        if type(bluetooth) is not bool and bluetooth is not UNSET:
            bluetooth = expect_bool(bluetooth, "MixpanelTrackEvent.bluetooth")

        carrier = d.pop("carrier", UNSET)
        if type(carrier) is not str and carrier is not UNSET:
            carrier = expect_str(carrier, "MixpanelTrackEvent.carrier")

        cellular = d.pop("cellular", UNSET)
        if type(cellular) is not bool and cellular is not UNSET:
            cellular = expect_bool(cellular, "MixpanelTrackEvent.cellular")

        wifi = d.pop("wifi", UNSET)
        if type(wifi) is not bool and wifi is not UNSET:
            wifi = expect_bool(wifi, "MixpanelTrackEvent.wifi")

        country = d.pop("country", UNSET)
        if type(country) is not str and country is not UNSET:
            country = expect_str(country, "MixpanelTrackEvent.country")

        region = d.pop("region", UNSET)
        if type(region) is not str and region is not UNSET:
            region = expect_str(region, "MixpanelTrackEvent.region")

        language = d.pop("language", UNSET)
        if type(language) is not str and language is not UNSET:
            language = expect_str(language, "MixpanelTrackEvent.language")

        library_name = d.pop("library_name", UNSET)
        if type(library_name) is not str and library_name is not UNSET:
            library_name = expect_str(library_name, "MixpanelTrackEvent.library_name")

        library_version = d.pop("library_version", UNSET)
        if type(library_version) is not str and library_version is not UNSET:
            library_version = expect_str(
                library_version, "MixpanelTrackEvent.library_version"
            )

        ip = d.pop("ip", UNSET)
        if type(ip) is not str and ip is not UNSET:
            ip = expect_str(ip, "MixpanelTrackEvent.ip")

        idfa = d.pop("idfa", UNSET)
        if type(idfa) is not str and idfa is not UNSET:
            idfa = expect_str(idfa, "MixpanelTrackEvent.idfa")

        url = d.pop("url", UNSET)
        if type(url) is not str and url is not UNSET:
            url = expect_str(url, "MixpanelTrackEvent.url")

        screen_width = d.pop("screen_width", UNSET)
        if type(screen_width) is not float and screen_width is not UNSET:
            screen_width = expect_number(
                screen_width, "MixpanelTrackEvent.screen_width"
            )

        screen_height = d.pop("screen_height", UNSET)
        if type(screen_height) is not float and screen_height is not UNSET:
            screen_height = expect_number(
                screen_height, "MixpanelTrackEvent.screen_height"
            )

        screen_density = d.pop("screen_density", UNSET)
        if type(screen_density) is not float and screen_density is not UNSET:
            screen_density = expect_number(
                screen_density, "MixpanelTrackEvent.screen_density"
            )

        referrer = d.pop("referrer", UNSET)
        if type(referrer) is not str and referrer is not UNSET:
            referrer = expect_str(referrer, "MixpanelTrackEvent.referrer")

        user_agent = d.pop("userAgent", UNSET)
        if type(user_agent) is not str and user_agent is not UNSET:
            user_agent = expect_str(user_agent, "MixpanelTrackEvent.userAgent")

        _event_properties = d.pop("event_properties", UNSET)
        event_properties: MixpanelTrackEventEventProperties | Unset
        if isinstance(_event_properties, Unset):
            event_properties = UNSET
        else:
            event_properties = MixpanelTrackEventEventProperties.from_dict(
                _event_properties
            )

        _context = d.pop("context", UNSET)
        context: MixpanelTrackEventContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = MixpanelTrackEventContext.from_dict(_context)

        _utm_properties = d.pop("utm_properties", UNSET)
        utm_properties: CommonUtmProperties | Unset
        if isinstance(_utm_properties, Unset):
            utm_properties = UNSET
        else:
            utm_properties = CommonUtmProperties.from_dict(_utm_properties)

        enable_batching = d.pop("enable_batching", UNSET)
        if type(enable_batching) is not bool and enable_batching is not UNSET:
            enable_batching = expect_bool(
                enable_batching, "MixpanelTrackEvent.enable_batching"
            )

        event = d.pop("event", UNSET)
        if type(event) is not str and event is not UNSET:
            event = expect_str(event, "MixpanelTrackEvent.event")

        mixpanel_track_event = cls(
            distinct_id=distinct_id,
            anonymous_id=anonymous_id,
            user_id=user_id,
            group_id=group_id,
            insert_id=insert_id,
            time=time,
            app_name=app_name,
            app_namespace=app_namespace,
            app_build=app_build,
            app_version=app_version,
            os_name=os_name,
            os_version=os_version,
            device_id=device_id,
            device_type=device_type,
            device_name=device_name,
            device_manufacturer=device_manufacturer,
            device_model=device_model,
            bluetooth=bluetooth,
            carrier=carrier,
            cellular=cellular,
            wifi=wifi,
            country=country,
            region=region,
            language=language,
            library_name=library_name,
            library_version=library_version,
            ip=ip,
            idfa=idfa,
            url=url,
            screen_width=screen_width,
            screen_height=screen_height,
            screen_density=screen_density,
            referrer=referrer,
            user_agent=user_agent,
            event_properties=event_properties,
            context=context,
            utm_properties=utm_properties,
            enable_batching=enable_batching,
            event=event,
        )

        mixpanel_track_event.additional_properties = d
        return mixpanel_track_event

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
