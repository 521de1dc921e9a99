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
    from ..models.email_message import EmailMessage
    from ..models.sms_mms import SmsMms
    from ..models.webhook import Webhook


T = TypeVar("T", bound="BroadcastActionsResponse200")


@_attrs_define
class BroadcastActionsResponse200:
    """
    Attributes:
        actions (list[EmailMessage | SmsMms | Webhook] | Unset):
    """

    actions: list[EmailMessage | SmsMms | Webhook] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.email_message import EmailMessage
        from ..models.sms_mms import SmsMms

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item: dict[str, Any]
                if isinstance(actions_item_data, EmailMessage) or isinstance(
                    actions_item_data, SmsMms
                ):
                    actions_item = actions_item_data.to_dict()
                else:
                    actions_item = actions_item_data.to_dict()

                actions.append(actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.email_message import EmailMessage
        from ..models.sms_mms import SmsMms
        from ..models.webhook import Webhook

        d = dict(expect_object(src_dict, "BroadcastActionsResponse200"))
        _actions = expect_list(
            d.pop("actions", UNSET), "BroadcastActionsResponse200.actions"
        )
        actions: list[EmailMessage | SmsMms | Webhook] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:

                def _parse_actions_item(
                    data: object,
                ) -> EmailMessage | SmsMms | Webhook:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_item_type_0 = EmailMessage.from_dict(data)

                        return actions_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_item_type_1 = SmsMms.from_dict(data)

                        return actions_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    actions_item_type_2 = Webhook.from_dict(data)

                    return actions_item_type_2

                actions_item = _parse_actions_item(actions_item_data)

                actions.append(actions_item)

        broadcast_actions_response_200 = cls(
            actions=actions,
        )

        broadcast_actions_response_200.additional_properties = d
        return broadcast_actions_response_200

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
