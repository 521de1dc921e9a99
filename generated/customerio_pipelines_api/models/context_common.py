from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="ContextCommon")


@_attrs_define
class ContextCommon:
    """Contains contextual information about the event.

    Attributes:
        active (bool | Unset): Whether a user is active.

            This is usually used when you send an .identify() call to update the traits independently of when you've “last
            seen” a user.
        ip (str | Unset): The user's IP address. This isn't captured by our libraries, but by our servers when we
            receive client-side events (like from our JavaScript source).
        locale (str | Unset): The locale string for the current user, e.g. `en-US`.
        user_agent (str | Unset): The user agent of the device making the request
        channel (ContextCommonChannel | Unset): The channel the event originated from.
    """

    active: bool | Unset = UNSET
    ip: str | Unset = UNSET
    locale: str | Unset = UNSET
    user_agent: str | Unset = UNSET
    channel: ContextCommonChannel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        ip = self.ip

        locale = self.locale

        user_agent = self.user_agent

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.value

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "ContextCommon"))
        active = d.pop("active", UNSET)
        if type(active) is not bool and active is not UNSET:
            active = expect_bool(active, "ContextCommon.active")

        ip = d.pop("ip", UNSET)
        if type(ip) is not str and ip is not UNSET:
            ip = expect_str(ip, "ContextCommon.ip")

        locale = d.pop("locale", UNSET)
        if type(locale) is not str and locale is not UNSET:
            locale = expect_str(locale, "ContextCommon.locale")

        user_agent = d.pop("userAgent", UNSET)
        if type(user_agent) is not str and user_agent is not UNSET:
            user_agent = expect_str(user_agent, "ContextCommon.userAgent")

        _channel = d.pop("channel", UNSET)
        channel: ContextCommonChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = ContextCommonChannel(_channel)

        context_common = cls(
            active=active,
            ip=ip,
            locale=locale,
            user_agent=user_agent,
            channel=channel,
        )

        context_common.additional_properties = d
        return context_common

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
