from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.context_common_channel import ContextCommonChannel
from ..types import (
    UNSET,
    Unset,
    expect_bool,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.mobile_app import MobileApp
    from ..models.mobile_device import MobileDevice
    from ..models.mobile_network import MobileNetwork
    from ..models.mobile_os import MobileOs


T = TypeVar("T", bound="Mobile")


@_attrs_define
class Mobile:
    """A dictionary of context about a source call/event, like the user’s IP address or locale. Context is automatically
    collected by our source libraries.

        Attributes:
            active (bool | Unset): Whether a user is active.

                This is usually used when you send an .identify() call to update the traits independently of when you've “last
                seen” a user.
            ip (str | Unset): The user's IP address. This isn't captured by our libraries, but by our servers when we
                receive client-side events (like from our JavaScript source).
            locale (str | Unset): The locale string for the current user, e.g. `en-US`.
            user_agent (str | Unset): The user agent of the device making the request
            channel (ContextCommonChannel | Unset): The channel the event originated from.
            app (MobileApp | Unset): Contains information about the mobile app the event originated from, automatically
                collected by our mobile libraries when possible.
            device (MobileDevice | Unset): Contains information about the device the event originated from.
            network (MobileNetwork | Unset): Information about the current network connection, containing `bluetooth`,
                `carrier`, `cellular`, and `wifi`. If the `context.network.cellular` and `context.network.wifi` fields are
                empty, then the user is offline.
            os (MobileOs | Unset): Dictionary of information about the operating system, containing `name` and `version`.
    """

    active: bool | Unset = UNSET
    ip: str | Unset = UNSET
    locale: str | Unset = UNSET
    user_agent: str | Unset = UNSET
    channel: ContextCommonChannel | Unset = UNSET
    app: MobileApp | Unset = UNSET
    device: MobileDevice | Unset = UNSET
    network: MobileNetwork | Unset = UNSET
    os: MobileOs | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        ip = self.ip

        locale = self.locale

        user_agent = self.user_agent

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.value

        app: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app, Unset):
            app = self.app.to_dict()

        device: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device, Unset):
            device = self.device.to_dict()

        network: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network, Unset):
            network = self.network.to_dict()

        os: dict[str, Any] | Unset = UNSET
        if not isinstance(self.os, Unset):
            os = self.os.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if ip is not UNSET:
            field_dict["ip"] = ip
        if locale is not UNSET:
            field_dict["locale"] = locale
        if user_agent is not UNSET:
            field_dict["userAgent"] = user_agent
        if channel is not UNSET:
            field_dict["channel"] = channel
        if app is not UNSET:
            field_dict["app"] = app
        if device is not UNSET:
            field_dict["device"] = device
        if network is not UNSET:
            field_dict["network"] = network
        if os is not UNSET:
            field_dict["os"] = os

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mobile_app import MobileApp
        from ..models.mobile_device import MobileDevice
        from ..models.mobile_network import MobileNetwork
        from ..models.mobile_os import MobileOs

        d = dict(expect_object(src_dict, "Mobile"))
        active = d.pop("active", UNSET)
        if type(active) is not bool and active is not UNSET:
            active = expect_bool(active, "Mobile.active")

        ip = d.pop("ip", UNSET)
        if type(ip) is not str and ip is not UNSET:
            ip = expect_str(ip, "Mobile.ip")

        locale = d.pop("locale", UNSET)
        if type(locale) is not str and locale is not UNSET:
            locale = expect_str(locale, "Mobile.locale")

        user_agent = d.pop("userAgent", UNSET)
        if type(user_agent) is not str and user_agent is not UNSET:
            user_agent = expect_str(user_agent, "Mobile.userAgent")

        _channel = d.pop("channel", UNSET)
        channel: ContextCommonChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = ContextCommonChannel(_channel)

        _app = d.pop("app", UNSET)
        app: MobileApp | Unset
        if isinstance(_app, Unset):
            app = UNSET
        else:
            app = MobileApp.from_dict(_app)

        _device = d.pop("device", UNSET)
        device: MobileDevice | Unset
        if isinstance(_device, Unset):
            device = UNSET
        else:
            device = MobileDevice.from_dict(_device)

        _network = d.pop("network", UNSET)
        network: MobileNetwork | Unset
        if isinstance(_network, Unset):
            network = UNSET
        else:
            network = MobileNetwork.from_dict(_network)

        _os = d.pop("os", UNSET)
        os: MobileOs | Unset
        if isinstance(_os, Unset):
            os = UNSET
        else:
            os = MobileOs.from_dict(_os)

        mobile = cls(
            active=active,
            ip=ip,
            locale=locale,
            user_agent=user_agent,
            channel=channel,
            app=app,
            device=device,
            network=network,
            os=os,
        )

        mobile.additional_properties = d
        return mobile

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
