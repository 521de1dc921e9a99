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
    expect_str,
)

if TYPE_CHECKING:
    from ..models.email_message_3 import EmailMessage3
    from ..models.sms_mms_2 import SmsMms2
    from ..models.webhook_2 import Webhook2


T = TypeVar("T", bound="ListCampaignActionsResponse200")


@_attrs_define
class ListCampaignActionsResponse200:
    """
    Attributes:
        actions (list[EmailMessage3 | SmsMms2 | Webhook2] | Unset): Each object in the array represents an action in
            your campaign.
        next_ (str | Unset): Indicates the next page of results. Add `?start=<next_value>` to the request to get the
            next page of results.
    """

    actions: list[EmailMessage3 | SmsMms2 | Webhook2] | Unset = UNSET
    next_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.email_message_3 import EmailMessage3
        from ..models.sms_mms_2 import SmsMms2

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item: dict[str, Any]
                if isinstance(actions_item_data, EmailMessage3) or isinstance(
                    actions_item_data, SmsMms2
                ):
                    actions_item = actions_item_data.to_dict()
                else:
                    actions_item = actions_item_data.to_dict()

                actions.append(actions_item)

        next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if actions is not UNSET:
            field_dict["actions"] = actions
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.email_message_3 import EmailMessage3
        from ..models.sms_mms_2 import SmsMms2
        from ..models.webhook_2 import Webhook2

        d = dict(expect_object(src_dict, "ListCampaignActionsResponse200"))
        _actions = expect_list(
            d.pop("actions", UNSET), "ListCampaignActionsResponse200.actions"
        )
        actions: list[EmailMessage3 | SmsMms2 | Webhook2] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:

                def _parse_actions_item(
                    data: object,
                ) -> EmailMessage3 | SmsMms2 | Webhook2:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_item_type_0 = EmailMessage3.from_dict(data)

                        return actions_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_item_type_1 = SmsMms2.from_dict(data)

                        return actions_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    actions_item_type_2 = Webhook2.from_dict(data)

                    return actions_item_type_2

                actions_item = _parse_actions_item(actions_item_data)

                actions.append(actions_item)

        next_ = d.pop("next", UNSET)
        if type(next_) is not str and next_ is not UNSET:
            next_ = expect_str(next_, "ListCampaignActionsResponse200.next")

        list_campaign_actions_response_200 = cls(
            actions=actions,
            next_=next_,
        )

        list_campaign_actions_response_200.additional_properties = d
        return list_campaign_actions_response_200

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
