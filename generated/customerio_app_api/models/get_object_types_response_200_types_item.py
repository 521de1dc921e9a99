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

T = TypeVar("T", bound="GetObjectTypesResponse200TypesItem")


@_attrs_define
class GetObjectTypesResponse200TypesItem:
    """
    Example:
        {'enabled': True, 'icon': 'calendar', 'id': '1', 'name': 'Concerts', 'singular_name': 'Concert',
            'singular_slug': 'concert', 'slug': 'concerts'}

    Attributes:
        id (str | Unset): The `object_type_id` that you'll use with the Journeys Track API to create or modify objects.
            Object type IDs are integers passed as strings.
        name (str | Unset): The name of the object type.
        singular_name (str | Unset): The singular name of the object type.
        slug (str | Unset): The slug of the page in the Customer.io UI for the object type.
        singular_slug (str | Unset): The singular slug of the page in the Customer.io UI for the object type.
        enabled (bool | Unset): If true, the object type is enabled.
        icon (str | Unset): The name of the icon or emoji that represents the object type in the Customer.io UI. Most
            commonly, you'll see this in the left-side navigation panel in Journeys.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    singular_name: str | Unset = UNSET
    slug: str | Unset = UNSET
    singular_slug: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    icon: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        singular_name = self.singular_name

        slug = self.slug

        singular_slug = self.singular_slug

        enabled = self.enabled

        icon = self.icon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if singular_name is not UNSET:
            field_dict["singular_name"] = singular_name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if singular_slug is not UNSET:
            field_dict["singular_slug"] = singular_slug
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if icon is not UNSET:
            field_dict["icon"] = icon

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "GetObjectTypesResponse200TypesItem"))
        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = expect_str(id, "GetObjectTypesResponse200TypesItem.id")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = expect_str(name, "GetObjectTypesResponse200TypesItem.name")

        singular_name = d.pop("singular_name", UNSET)
        if type(singular_name) is not str and singular_name is not UNSET:
            singular_name = expect_str(
                singular_name, "GetObjectTypesResponse200TypesItem.singular_name"
            )

        slug = d.pop("slug", UNSET)
        if type(slug) is not str and slug is not UNSET:
            slug = expect_str(slug, "GetObjectTypesResponse200TypesItem.slug")

        singular_slug = d.pop("singular_slug", UNSET)
        if type(singular_slug) is not str and singular_slug is not UNSET:
            singular_slug = expect_str(
                singular_slug, "GetObjectTypesResponse200TypesItem.singular_slug"
            )

        enabled = d.pop("enabled", UNSET)
        if type(enabled) is not bool and enabled is not UNSET:
            enabled = expect_bool(enabled, "GetObjectTypesResponse200TypesItem.enabled")

        icon = d.pop("icon", UNSET)
        if type(icon) is not str and icon is not UNSET:
            icon = expect_str(icon, "GetObjectTypesResponse200TypesItem.icon")

        get_object_types_response_200_types_item = cls(
            id=id,
            name=name,
            singular_name=singular_name,
            slug=slug,
            singular_slug=singular_slug,
            enabled=enabled,
            icon=icon,
        )

        get_object_types_response_200_types_item.additional_properties = d
        return get_object_types_response_200_types_item

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
