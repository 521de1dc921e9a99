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

T = TypeVar("T", bound="ContentAsset")


@_attrs_define
class ContentAsset:
    """
    Attributes:
        content_asset_id (str | Unset): The ID of the video a user interacted with.
        content_pod_id (str | Unset): The ID of the content "pod" in a playback session. Imagine a video that contains
            content and an ad; that means the video contains two pods—one for the content and one for the ad. This is the
            specific piece of content that the user interacted with.
    """

    content_asset_id: str | Unset = UNSET
    content_pod_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_asset_id = self.content_asset_id

        content_pod_id = self.content_pod_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content_asset_id is not UNSET:
            field_dict["content_asset_id"] = content_asset_id
        if content_pod_id is not UNSET:
            field_dict["content_pod_id"] = content_pod_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "ContentAsset"))
        content_asset_id = d.pop("content_asset_id", UNSET)
        if type(content_asset_id) is not str and content_asset_id is not UNSET:
            content_asset_id = expect_str(
                content_asset_id, "ContentAsset.content_asset_id"
            )

        content_pod_id = d.pop("content_pod_id", UNSET)
        if type(content_pod_id) is not str and content_pod_id is not UNSET:
            content_pod_id = expect_str(content_pod_id, "ContentAsset.content_pod_id")

        content_asset = cls(
            content_asset_id=content_asset_id,
            content_pod_id=content_pod_id,
        )

        content_asset.additional_properties = d
        return content_asset

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
