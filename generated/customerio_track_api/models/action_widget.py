from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.action_widget_behaviour import ActionWidgetBehaviour
from ..models.action_widget_type import ActionWidgetType
from ..types import (
    UNSET,
    Unset,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.action_widget_component import ActionWidgetComponent


T = TypeVar("T", bound="ActionWidget")


@_attrs_define
class ActionWidget:
    """An action is either a link or a way to dismiss your message. The `behaviour` property determines how your app treats
    the action.

        Attributes:
            type_ (ActionWidgetType): Defines the widget type.
            action (str): The link or place you want to send a person. This is either a deep link in your app, a web
                address, a `mailto` link, or a way to close the message (`gist://close`).
            component (ActionWidgetComponent): The component a person taps to perform the action defined in this widget.
            behaviour (ActionWidgetBehaviour | Unset): * `push`: pushes a new route into the navigation stack.
                * `system`: offloads the action onto the operating system. Actions like `mailto:support@bourbon.sh` will open
                the default email client.
                * `back`: pops the navigation stack one step back.
                * `retain`: retain replaces the current view with a new route.
    """

    type_: ActionWidgetType
    action: str
    component: ActionWidgetComponent
    behaviour: ActionWidgetBehaviour | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        action = self.action

        component = self.component.to_dict()

        behaviour: str | Unset = UNSET
        if not isinstance(self.behaviour, Unset):
            behaviour = self.behaviour.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "action": action,
                "component": component,
            }
        )
        if behaviour is not UNSET:
            field_dict["behaviour"] = behaviour

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.action_widget_component import ActionWidgetComponent

        d = dict(expect_object(src_dict, "ActionWidget"))
        type_ = ActionWidgetType(d.pop("type"))

        action = d.pop("action")
        if type(action) is not str:
            action = expect_str(action, "ActionWidget.action")

        component = ActionWidgetComponent.from_dict(d.pop("component"))

        _behaviour = d.pop("behaviour", UNSET)
        behaviour: ActionWidgetBehaviour | Unset
        if isinstance(_behaviour, Unset):
            behaviour = UNSET
        else:
            behaviour = ActionWidgetBehaviour(_behaviour)

        action_widget = cls(
            type_=type_,
            action=action,
            component=component,
            behaviour=behaviour,
        )

        action_widget.additional_properties = d
        return action_widget

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
