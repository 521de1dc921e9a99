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


T = TypeVar("T", bound="And3AndItem")


@_attrs_define
class And3AndItem:
    """
    Attributes:
        or_ (list[Audience | Segment] | Unset): Returns results matching *any* conditions.
        not_ (And | Attribute2 | Or2 | Segment3 | Unset): Returns results if a condition is false. While and/or support
            an array of items, `not` supports a single filter object.
        segment (Segment2 | Unset): Provide the `id` of a segment containing people you want to search for.
        attribute (Attribute | Unset): Filter your audience by attribute. Example: {'field': 'unsubscribed', 'operator':
            'eq', 'value': True}.
    """

    or_: list[Audience | Segment] | Unset = UNSET
    not_: And | Attribute2 | Or2 | Segment3 | Unset = UNSET
    segment: Segment2 | Unset = UNSET
    attribute: Attribute | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.and_ import And
        from ..models.or_2 import Or2
        from ..models.segment import Segment
        from ..models.segment_3 import Segment3

        or_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.or_, Unset):
            or_ = []
            for or_item_data in self.or_:
                or_item: dict[str, Any]
                if isinstance(or_item_data, Segment):
                    or_item = or_item_data.to_dict()
                else:
                    or_item = or_item_data.to_dict()

                or_.append(or_item)

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
        if or_ is not UNSET:
            field_dict["or"] = or_
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

        d = dict(expect_object(src_dict, "And3AndItem"))
        _or_ = expect_list(d.pop("or", UNSET), "And3AndItem.or")
        or_: list[Audience | Segment] | Unset = UNSET
        if _or_ is not UNSET:
            or_ = []
            for or_item_data in _or_:

                def _parse_or_item(data: object) -> Audience | Segment:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        or_item_type_0 = Segment.from_dict(data)

                        return or_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    or_item_type_1 = Audience.from_dict(data)

                    return or_item_type_1

                or_item = _parse_or_item(or_item_data)

                or_.append(or_item)

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

        and_3_and_item = cls(
            or_=or_,
            not_=not_,
            segment=segment,
            attribute=attribute,
        )

        and_3_and_item.additional_properties = d
        return and_3_and_item

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
