from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.get_campaign_messages_response_200_messages_item_type import (
    GetCampaignMessagesResponse200MessagesItemType,
)
from ..types import (
    UNSET,
    Unset,
    expect_bool,
    expect_int,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.get_campaign_messages_response_200_messages_item_customer_identifiers import (
        GetCampaignMessagesResponse200MessagesItemCustomerIdentifiers,
    )
    from ..models.get_campaign_messages_response_200_messages_item_metrics import (
        GetCampaignMessagesResponse200MessagesItemMetrics,
    )


T = TypeVar("T", bound="GetCampaignMessagesResponse200MessagesItem")


@_attrs_define
class GetCampaignMessagesResponse200MessagesItem:
    """Describes an individual message delivery. The object contains keys for all possible parents of the message
    (`newsletter_id`, `broadcast_id`, etc) but only the parents of the delivery are populated. Other parent IDs are
    null.

        Example:
            {'id': 'ag1q6QWq6QUBAAF4_CGoeVX7mFkDbRFu7ek=', 'deduplicate_id':
                'ag1q6QWq6QUBAAF4_CGoeVX7mFkDbRFu7ek=:1619137768', 'msg_template_id': 43, 'action_id': 215, 'parent_action_id':
                None, 'customer_id': None, 'recipient': 'person@example.com', 'subject': 'Did you get that thing I sent you?',
                'metrics': {'delivered': 1619137768, 'sent': 1619137768}, 'created': 1619137767, 'failure_message': None,
                'newsletter_id': None, 'content_id': None, 'campaign_id': 23, 'broadcast_id': None, 'trigger_event_id': None,
                'type': 'email', 'forgotten': False}

        Attributes:
            id (str | Unset): The identifier for a delivery—the instance of a message intended for an individual recipient.
                Example: dgOq6QWq6QUBAAF4_CGoeVX7mFkDbRFu7ek=.
            deduplicate_id (str | Unset): An identifier in the format `id:timestamp` where the id is the id of the object
                you are working with (Campaigns, Deliveries, Exports, Identities, Newsletters, Segments, and Templates), and the
                timestamp is the last time the object was updated. Example: 15:1492548073.
            message_template_id (int | Unset): The identifier of the message template used to create a message.
            customer_id (None | str | Unset): The ID of a customer profile, analogous to a "person" in the UI. If your
                workspace supports multiple identifiers (email and ID), this value can be null. Example: 42.
            customer_identifiers (GetCampaignMessagesResponse200MessagesItemCustomerIdentifiers | Unset): Contains
                identifiers for the person represented in a response—`id`, `cio_id`, and `email` (if your workspace uses the
                *Email or ID* setting). If the person's `id` or `email` is not set, the value will be null.

                We recommend that you use this object rather than the less descriptive `customer_id`.
            recipient (str | Unset): The recipient address for an action. Example: {{customer.email}}.
            subject (str | Unset): The subject line for an `email` action. Example: Did you get that thing I sent you?.
            metrics (GetCampaignMessagesResponse200MessagesItemMetrics | Unset): Metrics for an individual instance of a
                message; each item in the object represents the timestamp when a message achieved a particular metric. This
                object only contains metrics that have been recorded.
            created (int | Unset): The date time when the referenced ID was created. Example: 1552341937.
            failure_message (None | str | Unset): Explains why a message failed, if applicable.
            campaign_id (int | None | Unset): The identifier for a campaign. Example: 5.
            action_id (int | Unset): The identifier for an action. Example: 96.
            parent_action_id (int | Unset): The ID of the parent action, if the action occurred within a campaign and has a
                parent (like a randomized split, etc). Example: 1.
            newsletter_id (int | None | Unset): The identifier for a newsletter. Example: 10.
            content_id (int | Unset): The identifier for a message in a newsletter. Newsletters can have multiple content
                IDs (for multi-language messages or A/B tests). Example: 1.
            broadcast_id (int | None | Unset): The identifier for a broadcast. Example: 2.
            trigger_event_id (None | str | Unset): The id of the event that triggered an event-triggered campaign (not an
                API-triggered broadcast). Example: 21E4C3CT6YDC7Y4N7FE1GWWABC.
            type_ (GetCampaignMessagesResponse200MessagesItemType | Unset): The type of message/action. Example: email.
            forgotten (bool | Unset): If true message contents are not retained by Customer.io.
    """

    id: str | Unset = UNSET
    deduplicate_id: str | Unset = UNSET
    message_template_id: int | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    customer_identifiers: (
        GetCampaignMessagesResponse200MessagesItemCustomerIdentifiers | Unset
    ) = UNSET
    recipient: str | Unset = UNSET
    subject: str | Unset = UNSET
    metrics: GetCampaignMessagesResponse200MessagesItemMetrics | Unset = UNSET
    created: int | Unset = UNSET
    failure_message: None | str | Unset = UNSET
    campaign_id: int | None | Unset = UNSET
    action_id: int | Unset = UNSET
    parent_action_id: int | Unset = UNSET
    newsletter_id: int | None | Unset = UNSET
    content_id: int | Unset = UNSET
    broadcast_id: int | None | Unset = UNSET
    trigger_event_id: None | str | Unset = UNSET
    type_: GetCampaignMessagesResponse200MessagesItemType | Unset = UNSET
    forgotten: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        deduplicate_id = self.deduplicate_id

        message_template_id = self.message_template_id

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        customer_identifiers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_identifiers, Unset):
            customer_identifiers = self.customer_identifiers.to_dict()

        recipient = self.recipient

        subject = self.subject

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        created = self.created

        failure_message: None | str | Unset
        if isinstance(self.failure_message, Unset):
            failure_message = UNSET
        else:
            failure_message = self.failure_message

        campaign_id: int | None | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        action_id = self.action_id

        parent_action_id = self.parent_action_id

        newsletter_id: int | None | Unset
        if isinstance(self.newsletter_id, Unset):
            newsletter_id = UNSET
        else:
            newsletter_id = self.newsletter_id

        content_id = self.content_id

        broadcast_id: int | None | Unset
        if isinstance(self.broadcast_id, Unset):
            broadcast_id = UNSET
        else:
            broadcast_id = self.broadcast_id

        trigger_event_id: None | str | Unset
        if isinstance(self.trigger_event_id, Unset):
            trigger_event_id = UNSET
        else:
            trigger_event_id = self.trigger_event_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        forgotten = self.forgotten

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if deduplicate_id is not UNSET:
            field_dict["deduplicate_id"] = deduplicate_id
        if message_template_id is not UNSET:
            field_dict["message_template_id"] = message_template_id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if customer_identifiers is not UNSET:
            field_dict["customer_identifiers"] = customer_identifiers
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if subject is not UNSET:
            field_dict["subject"] = subject
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if created is not UNSET:
            field_dict["created"] = created
        if failure_message is not UNSET:
            field_dict["failure_message"] = failure_message
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if action_id is not UNSET:
            field_dict["action_id"] = action_id
        if parent_action_id is not UNSET:
            field_dict["parent_action_id"] = parent_action_id
        if newsletter_id is not UNSET:
            field_dict["newsletter_id"] = newsletter_id
        if content_id is not UNSET:
            field_dict["content_id"] = content_id
        if broadcast_id is not UNSET:
            field_dict["broadcast_id"] = broadcast_id
        if trigger_event_id is not UNSET:
            field_dict["trigger_event_id"] = trigger_event_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if forgotten is not UNSET:
            field_dict["forgotten"] = forgotten

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_campaign_messages_response_200_messages_item_customer_identifiers import (
            GetCampaignMessagesResponse200MessagesItemCustomerIdentifiers,
        )
        from ..models.get_campaign_messages_response_200_messages_item_metrics import (
            GetCampaignMessagesResponse200MessagesItemMetrics,
        )

        d = dict(expect_object(src_dict, "GetCampaignMessagesResponse200MessagesItem"))
        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = expect_str(id, "GetCampaignMessagesResponse200MessagesItem.id")

        deduplicate_id = d.pop("deduplicate_id", UNSET)
        if type(deduplicate_id) is not str and deduplicate_id is not UNSET:
            deduplicate_id = expect_str(
                deduplicate_id,
                "GetCampaignMessagesResponse200MessagesItem.deduplicate_id",
            )

        message_template_id = d.pop("message_template_id", UNSET)
        if type(message_template_id) is not int and message_template_id is not UNSET:
            message_template_id = expect_int(
                message_template_id,
                "GetCampaignMessagesResponse200MessagesItem.message_template_id",
            )

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        _customer_identifiers = d.pop("customer_identifiers", UNSET)
        customer_identifiers: (
            GetCampaignMessagesResponse200MessagesItemCustomerIdentifiers | Unset
        )
        if isinstance(_customer_identifiers, Unset):
            customer_identifiers = UNSET
        else:
            customer_identifiers = (
                GetCampaignMessagesResponse200MessagesItemCustomerIdentifiers.from_dict(
                    _customer_identifiers
                )
            )

        recipient = d.pop("recipient", UNSET)
        if type(recipient) is not str and recipient is not UNSET:
            recipient = expect_str(
                recipient, "GetCampaignMessagesResponse200MessagesItem.recipient"
            )

        subject = d.pop("subject", UNSET)
        if type(subject) is not str and subject is not UNSET:
            subject = expect_str(
                subject, "GetCampaignMessagesResponse200MessagesItem.subject"
            )

        _metrics = d.pop("metrics", UNSET)
        metrics: GetCampaignMessagesResponse200MessagesItemMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = GetCampaignMessagesResponse200MessagesItemMetrics.from_dict(
                _metrics
            )

        created = d.pop("created", UNSET)
        if type(created) is not int and created is not UNSET:
            created = expect_int(
                created, "GetCampaignMessagesResponse200MessagesItem.created"
            )

        def _parse_failure_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_message = _parse_failure_message(d.pop("failure_message", UNSET))

        def _parse_campaign_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        campaign_id = _parse_campaign_id(d.pop("campaign_id", UNSET))

        action_id = d.pop("action_id", UNSET)
        if type(action_id) is not int and action_id is not UNSET:
            action_id = expect_int(
                action_id, "GetCampaignMessagesResponse200MessagesItem.action_id"
            )

        parent_action_id = d.pop("parent_action_id", UNSET)
        if type(parent_action_id) is not int and parent_action_id is not UNSET:
            parent_action_id = expect_int(
                parent_action_id,
                "GetCampaignMessagesResponse200MessagesItem.parent_action_id",
            )

        def _parse_newsletter_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        newsletter_id = _parse_newsletter_id(d.pop("newsletter_id", UNSET))

        content_id = d.pop("content_id", UNSET)
        if type(content_id) is not int and content_id is not UNSET:
            content_id = expect_int(
                content_id, "GetCampaignMessagesResponse200MessagesItem.content_id"
            )

        def _parse_broadcast_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        broadcast_id = _parse_broadcast_id(d.pop("broadcast_id", UNSET))

        def _parse_trigger_event_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trigger_event_id = _parse_trigger_event_id(d.pop("trigger_event_id", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: GetCampaignMessagesResponse200MessagesItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = GetCampaignMessagesResponse200MessagesItemType(_type_)

        forgotten = d.pop("forgotten", UNSET)
        if type(forgotten) is not bool and forgotten is not UNSET:
            forgotten = expect_bool(
                forgotten, "GetCampaignMessagesResponse200MessagesItem.forgotten"
            )

        get_campaign_messages_response_200_messages_item = cls(
            id=id,
            deduplicate_id=deduplicate_id,
            message_template_id=message_template_id,
            customer_id=customer_id,
            customer_identifiers=customer_identifiers,
            recipient=recipient,
            subject=subject,
            metrics=metrics,
            created=created,
            failure_message=failure_message,
            campaign_id=campaign_id,
            action_id=action_id,
            parent_action_id=parent_action_id,
            newsletter_id=newsletter_id,
            content_id=content_id,
            broadcast_id=broadcast_id,
            trigger_event_id=trigger_event_id,
            type_=type_,
            forgotten=forgotten,
        )

        get_campaign_messages_response_200_messages_item.additional_properties = d
        return get_campaign_messages_response_200_messages_item

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
