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

T = TypeVar("T", bound="AppUpdatedIdentifiedUserProperties")


@_attrs_define
class AppUpdatedIdentifiedUserProperties:
    """The properties typically sent with the event.

    Attributes:
        previous_version (str | Unset): The previous version of the app installed—the version a person is upgrading
            _from_.
        previous_build (str | Unset): The previous build of the app installed—the build a person is upgrading _from_.
        version (str | Unset): The version of the app a person upgraded to.
        build (str | Unset): The specific build of the app the person upgraded to.
    """

    previous_version: str | Unset = UNSET
    previous_build: str | Unset = UNSET
    version: str | Unset = UNSET
    build: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        previous_version = self.previous_version

        previous_build = self.previous_build

        version = self.version

        build = self.build

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if previous_version is not UNSET:
            field_dict["previous_version"] = previous_version
        if previous_build is not UNSET:
            field_dict["previous_build"] = previous_build
        if version is not UNSET:
            field_dict["version"] = version
        if build is not UNSET:
            field_dict["build"] = build

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "AppUpdatedIdentifiedUserProperties"))
        previous_version = d.pop("previous_version", UNSET)
        if type(previous_version) is not str and previous_version is not UNSET:
            previous_version = expect_str(
                previous_version, "AppUpdatedIdentifiedUserProperties.previous_version"
            )

        previous_build = d.pop("previous_build", UNSET)
        if type(previous_build) is not str and previous_build is not UNSET:
            previous_build = expect_str(
                previous_build, "AppUpdatedIdentifiedUserProperties.previous_build"
            )

        version = d.pop("version", UNSET)
        if type(version) is not str and version is not UNSET:
            version = expect_str(version, "AppUpdatedIdentifiedUserProperties.version")

        build = d.pop("build", UNSET)
        if type(build) is not str and build is not UNSET:
            build = expect_str(build, "AppUpdatedIdentifiedUserProperties.build")

        app_updated_identified_user_properties = cls(
            previous_version=previous_version,
            previous_build=previous_build,
            version=version,
            build=build,
        )

        app_updated_identified_user_properties.additional_properties = d
        return app_updated_identified_user_properties

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
