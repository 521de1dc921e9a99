from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.video_ad_started_load_type import VideoAdStartedLoadType
from ..models.video_ad_started_type import VideoAdStartedType
from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.video_ad_started_content import VideoAdStartedContent


T = TypeVar("T", bound="VideoAdStarted")


@_attrs_define
class VideoAdStarted:
    """
    Attributes:
        session_id (str | Unset): The unique ID of the overall session used to tie all events generated from a specific
            playback. This value should be the same across all playback, content, and ad events if they are from the same
            playback session.
        asset_id (str | Unset): The ID of the video a user interacted with.
        pod_id (str | Unset): The ID of the content "pod" in a playback session. Imagine a video that contains content
            and an ad; that means the video contains two pods—one for the content and one for the ad. This is the specific
            piece of content that the user interacted with.
        pod_position (int | Unset): The position of the pod/asset relative to other assets in the same pod. If your ad
            pod plays 3 ads, you would indicate if this is add number 1, 2, or 3.
        pod_length (int | Unset): The number of ad assets in the ad-pod
        type_ (VideoAdStartedType | Unset): The ad type. Values can include pre-roll, mid-roll, and post-roll.
        title (str | Unset): The title of the ad.
        position (int | Unset): The current index position in **seconds** of the playhead, with respect to the length of
            the ad.
        total_length (int | Unset): The total duration of the ad in seconds.
        publisher (str | Unset): The ad's publisher.
        load_type (VideoAdStartedLoadType | Unset): Set to `dynamic` if you insert ads dynamically and `linear` if ads
            are the same for all viewers.
        content (VideoAdStartedContent | Unset): For video destinations that require you to send content metadata with
            ad events, you can send all the content metadata in this object—like `content.title`, etc.
        quartile (int | Unset): Specifies the quartile of the ad that a viewer reached. If you use our client-side
            libraries, we'll automatically track this for you.
    """

    session_id: str | Unset = UNSET
    asset_id: str | Unset = UNSET
    pod_id: str | Unset = UNSET
    pod_position: int | Unset = UNSET
    pod_length: int | Unset = UNSET
    type_: VideoAdStartedType | Unset = UNSET
    title: str | Unset = UNSET
    position: int | Unset = UNSET
    total_length: int | Unset = UNSET
    publisher: str | Unset = UNSET
    load_type: VideoAdStartedLoadType | Unset = UNSET
    content: VideoAdStartedContent | Unset = UNSET
    quartile: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        asset_id = self.asset_id

        pod_id = self.pod_id

        pod_position = self.pod_position

        pod_length = self.pod_length

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        title = self.title

        position = self.position

        total_length = self.total_length

        publisher = self.publisher

        load_type: str | Unset = UNSET
        if not isinstance(self.load_type, Unset):
            load_type = self.load_type.value

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        quartile = self.quartile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if pod_id is not UNSET:
            field_dict["pod_id"] = pod_id
        if pod_position is not UNSET:
            field_dict["pod_position"] = pod_position
        if pod_length is not UNSET:
            field_dict["pod_length"] = pod_length
        if type_ is not UNSET:
            field_dict["type"] = type_
        if title is not UNSET:
            field_dict["title"] = title
        if position is not UNSET:
            field_dict["position"] = position
        if total_length is not UNSET:
            field_dict["total_length"] = total_length
        if publisher is not UNSET:
            field_dict["publisher"] = publisher
        if load_type is not UNSET:
            field_dict["load_type"] = load_type
        if content is not UNSET:
            field_dict["content"] = content
        if quartile is not UNSET:
            field_dict["quartile"] = quartile

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.video_ad_started_content import VideoAdStartedContent

        d = dict(expect_object(src_dict, "VideoAdStarted"))
        session_id = d.pop("session_id", UNSET)
        if type(session_id) is not str and session_id is not UNSET:
            session_id = expect_str(session_id, "VideoAdStarted.session_id")

        asset_id = d.pop("asset_id", UNSET)
        if type(asset_id) is not str and asset_id is not UNSET:
            asset_id = expect_str(asset_id, "VideoAdStarted.asset_id")

        pod_id = d.pop("pod_id", UNSET)
        if type(pod_id) is not str and pod_id is not UNSET:
            pod_id = expect_str(pod_id, "VideoAdStarted.pod_id")

        pod_position = d.pop("pod_position", UNSET)
        if type(pod_position) is not int and pod_position is not UNSET:
            pod_position = expect_int(pod_position, "VideoAdStarted.pod_position")

        pod_length = d.pop("pod_length", UNSET)
        if type(pod_length) is not int and pod_length is not UNSET:
            pod_length = expect_int(pod_length, "VideoAdStarted.pod_length")

        _type_ = d.pop("type", UNSET)
        type_: VideoAdStartedType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = VideoAdStartedType(_type_)

        title = d.pop("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = expect_str(title, "VideoAdStarted.title")

        position = d.pop("position", UNSET)
        if type(position) is not int and position is not UNSET:
            position = expect_int(position, "VideoAdStarted.position")

        total_length = d.pop("total_length", UNSET)
        if type(total_length) is not int and total_length is not UNSET:
            total_length = expect_int(total_length, "VideoAdStarted.total_length")

        publisher = d.pop("publisher", UNSET)
        if type(publisher) is not str and publisher is not UNSET:
            publisher = expect_str(publisher, "VideoAdStarted.publisher")

        _load_type = d.pop("load_type", UNSET)
        load_type: VideoAdStartedLoadType | Unset
        if isinstance(_load_type, Unset):
            load_type = UNSET
        else:
            load_type = VideoAdStartedLoadType(_load_type)

        _content = d.pop("content", UNSET)
        content: VideoAdStartedContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = VideoAdStartedContent.from_dict(_content)

        quartile = d.pop("quartile", UNSET)
        if type(quartile) is not int and quartile is not UNSET:
            quartile = expect_int(quartile, "VideoAdStarted.quartile")

        video_ad_started = cls(
            session_id=session_id,
            asset_id=asset_id,
            pod_id=pod_id,
            pod_position=pod_position,
            pod_length=pod_length,
            type_=type_,
            title=title,
            position=position,
            total_length=total_length,
            publisher=publisher,
            load_type=load_type,
            content=content,
            quartile=quartile,
        )

        video_ad_started.additional_properties = d
        return video_ad_started

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
