from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    expect_object,
)

if TYPE_CHECKING:
    from ..models.fcm_ios_without_sdk_message import FcmIosWithoutSdkMessage


T = TypeVar("T", bound="FcmIosWithoutSdk")


@_attrs_define
class FcmIosWithoutSdk:
    """
    Attributes:
        message (FcmIosWithoutSdkMessage): The base object for all Firebase payloads.
    """

    message: FcmIosWithoutSdkMessage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fcm_ios_without_sdk_message import FcmIosWithoutSdkMessage

        d = dict(expect_object(src_dict, "FcmIosWithoutSdk"))
        message = FcmIosWithoutSdkMessage.from_dict(d.pop("message"))

        fcm_ios_without_sdk = cls(
            message=message,
        )

        fcm_ios_without_sdk.additional_properties = d
        return fcm_ios_without_sdk

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
