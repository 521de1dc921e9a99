from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_number,
    expect_object,
)

T = TypeVar("T", bound="AmplitudeSessionPlugin")


@_attrs_define
class AmplitudeSessionPlugin:
    """
    Attributes:
        session_length (float | Unset): Time in milliseconds before a session becomes stale.
    """

    session_length: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_length = self.session_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if session_length is not UNSET:
            field_dict["sessionLength"] = session_length

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "AmplitudeSessionPlugin"))
        session_length = d.pop("sessionLength", UNSET)
        if type(session_length) is not float and session_length is not UNSET:
            session_length = expect_number(
                session_length, "AmplitudeSessionPlugin.sessionLength"
            )

        amplitude_session_plugin = cls(
            session_length=session_length,
        )

        amplitude_session_plugin.additional_properties = d
        return amplitude_session_plugin

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
