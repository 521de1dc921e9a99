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
    from ..models.email_message_3 import EmailMessage3
    from ..models.sms_mms_2 import SmsMms2
    from ..models.webhook_2 import Webhook2


T = TypeVar("T", bound="GetCampaignActionTranslationResponse200")


@_attrs_define
class GetCampaignActionTranslationResponse200:
    """
    Attributes:
        action (EmailMessage3 | SmsMms2 | Unset | Webhook2):
    """

    action: EmailMessage3 | SmsMms2 | Unset | Webhook2 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.email_message_3 import EmailMessage3
        from ..models.sms_mms_2 import SmsMms2

        action: dict[str, Any] | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, EmailMessage3) or isinstance(self.action, SmsMms2):
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
        from ..models.email_message_3 import EmailMessage3
        from ..models.sms_mms_2 import SmsMms2
        from ..models.webhook_2 import Webhook2

        d = dict(expect_object(src_dict, "GetCampaignActionTranslationResponse200"))

        def _parse_action(data: object) -> EmailMessage3 | SmsMms2 | Unset | Webhook2:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_0 = EmailMessage3.from_dict(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_1 = SmsMms2.from_dict(data)

                return action_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            action_type_2 = Webhook2.from_dict(data)

            return action_type_2

        action = _parse_action(d.pop("action", UNSET))

        get_campaign_action_translation_response_200 = cls(
            action=action,
        )

        get_campaign_action_translation_response_200.additional_properties = d
        return get_campaign_action_translation_response_200

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
