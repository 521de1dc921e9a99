from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.fixed_horizontal_scroll_widget_type import FixedHorizontalScrollWidgetType
from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_list,
    expect_object,
)

if TYPE_CHECKING:
    from ..models.fixed_horizontal_scroll_widget_components_item import (
        FixedHorizontalScrollWidgetComponentsItem,
    )


T = TypeVar("T", bound="FixedHorizontalScrollWidget")


@_attrs_define
class FixedHorizontalScrollWidget:
    """A series of components that you can scroll through, like a carousel.

    Attributes:
        type_ (FixedHorizontalScrollWidgetType | Unset): Defines the widget type
        height (int | Unset): The height of the widget in pixels.
        components (list[FixedHorizontalScrollWidgetComponentsItem] | Unset): An array of child components that you want
            to make available inside this widget.
    """

    type_: FixedHorizontalScrollWidgetType | Unset = UNSET
    height: int | Unset = UNSET
    components: list[FixedHorizontalScrollWidgetComponentsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        height = self.height

        components: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.components, Unset):
            components = []
            for components_item_data in self.components:
                components_item = components_item_data.to_dict()
                components.append(components_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if height is not UNSET:
            field_dict["height"] = height
        if components is not UNSET:
            field_dict["components"] = components

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fixed_horizontal_scroll_widget_components_item import (
            FixedHorizontalScrollWidgetComponentsItem,
        )

        d = dict(expect_object(src_dict, "FixedHorizontalScrollWidget"))
        _type_ = d.pop("type", UNSET)
        type_: FixedHorizontalScrollWidgetType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = FixedHorizontalScrollWidgetType(_type_)

        height = d.pop("height", UNSET)
        if type(height) is not int and height is not UNSET:
            height = expect_int(height, "FixedHorizontalScrollWidget.height")

        _components = expect_list(
            d.pop("components", UNSET), "FixedHorizontalScrollWidget.components"
        )
        components: list[FixedHorizontalScrollWidgetComponentsItem] | Unset = UNSET
        if _components is not UNSET:
            components = []
            for components_item_data in _components:
                components_item = FixedHorizontalScrollWidgetComponentsItem.from_dict(
                    components_item_data
                )

                components.append(components_item)

        fixed_horizontal_scroll_widget = cls(
            type_=type_,
            height=height,
            components=components,
        )

        fixed_horizontal_scroll_widget.additional_properties = d
        return fixed_horizontal_scroll_widget

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
