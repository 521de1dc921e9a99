from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.playback_ad_type import PlaybackAdType
from ..types import (
    UNSET,
    Unset,
    expect_bool,
    expect_int,
    expect_list,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="VideoPlaybackStarted")


@_attrs_define
class VideoPlaybackStarted:
    """
    Attributes:
        content_asset_ids (list[str] | Unset): The ID of the videos a user started. The array indicates a potential
            playlist of videos/content IDs a person is starting.
        content_pod_ids (list[str] | Unset): The IDs of the content "pods" in a playback session. Imagine a video that
            contains content and an ad; that means the video contains two pods—one for the content and one for the ad. The
            array indicates a potential playlist of content pod IDs a person is starting.
        session_id (str | Unset): The unique ID of the overall session used to tie all events generated from a specific
            playback. This value should be the same across all playback, content, and ad events if they are from the same
            playback session.
        ad_asset_id (str | Unset): The Ad Asset Id(s) of the ad/ads playing or about to be played in the video player.
            For Video Playback Started events only, you should send an Array of unique ad asset IDs. For all other playback
            events, you should send a string with the ID of the current ad asset playing at the time of the event.
        ad_pod_id (str | Unset): The Ad Pod Id(s) of the ad/ads playing or about to be played in the video player. For
            Video Playback Started events only, you should send an Array of unique ad pod IDs. For all other playback
            events, you should send a string with the ID of the current ad pod playing at the time of the event.
        ad_type (PlaybackAdType | Unset): The type of ad playing at the time of the event. Values can include pre-roll,
            mid-roll, and post-roll.
        position (int | Unset): The current index position in **seconds** of the playhead, including the duration of any
            ads seen (if available). If the playback is a livestream, check the documentation for relevant destinations for
            details on how to correctly pass the playhead position.
        total_length (int | Unset): The total duration of the playback in seconds. This should include the duration of
            all your content and ad included in this playback session. For livestream playback, send `null`.
        bitrate (int | Unset): The current kbps.
        framerate (int | Unset): The average frames per second (fps).
        video_player (str | Unset): The name of the video player the client uses, like `youtube` or `vimeo`.
        sound (int | Unset): The current volume of the video player as a value between 1 and 100.
        full_screen (bool | Unset): If `true`, playback is in fullscreen mode.
        ad_enabled (bool | Unset): Set to `true` if a viewer can see your ads. You'd set false if a viewer has ad block
            or other blockers enabled.
        quality (str | Unset): The video quality of playback, like `480p` or `highres`.
        livestream (bool | Unset): Set to `true` if the playback is a livestream.
    """

    content_asset_ids: list[str] | Unset = UNSET
    content_pod_ids: list[str] | Unset = UNSET
    session_id: str | Unset = UNSET
    ad_asset_id: str | Unset = UNSET
    ad_pod_id: str | Unset = UNSET
    ad_type: PlaybackAdType | Unset = UNSET
    position: int | Unset = UNSET
    total_length: int | Unset = UNSET
    bitrate: int | Unset = UNSET
    framerate: int | Unset = UNSET
    video_player: str | Unset = UNSET
    sound: int | Unset = UNSET
    full_screen: bool | Unset = UNSET
    ad_enabled: bool | Unset = UNSET
    quality: str | Unset = UNSET
    livestream: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_asset_ids: list[str] | Unset = UNSET
        if not isinstance(self.content_asset_ids, Unset):
            content_asset_ids = self.content_asset_ids

        content_pod_ids: list[str] | Unset = UNSET
        if not isinstance(self.content_pod_ids, Unset):
            content_pod_ids = self.content_pod_ids

        session_id = self.session_id

        ad_asset_id = self.ad_asset_id

        ad_pod_id = self.ad_pod_id

        ad_type: str | Unset = UNSET
        if not isinstance(self.ad_type, Unset):
            ad_type = self.ad_type.value

        position = self.position

        total_length = self.total_length

        bitrate = self.bitrate

        framerate = self.framerate

        video_player = self.video_player

        sound = self.sound

        full_screen = self.full_screen

        ad_enabled = self.ad_enabled

        quality = self.quality

        livestream = self.livestream

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content_asset_ids is not UNSET:
            field_dict["content_asset_ids"] = content_asset_ids
        if content_pod_ids is not UNSET:
            field_dict["content_pod_ids"] = content_pod_ids
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if ad_asset_id is not UNSET:
            field_dict["ad_asset_id"] = ad_asset_id
        if ad_pod_id is not UNSET:
            field_dict["ad_pod_id"] = ad_pod_id
        if ad_type is not UNSET:
            field_dict["ad_type"] = ad_type
        if position is not UNSET:
            field_dict["position"] = position
        if total_length is not UNSET:
            field_dict["total_length"] = total_length
        if bitrate is not UNSET:
            field_dict["bitrate"] = bitrate
        if framerate is not UNSET:
            field_dict["framerate"] = framerate
        if video_player is not UNSET:
            field_dict["video_player"] = video_player
        if sound is not UNSET:
            field_dict["sound"] = sound
        if full_screen is not UNSET:
            field_dict["full_screen"] = full_screen
        if ad_enabled is not UNSET:
            field_dict["ad_enabled"] = ad_enabled
        if quality is not UNSET:
            field_dict["quality"] = quality
        if livestream is not UNSET:
            field_dict["livestream"] = livestream

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "VideoPlaybackStarted"))
        content_asset_ids = cast(
            list[str],
            expect_list(
                d.pop("content_asset_ids", UNSET),
                "VideoPlaybackStarted.content_asset_ids",
            ),
        )

        content_pod_ids = cast(
            list[str],
            expect_list(
                d.pop("content_pod_ids", UNSET), "VideoPlaybackStarted.content_pod_ids"
            ),
        )

        session_id = d.pop("session_id", UNSET)
        if type(session_id) is not str and session_id is not UNSET:
            session_id = expect_str(session_id, "VideoPlaybackStarted.session_id")

        ad_asset_id = d.pop("ad_asset_id", UNSET)
        if type(ad_asset_id) is not str and ad_asset_id is not UNSET:
            ad_asset_id = expect_str(ad_asset_id, "VideoPlaybackStarted.ad_asset_id")

        ad_pod_id = d.pop("ad_pod_id", UNSET)
        if type(ad_pod_id) is not str and ad_pod_id is not UNSET:
            ad_pod_id = expect_str(ad_pod_id, "VideoPlaybackStarted.ad_pod_id")

        _ad_type = d.pop("ad_type", UNSET)
        ad_type: PlaybackAdType | Unset
        if isinstance(_ad_type, Unset):
            ad_type = UNSET
        else:
            ad_type = PlaybackAdType(_ad_type)

        position = d.pop("position", UNSET)
        if type(position) is not int and position is not UNSET:
            position = expect_int(position, "VideoPlaybackStarted.position")

        total_length = d.pop("total_length", UNSET)
        if type(total_length) is not int and total_length is not UNSET:
            total_length = expect_int(total_length, "VideoPlaybackStarted.total_length")

        bitrate = d.pop("bitrate", UNSET)
        if type(bitrate) is not int and bitrate is not UNSET:
            bitrate = expect_int(bitrate, "VideoPlaybackStarted.bitrate")

        framerate = d.pop("framerate", UNSET)
        if type(framerate) is not int and framerate is not UNSET:
            framerate = expect_int(framerate, "VideoPlaybackStarted.framerate")

        video_player = d.pop("video_player", UNSET)
        if type(video_player) is not str and video_player is not UNSET:
            video_player = expect_str(video_player, "VideoPlaybackStarted.video_player")

        sound = d.pop("sound", UNSET)
        if type(sound) is not int and sound is not UNSET:
            sound = expect_int(sound, "VideoPlaybackStarted.sound")

        full_screen = d.pop("full_screen", UNSET)
        if type(full_screen) is not bool and full_screen is not UNSET:
            full_screen = expect_bool(full_screen, "VideoPlaybackStarted.full_screen")

        ad_enabled = d.pop("ad_enabled", UNSET)
        if type(ad_enabled) is not bool and ad_enabled is not UNSET:
            ad_enabled = expect_bool(ad_enabled, "VideoPlaybackStarted.ad_enabled")

        quality = d.pop("quality", UNSET)
        if type(quality) is not str and quality is not UNSET:
            quality = expect_str(quality, "VideoPlaybackStarted.quality")

        livestream = d.pop("livestream", UNSET)
        if type(livestream) is not bool and livestream is not UNSET:
            livestream = expect_bool(livestream, "VideoPlaybackStarted.livestream")

        video_playback_started = cls(
            content_asset_ids=content_asset_ids,
            content_pod_ids=content_pod_ids,
            session_id=session_id,
            ad_asset_id=ad_asset_id,
            ad_pod_id=ad_pod_id,
            ad_type=ad_type,
            position=position,
            total_length=total_length,
            bitrate=bitrate,
            framerate=framerate,
            video_player=video_player,
            sound=sound,
            full_screen=full_screen,
            ad_enabled=ad_enabled,
            quality=quality,
            livestream=livestream,
        )

        video_playback_started.additional_properties = d
        return video_playback_started

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
