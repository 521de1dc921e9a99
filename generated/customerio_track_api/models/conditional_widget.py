from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.conditional_widget_type import ConditionalWidgetType
from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.conditional_widget_false import ConditionalWidgetFalse
    from ..models.conditional_widget_true import ConditionalWidgetTrue


T = TypeVar("T", bound="ConditionalWidget")


@_attrs_define
class ConditionalWidget:
    """Set a true/false condition determining which content to show. Use a variable in your condition to populate the
    condition when you set up your message in Customer.io.

        Attributes:
            type_ (ConditionalWidgetType | Unset): Defines the widget type.
            condition (str | Unset): The condition you want to evaluate. You can evaluate a condition using `>`, `<`, `==` &
                `in` operators. If you don't use an operator, the condition checks if the property is null.
            true_ (ConditionalWidgetTrue | Unset): The component you want to show when your condition is true.
            false_ (ConditionalWidgetFalse | Unset): The component you want to show when your condition is false.
    """

    type_: ConditionalWidgetType | Unset = UNSET
    condition: str | Unset = UNSET
    true_: ConditionalWidgetTrue | Unset = UNSET
    false_: ConditionalWidgetFalse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        condition = self.condition

        true_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.true_, Unset):
            true_ = self.true_.to_dict()

        false_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.false_, Unset):
            false_ = self.false_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if condition is not UNSET:
            field_dict["condition"] = condition
        if true_ is not UNSET:
            field_dict["true"] = true_
        if false_ is not UNSET:
            field_dict["false"] = false_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.conditional_widget_false import ConditionalWidgetFalse
        from ..models.conditional_widget_true import ConditionalWidgetTrue

        d = dict(expect_object(src_dict, "ConditionalWidget"))
        _type_ = d.pop("type", UNSET)
        type_: ConditionalWidgetType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ConditionalWidgetType(_type_)

        condition = d.pop("condition", UNSET)
        if type(condition) is not str and condition is not UNSET:
            condition = expect_str(condition, "ConditionalWidget.condition")

        _true_ = d.pop("true", UNSET)
        true_: ConditionalWidgetTrue | Unset
        if isinstance(_true_, Unset):
            true_ = UNSET
        else:
            true_ = ConditionalWidgetTrue.from_dict(_true_)

        _false_ = d.pop("false", UNSET)
        false_: ConditionalWidgetFalse | Unset
        if isinstance(_false_, Unset):
            false_ = UNSET
        else:
            false_ = ConditionalWidgetFalse.from_dict(_false_)

        conditional_widget = cls(
            type_=type_,
            condition=condition,
            true_=true_,
            false_=false_,
        )

        conditional_widget.additional_properties = d
        return conditional_widget

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
