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

T = TypeVar("T", bound="AppInstalledIdentifiedUserProperties")


@_attrs_define
class AppInstalledIdentifiedUserProperties:
    """The properties typically sent with the event.

    Attributes:
        version (str | Unset): The version of the app installed.
        build (str | Unset): The specific build of the app installed.
    """

    version: str | Unset = UNSET
    build: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        build = self.build

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if build is not UNSET:
            field_dict["build"] = build

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "AppInstalledIdentifiedUserProperties"))
        version = d.pop("version", UNSET)
        if type(version) is not str and version is not UNSET:
            version = expect_str(
                version, "AppInstalledIdentifiedUserProperties.version"
            )

        build = d.pop("build", UNSET)
        if type(build) is not str and build is not UNSET:
            build = expect_str(build, "AppInstalledIdentifiedUserProperties.build")

        app_installed_identified_user_properties = cls(
            version=version,
            build=build,
        )

        app_installed_identified_user_properties.additional_properties = d
        return app_installed_identified_user_properties

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
