from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.get_person_messages_response_200_messages_item_type import (
    GetPersonMessagesResponse200MessagesItemType,
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
    from ..models.get_person_messages_response_200_messages_item_metrics import (
        GetPersonMessagesResponse200MessagesItemMetrics,
    )


T = TypeVar("T", bound="GetPersonMessagesResponse200MessagesItem")


@_attrs_define
class GetPersonMessagesResponse200MessagesItem:
    """
    Attributes:
        id (str | Unset): The message identifier.
        deduplicate_id (str | Unset): A group identifier to deduplicate messages (useful if a customer may have received
            multiple messages of the same type).
        msg_template_id (str | Unset): The message template the message was created from.
        customer_id (str | Unset): The customer the message was sent to.
        campaign_id (int | Unset): The campaign the message belongs to.
        action_id (int | Unset): The identifier for the message action within the campaign or broadcast the message
            belonged to.
        recipient (str | Unset): The address of the recipient. May be an email address, MSISDN, or a device UUID.
        subject (str | Unset): The subject line of the message.
        metrics (GetPersonMessagesResponse200MessagesItemMetrics | Unset): Contains information about the send and
            delivery time of the message.
        created (int | Unset): The date and time when the message was created.
        failure_message (None | str | Unset): An error, if the message did not make it to the customer.
        newsletter_id (int | None | Unset): The newsletter that the message was sent as a part of, if applicable.
        content_id (int | None | Unset): The newsletter variant for the message, if applicable.
        broadcast_id (int | None | Unset): The broadcast the message was sent as a part of, if applicable.
        type_ (GetPersonMessagesResponse200MessagesItemType | Unset): The type of message.
        forgotten (bool | Unset): If true, the message content was forgotten.
    """

    id: str | Unset = UNSET
    deduplicate_id: str | Unset = UNSET
    msg_template_id: str | Unset = UNSET
    customer_id: str | Unset = UNSET
    campaign_id: int | Unset = UNSET
    action_id: int | Unset = UNSET
    recipient: str | Unset = UNSET
    subject: str | Unset = UNSET
    metrics: GetPersonMessagesResponse200MessagesItemMetrics | Unset = UNSET
    created: int | Unset = UNSET
    failure_message: None | str | Unset = UNSET
    newsletter_id: int | None | Unset = UNSET
    content_id: int | None | Unset = UNSET
    broadcast_id: int | None | Unset = UNSET
    type_: GetPersonMessagesResponse200MessagesItemType | Unset = UNSET
    forgotten: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        deduplicate_id = self.deduplicate_id

        msg_template_id = self.msg_template_id

        customer_id = self.customer_id

        campaign_id = self.campaign_id

        action_id = self.action_id

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

        newsletter_id: int | None | Unset
        if isinstance(self.newsletter_id, Unset):
            newsletter_id = UNSET
        else:
            newsletter_id = self.newsletter_id

        content_id: int | None | Unset
        if isinstance(self.content_id, Unset):
            content_id = UNSET
        else:
            content_id = self.content_id

        broadcast_id: int | None | Unset
        if isinstance(self.broadcast_id, Unset):
            broadcast_id = UNSET
        else:
            broadcast_id = self.broadcast_id

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
        if msg_template_id is not UNSET:
            field_dict["msg_template_id"] = msg_template_id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if action_id is not UNSET:
            field_dict["action_id"] = action_id
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
        if newsletter_id is not UNSET:
            field_dict["newsletter_id"] = newsletter_id
        if content_id is not UNSET:
            field_dict["content_id"] = content_id
        if broadcast_id is not UNSET:
            field_dict["broadcast_id"] = broadcast_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if forgotten is not UNSET:
            field_dict["forgotten"] = forgotten

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_person_messages_response_200_messages_item_metrics import (
            GetPersonMessagesResponse200MessagesItemMetrics,
        )

        d = dict(expect_object(src_dict, "GetPersonMessagesResponse200MessagesItem"))
        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = expect_str(id, "GetPersonMessagesResponse200MessagesItem.id")

        deduplicate_id = d.pop("deduplicate_id", UNSET)
        if type(deduplicate_id) is not str and deduplicate_id is not UNSET:
            deduplicate_id = expect_str(
                deduplicate_id,
                "GetPersonMessagesResponse200MessagesItem.deduplicate_id",
            )

        msg_template_id = d.pop("msg_template_id", UNSET)
        if type(msg_template_id) is not str and msg_template_id is not UNSET:
            msg_template_id = expect_str(
                msg_template_id,
                "GetPersonMessagesResponse200MessagesItem.msg_template_id",
            )

        customer_id = d.pop("customer_id", UNSET)
        if type(customer_id) is not str and customer_id is not UNSET:
            customer_id = expect_str(
                customer_id, "GetPersonMessagesResponse200MessagesItem.customer_id"
            )

        campaign_id = d.pop("campaign_id", UNSET)
        if type(campaign_id) is not int and campaign_id is not UNSET:
            campaign_id = expect_int(
                campaign_id, "GetPersonMessagesResponse200MessagesItem.campaign_id"
            )

        action_id = d.pop("action_id", UNSET)
        if type(action_id) is not int and action_id is not UNSET:
            action_id = expect_int(
                action_id, "GetPersonMessagesResponse200MessagesItem.action_id"
            )

        recipient = d.pop("recipient", UNSET)
        if type(recipient) is not str and recipient is not UNSET:
            recipient = expect_str(
                recipient, "GetPersonMessagesResponse200MessagesItem.recipient"
            )

        subject = d.pop("subject", UNSET)
        if type(subject) is not str and subject is not UNSET:
            subject = expect_str(
                subject, "GetPersonMessagesResponse200MessagesItem.subject"
            )

        _metrics = d.pop("metrics", UNSET)
        metrics: GetPersonMessagesResponse200MessagesItemMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = GetPersonMessagesResponse200MessagesItemMetrics.from_dict(
                _metrics
            )

        created = d.pop("created", UNSET)
        if type(created) is not int and created is not UNSET:
            created = expect_int(
                created, "GetPersonMessagesResponse200MessagesItem.created"
            )

        def _parse_failure_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_message = _parse_failure_message(d.pop("failure_message", UNSET))

        def _parse_newsletter_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        newsletter_id = _parse_newsletter_id(d.pop("newsletter_id", UNSET))

        def _parse_content_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        content_id = _parse_content_id(d.pop("content_id", UNSET))

        def _parse_broadcast_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        broadcast_id = _parse_broadcast_id(d.pop("broadcast_id", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: GetPersonMessagesResponse200MessagesItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = GetPersonMessagesResponse200MessagesItemType(_type_)

        forgotten = d.pop("forgotten", UNSET)
        if type(forgotten) is not bool and forgotten is not UNSET:
            forgotten = expect_bool(
                forgotten, "GetPersonMessagesResponse200MessagesItem.forgotten"
            )

        get_person_messages_response_200_messages_item = cls(
            id=id,
            deduplicate_id=deduplicate_id,
            msg_template_id=msg_template_id,
            customer_id=customer_id,
            campaign_id=campaign_id,
            action_id=action_id,
            recipient=recipient,
            subject=subject,
            metrics=metrics,
            created=created,
            failure_message=failure_message,
            newsletter_id=newsletter_id,
            content_id=content_id,
            broadcast_id=broadcast_id,
            type_=type_,
            forgotten=forgotten,
        )

        get_person_messages_response_200_messages_item.additional_properties = d
        return get_person_messages_response_200_messages_item

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
