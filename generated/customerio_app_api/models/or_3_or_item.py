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
    from ..models.and_ import And
    from ..models.attribute import Attribute
    from ..models.attribute_2 import Attribute2
    from ..models.audience import Audience
    from ..models.or_2 import Or2
    from ..models.segment import Segment
    from ..models.segment_2 import Segment2
    from ..models.segment_3 import Segment3


T = TypeVar("T", bound="Or3OrItem")


@_attrs_define
class Or3OrItem:
    """
    Attributes:
        and_ (list[Audience | Segment] | Unset): Returns results matching *all* conditions.
        not_ (And | Attribute2 | Or2 | Segment3 | Unset): Returns results if a condition is false. While and/or support
            an array of items, `not` supports a single filter object.
        segment (Segment2 | Unset): Provide the `id` of a segment containing people you want to search for.
        attribute (Attribute | Unset): Filter your audience by attribute. Example: {'field': 'unsubscribed', 'operator':
            'eq', 'value': True}.
    """

    and_: list[Audience | Segment] | Unset = UNSET
    not_: And | Attribute2 | Or2 | Segment3 | Unset = UNSET
    segment: Segment2 | Unset = UNSET
    attribute: Attribute | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.and_ import And
        from ..models.or_2 import Or2
        from ..models.segment import Segment
        from ..models.segment_3 import Segment3

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

        not_: dict[str, Any] | Unset
        if isinstance(self.not_, Unset):
            not_ = UNSET
        elif (
            isinstance(self.not_, And)
            or isinstance(self.not_, Or2)
            or isinstance(self.not_, Segment3)
        ):
            not_ = self.not_.to_dict()
        else:
            not_ = self.not_.to_dict()

        segment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.segment, Unset):
            segment = self.segment.to_dict()

        attribute: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attribute, Unset):
            attribute = self.attribute.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if and_ is not UNSET:
            field_dict["and"] = and_
        if not_ is not UNSET:
            field_dict["not"] = not_
        if segment is not UNSET:
            field_dict["segment"] = segment
        if attribute is not UNSET:
            field_dict["attribute"] = attribute

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.and_ import And
        from ..models.attribute import Attribute
        from ..models.attribute_2 import Attribute2
        from ..models.audience import Audience
        from ..models.or_2 import Or2
        from ..models.segment import Segment
        from ..models.segment_2 import Segment2
        from ..models.segment_3 import Segment3

        d = dict(expect_object(src_dict, "Or3OrItem"))
        _and_ = expect_list(d.pop("and", UNSET), "Or3OrItem.and")
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

        def _parse_not_(data: object) -> And | Attribute2 | Or2 | Segment3 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                not_type_0 = And.from_dict(data)

                return not_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                not_type_1 = Or2.from_dict(data)

                return not_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                not_type_2 = Segment3.from_dict(data)

                return not_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            not_type_3 = Attribute2.from_dict(data)

            return not_type_3

        not_ = _parse_not_(d.pop("not", UNSET))

        _segment = d.pop("segment", UNSET)
        segment: Segment2 | Unset
        if isinstance(_segment, Unset):
            segment = UNSET
        else:
            segment = Segment2.from_dict(_segment)

        _attribute = d.pop("attribute", UNSET)
        attribute: Attribute | Unset
        if isinstance(_attribute, Unset):
            attribute = UNSET
        else:
            attribute = Attribute.from_dict(_attribute)

        or_3_or_item = cls(
            and_=and_,
            not_=not_,
            segment=segment,
            attribute=attribute,
        )

        or_3_or_item.additional_properties = d
        return or_3_or_item

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
