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

T = TypeVar("T", bound="MobileApp")


@_attrs_define
class MobileApp:
    """Contains information about the mobile app the event originated from, automatically collected by our mobile libraries
    when possible.

        Attributes:
            name (str | Unset): The name of the app.
            version (str | Unset): The version of the app the call originated from.
            build (str | Unset): The specific build number in the app.
            namespace (str | Unset): The app's namespace.
    """

    name: str | Unset = UNSET
    version: str | Unset = UNSET
    build: str | Unset = UNSET
    namespace: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        version = self.version

        build = self.build

        namespace = self.namespace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if version is not UNSET:
            field_dict["version"] = version
        if build is not UNSET:
            field_dict["build"] = build
        if namespace is not UNSET:
            field_dict["namespace"] = namespace

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "MobileApp"))
        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = expect_str(name, "MobileApp.name")

        version = d.pop("version", UNSET)
        if type(version) is not str and version is not UNSET:
            version = expect_str(version, "MobileApp.version")

        build = d.pop("build", UNSET)
        if type(build) is not str and build is not UNSET:
            build = expect_str(build, "MobileApp.build")

        namespace = d.pop("namespace", UNSET)
        if type(namespace) is not str and namespace is not UNSET:
            namespace = expect_str(namespace, "MobileApp.namespace")

        mobile_app = cls(
            name=name,
            version=version,
            build=build,
            namespace=namespace,
        )

        mobile_app.additional_properties = d
        return mobile_app

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
