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
    from ..models.audience import Audience
    from ..models.segment import Segment


T = TypeVar("T", bound="And")


@_attrs_define
class And:
    """
    Attributes:
        and_ (list[Audience | Segment] | Unset): Match *all* conditions to return results.
    """

    and_: list[Audience | Segment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.segment import Segment

        and_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.and_, Unset):
            and_ = []
            for and_item_data in self.and_:
                and_item: dict[str, Any]
                if isinstance(and_item_data, Segment):
                    and_item = and_item_data.to_dict()
                else:
                    and_item = and_item_data.to_dict()

                and_.append(and_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if and_ is not UNSET:
            field_dict["and"] = and_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.audience import Audience
        from ..models.segment import Segment

        d = dict(expect_object(src_dict, "And"))
        _and_ = expect_list(d.pop("and", UNSET), "And.and")
        and_: list[Audience | Segment] | Unset = UNSET
        if _and_ is not UNSET:
            and_ = []
            for and_item_data in _and_:

                def _parse_and_item(data: object) -> Audience | Segment:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        and_item_type_0 = Segment.from_dict(data)

                        return and_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    and_item_type_1 = Audience.from_dict(data)

                    return and_item_type_1

                and_item = _parse_and_item(and_item_data)

                and_.append(and_item)

        and_ = cls(
            and_=and_,
        )

        and_.additional_properties = d
        return and_

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
