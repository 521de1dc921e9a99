from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.icon_widget_type import IconWidgetType
from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="IconWidget")


@_attrs_define
class IconWidget:
    """Displays an icon from an icon font that you've loaded into your app or project. You must load your icon font in the
    assets section of your app configuration.

        Attributes:
            type_ (IconWidgetType): Defines the widget type.
            color (str): The color you want to use for this content. You can only set values here that are defined under
                [**Content** > **In-App Messages**](https://fly.customer.io/env/last/in-app-messages).
            value (str): The value of the icon that you want to use. For example, for font-awesome, you'd use the name of
                the icon.
            font (Any | Unset): The icon font you want to use.
            size (int | Unset): The pixel size of the icon.
    """

    type_: IconWidgetType
    color: str
    value: str
    font: Any | Unset = UNSET
    size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        color = self.color

        value = self.value

        font = self.font

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "color": color,
                "value": value,
            }
        )
        if font is not UNSET:
            field_dict["font"] = font
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "IconWidget"))
        type_ = IconWidgetType(d.pop("type"))

        color = d.pop("color")
        if type(color) is not str:
            color = expect_str(color, "IconWidget.color")

        value = d.pop("value")
        if type(value) is not str:
            value = expect_str(value, "IconWidget.value")

        font = d.pop("font", UNSET)

        size = d.pop("size", UNSET)
        if type(size) is not int and size is not UNSET:
            size = expect_int(size, "IconWidget.size")

        icon_widget = cls(
            type_=type_,
            color=color,
            value=value,
            font=font,
            size=size,
        )

        icon_widget.additional_properties = d
        return icon_widget

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
