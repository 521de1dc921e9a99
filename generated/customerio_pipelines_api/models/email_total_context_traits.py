from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="EmailTotalContextTraits")


@_attrs_define
class EmailTotalContextTraits:
    """Traits you want to capture as context for the event.

    Attributes:
        email (str | Unset): The recipient's email address.
        ip (str | Unset): The IP address of the user who interacted with the email.
        user_agent (str | Unset): The user agent of the user who interacted with the email.
    """

    email: str | Unset = UNSET
    ip: str | Unset = UNSET
    user_agent: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        ip = self.ip

        user_agent = self.user_agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if ip is not UNSET:
            field_dict["ip"] = ip
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "EmailTotalContextTraits"))
        email = d.pop("email", UNSET)
        if type(email) is not str and email is not UNSET:
            email = expect_str(email, "EmailTotalContextTraits.email")

        ip = d.pop("ip", UNSET)
        if type(ip) is not str and ip is not UNSET:
            ip = expect_str(ip, "EmailTotalContextTraits.ip")

        user_agent = d.pop("user_agent", UNSET)
        if type(user_agent) is not str and user_agent is not UNSET:
            user_agent = expect_str(user_agent, "EmailTotalContextTraits.user_agent")

        email_total_context_traits = cls(
            email=email,
            ip=ip,
            user_agent=user_agent,
        )

        email_total_context_traits.additional_properties = d
        return email_total_context_traits

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
