from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.campaign_identifiers import CampaignIdentifiers


T = TypeVar("T", bound="Campaign")


@_attrs_define
class Campaign:
    """
    Attributes:
        campaign_id (int | None): The identifier for a campaign. Example: 5.
        delivery_id (str): The instance of a message sent to a person. Example: ZAIAAVTJVG0QcCok0-0ZKj6yiQ==.
        action_id (int): The identifier for an action. Example: 96.
        identifiers (CampaignIdentifiers): The person the event represents. This object contains all of the identifiers
            available to people in your workspace, even if they aren't set. If your workspace supports multiple identifiers
            (email and ID), this object contains `id`, `email` (either of which can be null), and `cio_id`.

            Otherwise, if your workspace only supports ID, this object just contains the `id` of the person the event
            represents.
        customer_id (str | Unset): The ID of the person the webhook event occurred to. Blank if the person in question
            has been deleted.

            While webhooks may still contain this property, you should rely on the newer `identifiers` object wherever
            possible.
             Example: 42.
        journey_id (str | Unset): The ID for the path a person went through in a Campaign or API Triggered Broadcast
            workflow. Example: 01GW20GXAAXBKZD8J96M8FNV3R.
        parent_action_id (int | Unset): The ID of the parent action, if the action occurred within a campaign and has a
            parent (like a randomized split, etc). Example: 1.
        trigger_event_id (None | str | Unset): The id of the event that triggered an event-triggered campaign (not an
            API-triggered broadcast). Example: 21E4C3CT6YDC7Y4N7FE1GWWABC.
    """

    campaign_id: int | None
    delivery_id: str
    action_id: int
    identifiers: CampaignIdentifiers
    customer_id: str | Unset = UNSET
    journey_id: str | Unset = UNSET
    parent_action_id: int | Unset = UNSET
    trigger_event_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id: int | None
        campaign_id = self.campaign_id

        delivery_id = self.delivery_id

        action_id = self.action_id

        identifiers = self.identifiers.to_dict()

        customer_id = self.customer_id

        journey_id = self.journey_id

        parent_action_id = self.parent_action_id

        trigger_event_id: None | str | Unset
        if isinstance(self.trigger_event_id, Unset):
            trigger_event_id = UNSET
        else:
            trigger_event_id = self.trigger_event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
                "delivery_id": delivery_id,
                "action_id": action_id,
                "identifiers": identifiers,
            }
        )
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if journey_id is not UNSET:
            field_dict["journey_id"] = journey_id
        if parent_action_id is not UNSET:
            field_dict["parent_action_id"] = parent_action_id
        if trigger_event_id is not UNSET:
            field_dict["trigger_event_id"] = trigger_event_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.campaign_identifiers import CampaignIdentifiers

        d = dict(expect_object(src_dict, "Campaign"))

        def _parse_campaign_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        campaign_id = _parse_campaign_id(d.pop("campaign_id"))

        delivery_id = d.pop("delivery_id")
        if type(delivery_id) is not str:
            delivery_id = expect_str(delivery_id, "Campaign.delivery_id")

        action_id = d.pop("action_id")
        if type(action_id) is not int:
            action_id = expect_int(action_id, "Campaign.action_id")

        identifiers = CampaignIdentifiers.from_dict(d.pop("identifiers"))

        customer_id = d.pop("customer_id", UNSET)
        if type(customer_id) is not str and customer_id is not UNSET:
            customer_id = expect_str(customer_id, "Campaign.customer_id")

        journey_id = d.pop("journey_id", UNSET)
        if type(journey_id) is not str and journey_id is not UNSET:
            journey_id = expect_str(journey_id, "Campaign.journey_id")

        parent_action_id = d.pop("parent_action_id", UNSET)
        if type(parent_action_id) is not int and parent_action_id is not UNSET:
            parent_action_id = expect_int(parent_action_id, "Campaign.parent_action_id")

        def _parse_trigger_event_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trigger_event_id = _parse_trigger_event_id(d.pop("trigger_event_id", UNSET))

        campaign = cls(
            campaign_id=campaign_id,
            delivery_id=delivery_id,
            action_id=action_id,
            identifiers=identifiers,
            customer_id=customer_id,
            journey_id=journey_id,
            parent_action_id=parent_action_id,
            trigger_event_id=trigger_event_id,
        )

        campaign.additional_properties = d
        return campaign

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
