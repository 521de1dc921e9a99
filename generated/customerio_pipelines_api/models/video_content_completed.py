from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_bool,
    expect_int,
    expect_list,
    expect_object,
    expect_str,
    parse_datetime,
    rfc3339,
)

T = TypeVar("T", bound="VideoContentCompleted")


@_attrs_define
class VideoContentCompleted:
    """
    Attributes:
        session_id (str | Unset): The unique ID of the overall session used to tie all events generated from a specific
            playback. This value should be the same across all playback, content, and ad events if they are from the same
            playback session.
        asset_id (str | Unset): The ID of the video a user interacted with.
        pod_id (str | Unset): The ID of the content "pod" in a playback session. Imagine a video that contains content
            and an ad; that means the video contains two pods—one for the content and one for the ad. This is the specific
            piece of content that the user interacted with.
        program (str | Unset): The name of the program or show the content belongs to (if applicable).
        title (str | Unset): The title of the video content/pod.
        description (str | Unset): The description of the video content/pod.
        season (str | Unset): The season the video content/pod belongs to, if applicable.
        position (int | Unset): The current index position in **seconds** of the playhead, including the duration of any
            ads seen (if available). If the playback is a livestream, check the documentation for relevant destinations for
            details on how to correctly pass the playhead position.
        total_length (int | Unset): The total duration of the content/asset in seconds. Note that this is not the
            duration of the video itself or the playback, but a piece of a complete "pod" of content. If the content is an
            ad in the video, this is the length of the ad.
        genre (str | Unset): The genre of the video content/pod.
        publisher (str | Unset): The publisher of the video content/pod.
        channel (str | Unset): The channel the video content/pod belongs to or is aired on, like `hgtv` or
            `my_youtube_channel`.
        full_episode (bool | Unset): Set to `true` if the content is a full episode of a show.
        livestream (bool | Unset): Set to `true` if the content is a livestream.
        airdate (datetime.datetime | Unset): The ISO-8601 date-time when the video content/pod originally aired or was
            published.
        bitrate (int | Unset): The current kbps.
        framerate (int | Unset): The average frames per second (fps).
        keywords (list[str] | Unset): Keywords associated with the video content/pod.
    """

    session_id: str | Unset = UNSET
    asset_id: str | Unset = UNSET
    pod_id: str | Unset = UNSET
    program: str | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    season: str | Unset = UNSET
    position: int | Unset = UNSET
    total_length: int | Unset = UNSET
    genre: str | Unset = UNSET
    publisher: str | Unset = UNSET
    channel: str | Unset = UNSET
    full_episode: bool | Unset = UNSET
    livestream: bool | Unset = UNSET
    airdate: datetime.datetime | Unset = UNSET
    bitrate: int | Unset = UNSET
    framerate: int | Unset = UNSET
    keywords: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        asset_id = self.asset_id

        pod_id = self.pod_id

        program = self.program

        title = self.title

        description = self.description

        season = self.season

        position = self.position

        total_length = self.total_length

        genre = self.genre

        publisher = self.publisher

        channel = self.channel

        full_episode = self.full_episode

        livestream = self.livestream

        airdate: str | Unset = UNSET
        if not isinstance(self.airdate, Unset):
            airdate = rfc3339(self.airdate)

        bitrate = self.bitrate

        framerate = self.framerate

        keywords: list[str] | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            keywords = self.keywords

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if pod_id is not UNSET:
            field_dict["pod_id"] = pod_id
        if program is not UNSET:
            field_dict["program"] = program
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if season is not UNSET:
            field_dict["season"] = season
        if position is not UNSET:
            field_dict["position"] = position
        if total_length is not UNSET:
            field_dict["total_length"] = total_length
        if genre is not UNSET:
            field_dict["genre"] = genre
        if publisher is not UNSET:
            field_dict["publisher"] = publisher
        if channel is not UNSET:
            field_dict["channel"] = channel
        if full_episode is not UNSET:
            field_dict["full_episode"] = full_episode
        if livestream is not UNSET:
            field_dict["livestream"] = livestream
        if airdate is not UNSET:
            field_dict["airdate"] = airdate
        if bitrate is not UNSET:
            field_dict["bitrate"] = bitrate
        if framerate is not UNSET:
            field_dict["framerate"] = framerate
        if keywords is not UNSET:
            field_dict["keywords"] = keywords

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "VideoContentCompleted"))
        session_id = expect_str(
            d.pop("session_id", UNSET), "VideoContentCompleted.session_id"
        )

        asset_id = expect_str(
            d.pop("asset_id", UNSET), "VideoContentCompleted.asset_id"
        )

        pod_id = expect_str(d.pop("pod_id", UNSET), "VideoContentCompleted.pod_id")

        program = expect_str(d.pop("program", UNSET), "VideoContentCompleted.program")

        title = expect_str(d.pop("title", UNSET), "VideoContentCompleted.title")

        description = expect_str(
            d.pop("description", UNSET), "VideoContentCompleted.description"
        )

        season = expect_str(d.pop("season", UNSET), "VideoContentCompleted.season")

        position = expect_int(
            d.pop("position", UNSET), "VideoContentCompleted.position"
        )

        total_length = expect_int(
            d.pop("total_length", UNSET), "VideoContentCompleted.total_length"
        )

        genre = expect_str(d.pop("genre", UNSET), "VideoContentCompleted.genre")

        publisher = expect_str(
            d.pop("publisher", UNSET), "VideoContentCompleted.publisher"
        )

        channel = expect_str(d.pop("channel", UNSET), "VideoContentCompleted.channel")

        full_episode = expect_bool(
            d.pop("full_episode", UNSET), "VideoContentCompleted.full_episode"
        )

        livestream = expect_bool(
            d.pop("livestream", UNSET), "VideoContentCompleted.livestream"
        )

        _airdate = d.pop("airdate", UNSET)
        airdate: datetime.datetime | Unset
        if isinstance(_airdate, Unset):
            airdate = UNSET
        else:
            airdate = parse_datetime(_airdate)

        bitrate = expect_int(d.pop("bitrate", UNSET), "VideoContentCompleted.bitrate")

        framerate = expect_int(
            d.pop("framerate", UNSET), "VideoContentCompleted.framerate"
        )

        keywords = cast(
            list[str],
            expect_list(d.pop("keywords", UNSET), "VideoContentCompleted.keywords"),
        )

        video_content_completed = cls(
            session_id=session_id,
            asset_id=asset_id,
            pod_id=pod_id,
            program=program,
            title=title,
            description=description,
            season=season,
            position=position,
            total_length=total_length,
            genre=genre,
            publisher=publisher,
            channel=channel,
            full_episode=full_episode,
            livestream=livestream,
            airdate=airdate,
            bitrate=bitrate,
            framerate=framerate,
            keywords=keywords,
        )

        video_content_completed.additional_properties = d
        return video_content_completed

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
