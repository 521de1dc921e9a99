from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.fixed_grid_widget_type import FixedGridWidgetType
from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_list,
    expect_number,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.fixed_grid_widget_components_item import FixedGridWidgetComponentsItem


T = TypeVar("T", bound="FixedGridWidget")


@_attrs_define
class FixedGridWidget:
    """Used to layout an in-app message in a fixed grid.

    Attributes:
        type_ (FixedGridWidgetType): Defines the widget type.
        columns (int): The number of columns in your grid.
        components (list[FixedGridWidgetComponentsItem]): An array of child components that you want to make available
            inside this widget.
        item_padding (str | Unset): The padding between items in your grid.
        child_aspect_ratio (float | Unset): The aspect ratio for items in the grid. Defaults to 1.0
    """

    type_: FixedGridWidgetType
    columns: int
    components: list[FixedGridWidgetComponentsItem]
    item_padding: str | Unset = UNSET
    child_aspect_ratio: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        columns = self.columns

        components = []
        for components_item_data in self.components:
            components_item = components_item_data.to_dict()
            components.append(components_item)

        item_padding = self.item_padding

        child_aspect_ratio = self.child_aspect_ratio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "columns": columns,
                "components": components,
            }
        )
        if item_padding is not UNSET:
            field_dict["itemPadding"] = item_padding
        if child_aspect_ratio is not UNSET:
            field_dict["childAspectRatio"] = child_aspect_ratio

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fixed_grid_widget_components_item import (
            FixedGridWidgetComponentsItem,
        )

        d = dict(expect_object(src_dict, "FixedGridWidget"))
        type_ = FixedGridWidgetType(d.pop("type"))

        columns = d.pop("columns")
        if type(columns) is not int:
            columns = expect_int(columns, "FixedGridWidget.columns")

        components = []
        _components = expect_list(d.pop("components"), "FixedGridWidget.components")
        for components_item_data in _components:
            components_item = FixedGridWidgetComponentsItem.from_dict(
                components_item_data
            )

            components.append(components_item)

        item_padding = d.pop("itemPadding", UNSET)
        if type(item_padding) is not str and item_padding is not UNSET:
            item_padding = expect_str(item_padding, "FixedGridWidget.itemPadding")

        child_aspect_ratio = d.pop("childAspectRatio", UNSET)
        if type(child_aspect_ratio) is not float and child_aspect_ratio is not UNSET:
            child_aspect_ratio = expect_number(
                child_aspect_ratio, "FixedGridWidget.childAspectRatio"
            )

        fixed_grid_widget = cls(
            type_=type_,
            columns=columns,
            components=components,
            item_padding=item_padding,
            child_aspect_ratio=child_aspect_ratio,
        )

        fixed_grid_widget.additional_properties = d
        return fixed_grid_widget

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
