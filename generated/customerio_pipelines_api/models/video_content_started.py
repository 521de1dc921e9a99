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

T = TypeVar("T", bound="VideoContentStarted")


@_attrs_define
class VideoContentStarted:
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
        d = dict(expect_object(src_dict, "VideoContentStarted"))
        session_id = d.pop("session_id", UNSET)
        if type(session_id) is not str and session_id is not UNSET:
            session_id = expect_str(session_id, "VideoContentStarted.session_id")

        asset_id = d.pop("asset_id", UNSET)
        if type(asset_id) is not str and asset_id is not UNSET:
            asset_id = expect_str(asset_id, "VideoContentStarted.asset_id")

        pod_id = d.pop("pod_id", UNSET)
        if type(pod_id) is not str and pod_id is not UNSET:
            pod_id = expect_str(pod_id, "VideoContentStarted.pod_id")

        program = d.pop("program", UNSET)
        if type(program) is not str and program is not UNSET:
            program = expect_str(program, "VideoContentStarted.program")

        title = d.pop("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = expect_str(title, "VideoContentStarted.title")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = expect_str(description, "VideoContentStarted.description")

        season = d.pop("season", UNSET)
        if type(season) is not str and season is not UNSET:
            season = expect_str(season, "VideoContentStarted.season")

        position = d.pop("position", UNSET)
        if type(position) is not int and position is not UNSET:
            position = expect_int(position, "VideoContentStarted.position")

        total_length = d.pop("total_length", UNSET)
        if type(total_length) is not int and total_length is not UNSET:
            total_length = expect_int(total_length, "VideoContentStarted.total_length")

        genre = d.pop("genre", UNSET)
        if type(genre) is not str and genre is not UNSET:
            genre = expect_str(genre, "VideoContentStarted.genre")

        publisher = d.pop("publisher", UNSET)
        if type(publisher) is not str and publisher is not UNSET:
            publisher = expect_str(publisher, "VideoContentStarted.publisher")

        channel = d.pop("channel", UNSET)
        if type(channel) is not str and channel is not UNSET:
            channel = expect_str(channel, "VideoContentStarted.channel")

        full_episode = d.pop("full_episode", UNSET)
        if type(full_episode) is not bool and full_episode is not UNSET:
            full_episode = expect_bool(full_episode, "VideoContentStarted.full_episode")

        livestream = d.pop("livestream", UNSET)
        if type(livestream) is not bool and livestream is not UNSET:
            livestream = expect_bool(livestream, "VideoContentStarted.livestream")

        _airdate = d.pop("airdate", UNSET)
        airdate: datetime.datetime | Unset
        if isinstance(_airdate, Unset):
            airdate = UNSET
        else:
            airdate = parse_datetime(_airdate)

        bitrate = d.pop("bitrate", UNSET)
        if type(bitrate) is not int and bitrate is not UNSET:
            bitrate = expect_int(bitrate, "VideoContentStarted.bitrate")

        framerate = d.pop("framerate", UNSET)
        if type(framerate) is not int and framerate is not UNSET:
            framerate = expect_int(framerate, "VideoContentStarted.framerate")

        keywords = cast(
            list[str],
            expect_list(d.pop("keywords", UNSET), "VideoContentStarted.keywords"),
        )

        video_content_started = cls(
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

        video_content_started.additional_properties = d
        return video_content_started

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
