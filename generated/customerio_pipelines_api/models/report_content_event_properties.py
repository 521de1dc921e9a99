from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.report_content_event_properties_action_type import (
    ReportContentEventPropertiesActionType,
)
from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
)

T = TypeVar("T", bound="ReportContentEventProperties")


@_attrs_define
class ReportContentEventProperties:
    """Properties for the event. These aren't typically useful in Customer.io when suppressing people, but you might use
    them in other places—like an analytics tool (e.g. Mixpanel).

        Attributes:
            action_type (ReportContentEventPropertiesActionType | Unset): The type of activity that occurred on the message.
            content_id (int | Unset): The ID of the anonymous in-app message that the person interacted with. Example: 5.
            template_id (int | Unset): The ID of the message inside the contentId. Example: 10.
    """

    action_type: ReportContentEventPropertiesActionType | Unset = UNSET
    content_id: int | Unset = UNSET
    template_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_type: str | Unset = UNSET
        if not isinstance(self.action_type, Unset):
            action_type = self.action_type.value

        content_id = self.content_id

        template_id = self.template_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action_type is not UNSET:
            field_dict["actionType"] = action_type
        if content_id is not UNSET:
            field_dict["contentId"] = content_id
        if template_id is not UNSET:
            field_dict["templateId"] = template_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "ReportContentEventProperties"))
        _action_type = d.pop("actionType", UNSET)
        action_type: ReportContentEventPropertiesActionType | Unset
        if isinstance(_action_type, Unset):
            action_type = UNSET
        else:
            action_type = ReportContentEventPropertiesActionType(_action_type)

        content_id = d.pop("contentId", UNSET)
        if type(content_id) is not int and content_id is not UNSET:
            content_id = expect_int(
                content_id, "ReportContentEventProperties.contentId"
            )

        template_id = d.pop("templateId", UNSET)
        if type(template_id) is not int and template_id is not UNSET:
            template_id = expect_int(
                template_id, "ReportContentEventProperties.templateId"
            )

        report_content_event_properties = cls(
            action_type=action_type,
            content_id=content_id,
            template_id=template_id,
        )

        report_content_event_properties.additional_properties = d
        return report_content_event_properties

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
