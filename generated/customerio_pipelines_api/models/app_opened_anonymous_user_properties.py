from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_bool,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="AppOpenedAnonymousUserProperties")


@_attrs_define
class AppOpenedAnonymousUserProperties:
    """The properties typically sent with the event.

    Attributes:
        from_background (bool | Unset): If true, the user opened the app from the background.
        url (str | Unset): The value of `UIApplicationLaunchOptionsURLKey` from launchOptions. Collected on iOS only.
        version (str | Unset): The version of the app opened.
        build (str | Unset): The specific build of the app opened.
    """

    from_background: bool | Unset = UNSET
    url: str | Unset = UNSET
    version: str | Unset = UNSET
    build: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_background = self.from_background

        url = self.url

        version = self.version

        build = self.build

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_background is not UNSET:
            field_dict["from_background"] = from_background
        if url is not UNSET:
            field_dict["url"] = url
        if version is not UNSET:
            field_dict["version"] = version
        if build is not UNSET:
            field_dict["build"] = build

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "AppOpenedAnonymousUserProperties"))
        from_background = d.pop("from_background", UNSET)
        if type(from_background) is not bool and from_background is not UNSET:
            from_background = expect_bool(
                from_background, "AppOpenedAnonymousUserProperties.from_background"
            )

        url = d.pop("url", UNSET)
        if type(url) is not str and url is not UNSET:
            url = expect_str(url, "AppOpenedAnonymousUserProperties.url")

        version = d.pop("version", UNSET)
        if type(version) is not str and version is not UNSET:
            version = expect_str(version, "AppOpenedAnonymousUserProperties.version")

        build = d.pop("build", UNSET)
        if type(build) is not str and build is not UNSET:
            build = expect_str(build, "AppOpenedAnonymousUserProperties.build")

        app_opened_anonymous_user_properties = cls(
            from_background=from_background,
            url=url,
            version=version,
            build=build,
        )

        app_opened_anonymous_user_properties.additional_properties = d
        return app_opened_anonymous_user_properties

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
