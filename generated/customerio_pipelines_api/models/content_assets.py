from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_list,
    expect_object,
)

T = TypeVar("T", bound="ContentAssets")


@_attrs_define
class ContentAssets:
    """
    Attributes:
        content_asset_ids (list[str] | Unset): The ID of the videos a user started. The array indicates a potential
            playlist of videos/content IDs a person is starting.
        content_pod_ids (list[str] | Unset): The IDs of the content "pods" in a playback session. Imagine a video that
            contains content and an ad; that means the video contains two pods—one for the content and one for the ad. The
            array indicates a potential playlist of content pod IDs a person is starting.
    """

    content_asset_ids: list[str] | Unset = UNSET
    content_pod_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_asset_ids: list[str] | Unset = UNSET
        if not isinstance(self.content_asset_ids, Unset):
            content_asset_ids = self.content_asset_ids

        content_pod_ids: list[str] | Unset = UNSET
        if not isinstance(self.content_pod_ids, Unset):
            content_pod_ids = self.content_pod_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content_asset_ids is not UNSET:
            field_dict["content_asset_ids"] = content_asset_ids
        if content_pod_ids is not UNSET:
            field_dict["content_pod_ids"] = content_pod_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "ContentAssets"))
        content_asset_ids = cast(
            list[str],
            expect_list(
                d.pop("content_asset_ids", UNSET), "ContentAssets.content_asset_ids"
            ),
        )

        content_pod_ids = cast(
            list[str],
            expect_list(
                d.pop("content_pod_ids", UNSET), "ContentAssets.content_pod_ids"
            ),
        )

        content_assets = cls(
            content_asset_ids=content_asset_ids,
            content_pod_ids=content_pod_ids,
        )

        content_assets.additional_properties = d
        return content_assets

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
