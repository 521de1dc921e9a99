from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_bool,
    expect_int,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.cio_id_3 import CioId3
    from ..models.email_3 import Email3
    from ..models.id_3 import Id3
    from ..models.send_sms_body_message_data import SendSmsBodyMessageData


T = TypeVar("T", bound="SendSmsBody")


@_attrs_define
class SendSmsBody:
    """The payload of a transactional SMS.

    Example:
        {'transactional_message_id': 'confirmation code', 'to': '+15559876543', 'from': '+15551234567', 'body': 'Your
            verification code is {{trigger.confirmation_code}}', 'identifiers': {'id': '123456'}, 'message_data':
            {'confirmation_code': '123456', 'account_name': 'Jane Doe'}}

    Attributes:
        transactional_message_id (int | str): The transactional message template that you want to use for your message.
            You can call the template by its numerical ID or by the *Trigger Name* that you assigned the template (case
            insensitive).
        to (str): The phone number you want to send your SMS to. Phone numbers must be in E.164 format (e.g.,
            +15551234567), but you can also use liquid syntax if you store users phone numbers as attributes; you don't have
            to pass an E.164 formatted phone number in the call. Example: {{customer.phone}}.
        identifiers (CioId3 | Email3 | Id3): Identifies the person represented by your transactional message by one of,
            and only one of, `id`, `email`, or `cio_id`.
        from_ (str | Unset): The phone number or sender ID that your SMS is from. This must be a verified phone number
            in your Twilio account. This overrides the from address set within the transactional template (referenced by
            `transactional_message_id`). Phone numbers must be in E.164 format (e.g., +15551234567). Example: +15551234567.
        language (str | Unset): Overrides language preferences for the person you want to send your transactional
            message to. Use one of our [supported two- or four-letter language codes](/localization-getting-
            started/#supported-languages).
        message_data (SendSmsBodyMessageData | Unset): An object containing the key-value pairs referenced using liquid
            in your message. Example: {'password_reset_token': 'abcde-12345-fghij-d888', 'account_id': '123dj'}.
        send_at (int | Unset): A unix timestamp (seconds since epoch) determining when the message will be sent. The
            timestamp can be up to 90 days in the future. If this value is in the past, your message is sent immediately.
        disable_message_retention (bool | Unset): If true, the message body is not retained in delivery history. Setting
            this value overrides the value set in the settings of your `transactional_message_id`. Default: False.
        send_to_unsubscribed (bool | Unset): If false, your message is not sent to unsubscribed recipients. Setting this
            value overrides the value set in the settings of your `transactional_message_id`. Default: True.
        queue_draft (bool | Unset): If true, your transactional message is held as a draft in Customer.io and not sent
            directly to your audience. You must go to the Deliveries and Drafts page to send your message. Default: False.
    """

    transactional_message_id: int | str
    to: str
    identifiers: CioId3 | Email3 | Id3
    from_: str | Unset = UNSET
    language: str | Unset = UNSET
    message_data: SendSmsBodyMessageData | Unset = UNSET
    send_at: int | Unset = UNSET
    disable_message_retention: bool | Unset = False
    send_to_unsubscribed: bool | Unset = True
    queue_draft: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.email_3 import Email3
        from ..models.id_3 import Id3

        transactional_message_id: int | str
        transactional_message_id = self.transactional_message_id

        to = self.to

        identifiers: dict[str, Any]
        if isinstance(self.identifiers, Id3) or isinstance(self.identifiers, Email3):
            identifiers = self.identifiers.to_dict()
        else:
            identifiers = self.identifiers.to_dict()

        from_ = self.from_

        language = self.language

        message_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_data, Unset):
            message_data = self.message_data.to_dict()

        send_at = self.send_at

        disable_message_retention = self.disable_message_retention

        send_to_unsubscribed = self.send_to_unsubscribed

        queue_draft = self.queue_draft

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transactional_message_id": transactional_message_id,
                "to": to,
                "identifiers": identifiers,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if language is not UNSET:
            field_dict["language"] = language
        if message_data is not UNSET:
            field_dict["message_data"] = message_data
        if send_at is not UNSET:
            field_dict["send_at"] = send_at
        if disable_message_retention is not UNSET:
            field_dict["disable_message_retention"] = disable_message_retention
        if send_to_unsubscribed is not UNSET:
            field_dict["send_to_unsubscribed"] = send_to_unsubscribed
        if queue_draft is not UNSET:
            field_dict["queue_draft"] = queue_draft

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cio_id_3 import CioId3
        from ..models.email_3 import Email3
        from ..models.id_3 import Id3
        from ..models.send_sms_body_message_data import SendSmsBodyMessageData

        d = dict(expect_object(src_dict, "SendSmsBody"))

        def _parse_transactional_message_id(data: object) -> int | str:
            return cast(int | str, data)

        transactional_message_id = _parse_transactional_message_id(
            d.pop("transactional_message_id")
        )

        to = d.pop("to")
        if type(to) is not str:
            to = expect_str(to, "SendSmsBody.to")

        def _parse_identifiers(data: object) -> CioId3 | Email3 | Id3:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                identifiers_type_0 = Id3.from_dict(data)

                return identifiers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                identifiers_type_1 = Email3.from_dict(data)

                return identifiers_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            identifiers_type_2 = CioId3.from_dict(data)

            return identifiers_type_2

        identifiers = _parse_identifiers(d.pop("identifiers"))

        from_ = d.pop("from", UNSET)
        if type(from_) is not str and from_ is not UNSET:
            from_ = expect_str(from_, "SendSmsBody.from")

        language = d.pop("language", UNSET)
        if type(language) is not str and language is not UNSET:
            language = expect_str(language, "SendSmsBody.language")

        _message_data = d.pop("message_data", UNSET)
        message_data: SendSmsBodyMessageData | Unset
        if isinstance(_message_data, Unset):
            message_data = UNSET
        else:
            message_data = SendSmsBodyMessageData.from_dict(_message_data)

        send_at = d.pop("send_at", UNSET)
        if type(send_at) is not int and send_at is not UNSET:
            send_at = expect_int(send_at, "SendSmsBody.send_at")

        disable_message_retention = d.pop("disable_message_retention", UNSET)
        if (
            type(disable_message_retention) is not bool
            and disable_message_retention is not UNSET
        ):
            disable_message_retention = expect_bool(
                disable_message_retention, "SendSmsBody.disable_message_retention"
            )

        send_to_unsubscribed = d.pop("send_to_unsubscribed", UNSET)
        if type(send_to_unsubscribed) is not bool and send_to_unsubscribed is not UNSET:
            send_to_unsubscribed = expect_bool(
                send_to_unsubscribed, "SendSmsBody.send_to_unsubscribed"
            )

        queue_draft = d.pop("queue_draft", UNSET)
        if type(queue_draft) is not bool and queue_draft is not UNSET:
            queue_draft = expect_bool(queue_draft, "SendSmsBody.queue_draft")

        send_sms_body = cls(
            transactional_message_id=transactional_message_id,
            to=to,
            identifiers=identifiers,
            from_=from_,
            language=language,
            message_data=message_data,
            send_at=send_at,
            disable_message_retention=disable_message_retention,
            send_to_unsubscribed=send_to_unsubscribed,
            queue_draft=queue_draft,
        )

        send_sms_body.additional_properties = d
        return send_sms_body

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
