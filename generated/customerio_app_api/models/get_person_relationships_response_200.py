from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_list,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.get_person_relationships_response_200_cio_relationships_item import (
        GetPersonRelationshipsResponse200CioRelationshipsItem,
    )


T = TypeVar("T", bound="GetPersonRelationshipsResponse200")


@_attrs_define
class GetPersonRelationshipsResponse200:
    """
    Attributes:
        cio_relationships (list[GetPersonRelationshipsResponse200CioRelationshipsItem] | Unset): A list of "objects"
            that the customer is related to; each JSON object in the array represents an "object" in Customer.io.
        next_ (str | Unset): Indicates the next page of results. Add `?start=<next_value>` to the request to get the
            next page of results.
    """

    cio_relationships: (
        list[GetPersonRelationshipsResponse200CioRelationshipsItem] | Unset
    ) = UNSET
    next_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cio_relationships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cio_relationships, Unset):
            cio_relationships = []
            for cio_relationships_item_data in self.cio_relationships:
                cio_relationships_item = cio_relationships_item_data.to_dict()
                cio_relationships.append(cio_relationships_item)

        next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cio_relationships is not UNSET:
            field_dict["cio_relationships"] = cio_relationships
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_person_relationships_response_200_cio_relationships_item import (
            GetPersonRelationshipsResponse200CioRelationshipsItem,
        )

        d = dict(expect_object(src_dict, "GetPersonRelationshipsResponse200"))
        _cio_relationships = expect_list(
            d.pop("cio_relationships", UNSET),
            "GetPersonRelationshipsResponse200.cio_relationships",
        )
        cio_relationships: (
            list[GetPersonRelationshipsResponse200CioRelationshipsItem] | Unset
        ) = UNSET
        if _cio_relationships is not UNSET:
            cio_relationships = []
            for cio_relationships_item_data in _cio_relationships:
                cio_relationships_item = (
                    GetPersonRelationshipsResponse200CioRelationshipsItem.from_dict(
                        cio_relationships_item_data
                    )
                )

                cio_relationships.append(cio_relationships_item)

        next_ = d.pop("next", UNSET)
        if type(next_) is not str and next_ is not UNSET:
            next_ = expect_str(next_, "GetPersonRelationshipsResponse200.next")

        get_person_relationships_response_200 = cls(
            cio_relationships=cio_relationships,
            next_=next_,
        )

        get_person_relationships_response_200.additional_properties = d
        return get_person_relationships_response_200

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
