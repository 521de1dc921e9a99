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
)

if TYPE_CHECKING:
    from ..models.get_people_by_id_response_200_customers_item import (
        GetPeopleByIdResponse200CustomersItem,
    )


T = TypeVar("T", bound="GetPeopleByIdResponse200")


@_attrs_define
class GetPeopleByIdResponse200:
    """
    Attributes:
        customers (list[GetPeopleByIdResponse200CustomersItem] | Unset):
    """

    customers: list[GetPeopleByIdResponse200CustomersItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.customers, Unset):
            customers = []
            for customers_item_data in self.customers:
                customers_item = customers_item_data.to_dict()
                customers.append(customers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customers is not UNSET:
            field_dict["customers"] = customers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_people_by_id_response_200_customers_item import (
            GetPeopleByIdResponse200CustomersItem,
        )

        d = dict(expect_object(src_dict, "GetPeopleByIdResponse200"))
        _customers = expect_list(
            d.pop("customers", UNSET), "GetPeopleByIdResponse200.customers"
        )
        customers: list[GetPeopleByIdResponse200CustomersItem] | Unset = UNSET
        if _customers is not UNSET:
            customers = []
            for customers_item_data in _customers:
                customers_item = GetPeopleByIdResponse200CustomersItem.from_dict(
                    customers_item_data
                )

                customers.append(customers_item)

        get_people_by_id_response_200 = cls(
            customers=customers,
        )

        get_people_by_id_response_200.additional_properties = d
        return get_people_by_id_response_200

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
