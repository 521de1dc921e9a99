from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
)

T = TypeVar("T", bound="VideoQualityUpdated")


@_attrs_define
class VideoQualityUpdated:
    """
    Attributes:
        bitrate (int | Unset): The current kbps.
        framerate (int | Unset): The average frames per second (fps).
        startup_time (int | Unset): The time it takes for the video to start playing.
        dropped_frames (int | Unset): The number of frames dropped during playback.
    """

    bitrate: int | Unset = UNSET
    framerate: int | Unset = UNSET
    startup_time: int | Unset = UNSET
    dropped_frames: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bitrate = self.bitrate

        framerate = self.framerate

        startup_time = self.startup_time

        dropped_frames = self.dropped_frames

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bitrate is not UNSET:
            field_dict["bitrate"] = bitrate
        if framerate is not UNSET:
            field_dict["framerate"] = framerate
        if startup_time is not UNSET:
            field_dict["startupTime"] = startup_time
        if dropped_frames is not UNSET:
            field_dict["droppedFrames"] = dropped_frames

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "VideoQualityUpdated"))
        bitrate = d.pop("bitrate", UNSET)
        if type(bitrate) is not int and bitrate is not UNSET:
            bitrate = expect_int(bitrate, "VideoQualityUpdated.bitrate")

        framerate = d.pop("framerate", UNSET)
        if type(framerate) is not int and framerate is not UNSET:
            framerate = expect_int(framerate, "VideoQualityUpdated.framerate")

        startup_time = d.pop("startupTime", UNSET)
        if type(startup_time) is not int and startup_time is not UNSET:
            startup_time = expect_int(startup_time, "VideoQualityUpdated.startupTime")

        dropped_frames = d.pop("droppedFrames", UNSET)
        if type(dropped_frames) is not int and dropped_frames is not UNSET:
            dropped_frames = expect_int(
                dropped_frames, "VideoQualityUpdated.droppedFrames"
            )

        video_quality_updated = cls(
            bitrate=bitrate,
            framerate=framerate,
            startup_time=startup_time,
            dropped_frames=dropped_frames,
        )

        video_quality_updated.additional_properties = d
        return video_quality_updated

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
