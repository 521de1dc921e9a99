from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="AddCollectionDataByURL")


@_attrs_define
class AddCollectionDataByURL:
    """
    Attributes:
        name (str): The name of the collection. This is how you'll reference your collection in
            messages—`{{collection_name.data-property}}`.
        url (str): The URL for your CSV or JSON data. If your URL does not return a `Content-Type`, we use the file
            extension; otherwise, Customer.io assumes your data is JSON.
    """

    name: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "AddCollectionDataByURL"))
        name = d.pop("name")
        if type(name) is not str:
            name = expect_str(name, "AddCollectionDataByURL.name")

        url = d.pop("url")
        if type(url) is not str:
            url = expect_str(url, "AddCollectionDataByURL.url")

        add_collection_data_by_url = cls(
            name=name,
            url=url,
        )

        add_collection_data_by_url.additional_properties = d
        return add_collection_data_by_url

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
