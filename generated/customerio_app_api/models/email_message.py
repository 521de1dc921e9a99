from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.email_message_preprocessor import EmailMessagePreprocessor
from ..models.email_message_sending_state import EmailMessageSendingState
from ..models.email_message_type import EmailMessageType
from ..types import (
    UNSET,
    Unset,
    expect_bool,
    expect_int,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="EmailMessage")


@_attrs_define
class EmailMessage:
    """
    Attributes:
        id (int | Unset): The identifier for an action. Example: 96.
        broadcast_id (int | Unset): The identifier for a broadcast. Example: 2.
        deduplicate_id (str | Unset): An identifier in the format `id:timestamp` where the id is the id of the object
            you are working with (Campaigns, Deliveries, Exports, Identities, Newsletters, Segments, and Templates), and the
            timestamp is the last time the object was updated. Example: 15:1492548073.
        name (str | Unset): The name of the action, if it exists. Example: Opening Message.
        layout (str | Unset): The layout used for the action, if it exists.
        created (int | Unset): The date time when the referenced ID was created. Example: 1552341937.
        updated (int | Unset): The date time when the referenced ID was last updated. Example: 1552341937.
        body (str | Unset): The body of the action. You cannot modify the body if you created it with our drag-and-drop
            editor.
        type_ (EmailMessageType | Unset): The type of action.
        sending_state (EmailMessageSendingState | Unset): Determines the sending behavior for the action. `automatic`
            sends the action automatically when triggered; `draft` queues drafts when the action is triggered; or `off` to
            disable the action.
        language (str | Unset): The language variant for your message. If you don't use our [localization
            feature](/localization), or this is the default message, this value is an empty string. Example: fr.
        from_ (str | Unset): The address that the message is from, relevant if the action `type` is `email`. Example:
            sentFrom@example.com.
        from_id (int | Unset): The identifier of the `from` address, commonly known as the "sender". You can [list your
            sender identities](#operation/listSenders) to match the ID to a specific address. Example: 1.
        reply_to (str | Unset): The address that receives replies for the message, if applicable. Example:
            replyto@example.com.
        reply_to_id (int | None | Unset): The identifier for the `reply_to` address, if applicable. You can [list your
            sender identities](#operation/listSenders) to match the ID to a specific address. Example: 38.
        preprocessor (EmailMessagePreprocessor | Unset): By default, we process CSS before emails leave Customer.io
            using Premailer. If your message included CSS and pre-processing is not disabled, this key indicates the pre-
            processor.
        recipient (str | Unset): The recipient address for an action. Example: {{customer.email}}.
        subject (str | Unset): The subject line for an `email` action. Example: Did you get that thing I sent you?.
        bcc (str | Unset): The blind-copy address(es) for this action.
        fake_bcc (bool | Unset): If true, rather than sending true copies to BCC addresses, Customer.io sends a copy of
            the message with the subject line containing the recipient address(es).
        preheader_text (str | Unset): Also known as "preview text", this specifies the small block of text shown in an
            end-user's email inbox, next to, or underneath, the subject line.
        body_amp (str | Unset): If your message is an email, this is the AMP-enabled body of your message. If your
            recipient's email client doesn't support AMP, the `body` represents your fallback message.
        headers (str | Unset): A JSON string containing an array of header objects, where each object contains a `name`
            and a `value`. Header names and values must be strings and cannot contain any non-ASCII characters or empty
            spaces. Some headers are reserved and cannot be overwritten. Example: [{"name":"X-Mailgun-Tag","value":"my-cool-
            tag"},{"name":"X-Custom-Header","value":"custom-value"}].
    """

    id: int | Unset = UNSET
    broadcast_id: int | Unset = UNSET
    deduplicate_id: str | Unset = UNSET
    name: str | Unset = UNSET
    layout: str | Unset = UNSET
    created: int | Unset = UNSET
    updated: int | Unset = UNSET
    body: str | Unset = UNSET
    type_: EmailMessageType | Unset = UNSET
    sending_state: EmailMessageSendingState | Unset = UNSET
    language: str | Unset = UNSET
    from_: str | Unset = UNSET
    from_id: int | Unset = UNSET
    reply_to: str | Unset = UNSET
    reply_to_id: int | None | Unset = UNSET
    preprocessor: EmailMessagePreprocessor | Unset = UNSET
    recipient: str | Unset = UNSET
    subject: str | Unset = UNSET
    bcc: str | Unset = UNSET
    fake_bcc: bool | Unset = UNSET
    preheader_text: str | Unset = UNSET
    body_amp: str | Unset = UNSET
    headers: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        broadcast_id = self.broadcast_id

        deduplicate_id = self.deduplicate_id

        name = self.name

        layout = self.layout

        created = self.created

        updated = self.updated

        body = self.body

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        sending_state: str | Unset = UNSET
        if not isinstance(self.sending_state, Unset):
            sending_state = self.sending_state.value

        language = self.language

        from_ = self.from_

        from_id = self.from_id

        reply_to = self.reply_to

        reply_to_id: int | None | Unset
        if isinstance(self.reply_to_id, Unset):
            reply_to_id = UNSET
        else:
            reply_to_id = self.reply_to_id

        preprocessor: str | Unset = UNSET
        if not isinstance(self.preprocessor, Unset):
            preprocessor = self.preprocessor.value

        recipient = self.recipient

        subject = self.subject

        bcc = self.bcc

        fake_bcc = self.fake_bcc

        preheader_text = self.preheader_text

        body_amp = self.body_amp

        headers = self.headers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if broadcast_id is not UNSET:
            field_dict["broadcast_id"] = broadcast_id
        if deduplicate_id is not UNSET:
            field_dict["deduplicate_id"] = deduplicate_id
        if name is not UNSET:
            field_dict["name"] = name
        if layout is not UNSET:
            field_dict["layout"] = layout
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if body is not UNSET:
            field_dict["body"] = body
        if type_ is not UNSET:
            field_dict["type"] = type_
        if sending_state is not UNSET:
            field_dict["sending_state"] = sending_state
        if language is not UNSET:
            field_dict["language"] = language
        if from_ is not UNSET:
            field_dict["from"] = from_
        if from_id is not UNSET:
            field_dict["from_id"] = from_id
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if reply_to_id is not UNSET:
            field_dict["reply_to_id"] = reply_to_id
        if preprocessor is not UNSET:
            field_dict["preprocessor"] = preprocessor
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if subject is not UNSET:
            field_dict["subject"] = subject
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if fake_bcc is not UNSET:
            field_dict["fake_bcc"] = fake_bcc
        if preheader_text is not UNSET:
            field_dict["preheader_text"] = preheader_text
        if body_amp is not UNSET:
            field_dict["body_amp"] = body_amp
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "EmailMessage"))
        id = d.pop("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = expect_int(id, "EmailMessage.id")

        broadcast_id = d.pop("broadcast_id", UNSET)
        if type(broadcast_id) is not int and broadcast_id is not UNSET:
            broadcast_id = expect_int(broadcast_id, "EmailMessage.broadcast_id")

        deduplicate_id = d.pop("deduplicate_id", UNSET)
        if type(deduplicate_id) is not str and deduplicate_id is not UNSET:
            deduplicate_id = expect_str(deduplicate_id, "EmailMessage.deduplicate_id")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = expect_str(name, "EmailMessage.name")

        layout = d.pop("layout", UNSET)
        if type(layout) is not str and layout is not UNSET:
            layout = expect_str(layout, "EmailMessage.layout")

        created = d.pop("created", UNSET)
        if type(created) is not int and created is not UNSET:
            created = expect_int(created, "EmailMessage.created")

        updated = d.pop("updated", UNSET)
        if type(updated) is not int and updated is not UNSET:
            updated = expect_int(updated, "EmailMessage.updated")

        body = d.pop("body", UNSET)
        if type(body) is not str and body is not UNSET:
            body = expect_str(body, "EmailMessage.body")

        _type_ = d.pop("type", UNSET)
        type_: EmailMessageType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = EmailMessageType(_type_)

        _sending_state = d.pop("sending_state", UNSET)
        sending_state: EmailMessageSendingState | Unset
        if isinstance(_sending_state, Unset):
            sending_state = UNSET
        else:
            sending_state = EmailMessageSendingState(_sending_state)

        language = d.pop("language", UNSET)
        if type(language) is not str and language is not UNSET:
            language = expect_str(language, "EmailMessage.language")

        from_ = d.pop("from", UNSET)
        if type(from_) is not str and from_ is not UNSET:
            from_ = expect_str(from_, "EmailMessage.from")

        from_id = d.pop("from_id", UNSET)
        if type(from_id) is not int and from_id is not UNSET:
            from_id = expect_int(from_id, "EmailMessage.from_id")

        reply_to = d.pop("reply_to", UNSET)
        if type(reply_to) is not str and reply_to is not UNSET:
            reply_to = expect_str(reply_to, "EmailMessage.reply_to")

        def _parse_reply_to_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reply_to_id = _parse_reply_to_id(d.pop("reply_to_id", UNSET))

        _preprocessor = d.pop("preprocessor", UNSET)
        preprocessor: EmailMessagePreprocessor | Unset
        if isinstance(_preprocessor, Unset):
            preprocessor = UNSET
        else:
            preprocessor = EmailMessagePreprocessor(_preprocessor)

        recipient = d.pop("recipient", UNSET)
        if type(recipient) is not str and recipient is not UNSET:
            recipient = expect_str(recipient, "EmailMessage.recipient")

        subject = d.pop("subject", UNSET)
        if type(subject) is not str and subject is not UNSET:
            subject = expect_str(subject, "EmailMessage.subject")

        bcc = d.pop("bcc", UNSET)
        if type(bcc) is not str and bcc is not UNSET:
            bcc = expect_str(bcc, "EmailMessage.bcc")

        fake_bcc = d.pop("fake_bcc", UNSET)
        if type(fake_bcc) is not bool and fake_bcc is not UNSET:
            fake_bcc = expect_bool(fake_bcc, "EmailMessage.fake_bcc")

        preheader_text = d.pop("preheader_text", UNSET)
        if type(preheader_text) is not str and preheader_text is not UNSET:
            preheader_text = expect_str(preheader_text, "EmailMessage.preheader_text")

        body_amp = d.pop("body_amp", UNSET)
        if type(body_amp) is not str and body_amp is not UNSET:
            body_amp = expect_str(body_amp, "EmailMessage.body_amp")

        headers = d.pop("headers", UNSET)
        if type(headers) is not str and headers is not UNSET:
            headers = expect_str(headers, "EmailMessage.headers")

        email_message = cls(
            id=id,
            broadcast_id=broadcast_id,
            deduplicate_id=deduplicate_id,
            name=name,
            layout=layout,
            created=created,
            updated=updated,
            body=body,
            type_=type_,
            sending_state=sending_state,
            language=language,
            from_=from_,
            from_id=from_id,
            reply_to=reply_to,
            reply_to_id=reply_to_id,
            preprocessor=preprocessor,
            recipient=recipient,
            subject=subject,
            bcc=bcc,
            fake_bcc=fake_bcc,
            preheader_text=preheader_text,
            body_amp=body_amp,
            headers=headers,
        )

        email_message.additional_properties = d
        return email_message

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
