from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_object,
)

if TYPE_CHECKING:
    from ..models.email_message import EmailMessage
    from ..models.sms_mms import SmsMms
    from ..models.webhook import Webhook


T = TypeVar("T", bound="GetBroadcastActionLanguageResponse200")


@_attrs_define
class GetBroadcastActionLanguageResponse200:
    """
    Attributes:
        action (EmailMessage | SmsMms | Unset | Webhook):
    """

    action: EmailMessage | SmsMms | Unset | Webhook = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.email_message import EmailMessage
        from ..models.sms_mms import SmsMms

        action: dict[str, Any] | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, EmailMessage) or isinstance(self.action, SmsMms):
            action = self.action.to_dict()
        else:
            action = self.action.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.email_message import EmailMessage
        from ..models.sms_mms import SmsMms
        from ..models.webhook import Webhook

        d = dict(expect_object(src_dict, "GetBroadcastActionLanguageResponse200"))

        def _parse_action(data: object) -> EmailMessage | SmsMms | Unset | Webhook:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_0 = EmailMessage.from_dict(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_1 = SmsMms.from_dict(data)

                return action_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            action_type_2 = Webhook.from_dict(data)

            return action_type_2

        action = _parse_action(d.pop("action", UNSET))

        get_broadcast_action_language_response_200 = cls(
            action=action,
        )

        get_broadcast_action_language_response_200.additional_properties = d
        return get_broadcast_action_language_response_200

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
