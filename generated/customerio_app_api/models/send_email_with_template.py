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
    from ..models.send_email_with_template_attachments import (
        SendEmailWithTemplateAttachments,
    )
    from ..models.send_email_with_template_message_data import (
        SendEmailWithTemplateMessageData,
    )


T = TypeVar("T", bound="SendEmailWithTemplate")


@_attrs_define
class SendEmailWithTemplate:
    """Send a transactional message using a template that you set up in Customer.io.

    Example:
        {'transactional_message_id': 44, 'to': 'cool.person@example.com', 'from': 'override-templated-
            address@example.com', 'subject': 'Order receipt', 'identifiers': {'email': 'cool.person@example.com'},
            'message_data': {'password_reset_token': 'abcde-12345-fghij-d888', 'account_id': '123dj'}, 'attachments':
            {'file1.csv': 'base64encodedcontent', 'file2.pdf': 'base64encodedcontent'}, 'headers': {'X-Mailgun-Tag': 'my-
            cool-tag'}, 'bcc': 'bcc@example.com', 'disable_message_retention': False, 'send_to_unsubscribed': True,
            'tracked': True, 'queue_draft': False, 'disable_css_preprocessing': True}

    Attributes:
        transactional_message_id (int | str): The transactional message template that you want to use for your message.
            You can call the template by its numerical ID or by the *Trigger Name* that you assigned the template (case
            insensitive).
        identifiers (CioId3 | Email3 | Id3): Identifies the person represented by your transactional message by one of,
            and only one of, `id`, `email`, or `cio_id`.
        to (str): The message recipient(s). Supports multiple addresses separated by commas. Your request can contain up
            to 15 total recipients between the `to` and `bcc` keys.

            You can include a display or "friendly" name in "to" address, but we recommend that you use quotation marks
            around the friendly name to avoid potential issues with special characters, e.g. `\\"Person\\"
            <person@example.com>`.
             Example: cool.person@example.com.
        body (str | Unset): The HTML body of your message. This overrides the body of the transactional template
            (referenced by `transactional_message_id`). If you send an AMP-enabled email (with `body_amp`), and the
            recipient's email client doesn't support AMP, this is the fallback email.
        body_amp (str | Unset): If your message is an email, this is the AMP-enabled body of your message. If your
            recipient's email client doesn't support AMP, the `body` represents your fallback message.
        body_plain (str | Unset): By default, we generate a plaintext version of your message body for each delivery.
            Use this key to override the default plain text body.
        subject (str | Unset): The subject line for your message. This overrides the subject of the transactional
            template (referenced by `transactional_message_id`).
        from_ (str | Unset): The address that your email is from. This address must be verified by Customer.io. This
            overrides the from address set within the transactional template (referenced by `transactional_message_id`). You
            can include a display/friendly name in your from address, but we recommend that you use quotation marks around
            the friendly name to avoid potential issues with special characters, e.g. `\\"Person\\" <person@example.com>`.
            Example: support@example.com.
        language (str | Unset): Overrides language preferences for the person you want to send your transactional
            message to. Use one of our [supported two- or four-letter language codes](/localization-getting-
            started/#supported-languages).
        message_data (SendEmailWithTemplateMessageData | Unset): An object containing the key-value pairs referenced
            using liquid in your message. Example: {'password_reset_token': 'abcde-12345-fghij-d888', 'account_id':
            '123dj'}.
        send_at (int | Unset): A unix timestamp (seconds since epoch) determining when the message will be sent. The
            timestamp can be up to 90 days in the future. If this value is in the past, your message is sent immediately.
        disable_message_retention (bool | Unset): If true, the message body is not retained in delivery history. Setting
            this value overrides the value set in the settings of your `transactional_message_id`. Default: False.
        send_to_unsubscribed (bool | Unset): If false, your message is not sent to unsubscribed recipients. Setting this
            value overrides the value set in the settings of your `transactional_message_id`. Default: True.
        queue_draft (bool | Unset): If true, your transactional message is held as a draft in Customer.io and not sent
            directly to your audience. You must go to the Deliveries and Drafts page to send your message. Default: False.
        bcc (str | Unset): Blind copy message recipients. Supports multiple addresses separated by commas. Your request
            can contain up to 15 total recipients between the `to` and `bcc` keys. Example: bcc@example.com.
        fake_bcc (bool | Unset): If true, rather than sending true copies to BCC addresses, Customer.io sends a copy of
            the message with the subject line containing the recipient address(es).
        reply_to (str | Unset): The address that recipients can reply to, if different from the `from` address. Example:
            replyto@example.com.
        preheader (str | Unset): Also known as "preview text", this is the block block of text that users see next to,
            or underneath, the subject line in their inbox.
        attachments (SendEmailWithTemplateAttachments | Unset): A dictionary of attachments where the filename is the
            key and the value is the base64-encoded contents. The filename must include the extension (i.e. `name.csv`). The
            total size of all attachments must be less than 2 MB.
        headers (str | Unset): A JSON string containing an array of header objects, where each object contains a `name`
            and a `value`. Header names and values must be strings and cannot contain any non-ASCII characters or empty
            spaces. Some headers are reserved and cannot be overwritten. Example: [{"name":"X-Mailgun-Tag","value":"my-cool-
            tag"},{"name":"X-Custom-Header","value":"custom-value"}].
        disable_css_preprocessing (bool | Unset): Set to `true` to disable CSS preprocessing. This setting overrides the
            CSS preprocessing setting on the `transactional_message_id` as set in the user interface. Transactional emails
            have CSS preprocessing enabled by default. Default: False. Example: False.
        tracked (bool | Unset): If true, Customer.io tracks opens and link clicks in your message. Default: True.
    """

    transactional_message_id: int | str
    identifiers: CioId3 | Email3 | Id3
    to: str
    body: str | Unset = UNSET
    body_amp: str | Unset = UNSET
    body_plain: str | Unset = UNSET
    subject: str | Unset = UNSET
    from_: str | Unset = UNSET
    language: str | Unset = UNSET
    message_data: SendEmailWithTemplateMessageData | Unset = UNSET
    send_at: int | Unset = UNSET
    disable_message_retention: bool | Unset = False
    send_to_unsubscribed: bool | Unset = True
    queue_draft: bool | Unset = False
    bcc: str | Unset = UNSET
    fake_bcc: bool | Unset = UNSET
    reply_to: str | Unset = UNSET
    preheader: str | Unset = UNSET
    attachments: SendEmailWithTemplateAttachments | Unset = UNSET
    headers: str | Unset = UNSET
    disable_css_preprocessing: bool | Unset = False
    tracked: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.email_3 import Email3
        from ..models.id_3 import Id3

        transactional_message_id: int | str
        transactional_message_id = self.transactional_message_id

        identifiers: dict[str, Any]
        if isinstance(self.identifiers, Id3) or isinstance(self.identifiers, Email3):
            identifiers = self.identifiers.to_dict()
        else:
            identifiers = self.identifiers.to_dict()

        to = self.to

        body = self.body

        body_amp = self.body_amp

        body_plain = self.body_plain

        subject = self.subject

        from_ = self.from_

        language = self.language

        message_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_data, Unset):
            message_data = self.message_data.to_dict()

        send_at = self.send_at

        disable_message_retention = self.disable_message_retention

        send_to_unsubscribed = self.send_to_unsubscribed

        queue_draft = self.queue_draft

        bcc = self.bcc

        fake_bcc = self.fake_bcc

        reply_to = self.reply_to

        preheader = self.preheader

        attachments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments.to_dict()

        headers = self.headers

        disable_css_preprocessing = self.disable_css_preprocessing

        tracked = self.tracked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transactional_message_id": transactional_message_id,
                "identifiers": identifiers,
                "to": to,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body
        if body_amp is not UNSET:
            field_dict["body_amp"] = body_amp
        if body_plain is not UNSET:
            field_dict["body_plain"] = body_plain
        if subject is not UNSET:
            field_dict["subject"] = subject
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
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if fake_bcc is not UNSET:
            field_dict["fake_bcc"] = fake_bcc
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if preheader is not UNSET:
            field_dict["preheader"] = preheader
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if headers is not UNSET:
            field_dict["headers"] = headers
        if disable_css_preprocessing is not UNSET:
            field_dict["disable_css_preprocessing"] = disable_css_preprocessing
        if tracked is not UNSET:
            field_dict["tracked"] = tracked

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cio_id_3 import CioId3
        from ..models.email_3 import Email3
        from ..models.id_3 import Id3
        from ..models.send_email_with_template_attachments import (
            SendEmailWithTemplateAttachments,
        )
        from ..models.send_email_with_template_message_data import (
            SendEmailWithTemplateMessageData,
        )

        d = dict(expect_object(src_dict, "SendEmailWithTemplate"))

        def _parse_transactional_message_id(data: object) -> int | str:
            return cast(int | str, data)

        transactional_message_id = _parse_transactional_message_id(
            d.pop("transactional_message_id")
        )

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

        to = d.pop("to")
        if type(to) is not str:
            to = expect_str(to, "SendEmailWithTemplate.to")

        body = d.pop("body", UNSET)
        if type(body) is not str and body is not UNSET:
            body = expect_str(body, "SendEmailWithTemplate.body")

        body_amp = d.pop("body_amp", UNSET)
        if type(body_amp) is not str and body_amp is not UNSET:
            body_amp = expect_str(body_amp, "SendEmailWithTemplate.body_amp")

        body_plain = d.pop("body_plain", UNSET)
        if type(body_plain) is not str and body_plain is not UNSET:
            body_plain = expect_str(body_plain, "SendEmailWithTemplate.body_plain")

        subject = d.pop("subject", UNSET)
        if type(subject) is not str and subject is not UNSET:
            subject = expect_str(subject, "SendEmailWithTemplate.subject")

        from_ = d.pop("from", UNSET)
        if type(from_) is not str and from_ is not UNSET:
            from_ = expect_str(from_, "SendEmailWithTemplate.from")

        language = d.pop("language", UNSET)
        if type(language) is not str and language is not UNSET:
            language = expect_str(language, "SendEmailWithTemplate.language")

        _message_data = d.pop("message_data", UNSET)
        message_data: SendEmailWithTemplateMessageData | Unset
        if isinstance(_message_data, Unset):
            message_data = UNSET
        else:
            message_data = SendEmailWithTemplateMessageData.from_dict(_message_data)

        send_at = d.pop("send_at", UNSET)
        if type(send_at) is not int and send_at is not UNSET:
            send_at = expect_int(send_at, "SendEmailWithTemplate.send_at")

        disable_message_retention = d.pop("disable_message_retention", UNSET)
        if (
            type(disable_message_retention) is not bool
            and disable_message_retention is not UNSET
        ):
            disable_message_retention = expect_bool(
                disable_message_retention,
                "SendEmailWithTemplate.disable_message_retention",
            )

        send_to_unsubscribed = d.pop("send_to_unsubscribed", UNSET)
        if type(send_to_unsubscribed) is not bool and send_to_unsubscribed is not UNSET:
            send_to_unsubscribed = expect_bool(
                send_to_unsubscribed, "SendEmailWithTemplate.send_to_unsubscribed"
            )

        queue_draft = d.pop("queue_draft", UNSET)
        if type(queue_draft) is not bool and queue_draft is not UNSET:
            queue_draft = expect_bool(queue_draft, "SendEmailWithTemplate.queue_draft")

        bcc = d.pop("bcc", UNSET)
        if type(bcc) is not str and bcc is not UNSET:
            bcc = expect_str(bcc, "SendEmailWithTemplate.bcc")

        fake_bcc = d.pop("fake_bcc", UNSET)
        if type(fake_bcc) is not bool and fake_bcc is not UNSET:
            fake_bcc = expect_bool(fake_bcc, "SendEmailWithTemplate.fake_bcc")

        reply_to = d.pop("reply_to", UNSET)
        if type(reply_to) is not str and reply_to is not UNSET:
            reply_to = expect_str(reply_to, "SendEmailWithTemplate.reply_to")

        preheader = d.pop("preheader", UNSET)
        if type(preheader) is not str and preheader is not UNSET:
            preheader = expect_str(preheader, "SendEmailWithTemplate.preheader")

        _attachments = d.pop("attachments", UNSET)
        attachments: SendEmailWithTemplateAttachments | Unset
        if isinstance(_attachments, Unset):
            attachments = UNSET
        else:
            attachments = SendEmailWithTemplateAttachments.from_dict(_attachments)

        headers = d.pop("headers", UNSET)
        if type(headers) is not str and headers is not UNSET:
            headers = expect_str(headers, "SendEmailWithTemplate.headers")

        disable_css_preprocessing = d.pop("disable_css_preprocessing", UNSET)
        if (
            type(disable_css_preprocessing) is not bool
            and disable_css_preprocessing is not UNSET
        ):
            disable_css_preprocessing = expect_bool(
                disable_css_preprocessing,
                "SendEmailWithTemplate.disable_css_preprocessing",
            )

        tracked = d.pop("tracked", UNSET)
        if type(tracked) is not bool and tracked is not UNSET:
            tracked = expect_bool(tracked, "SendEmailWithTemplate.tracked")

        send_email_with_template = cls(
            transactional_message_id=transactional_message_id,
            identifiers=identifiers,
            to=to,
            body=body,
            body_amp=body_amp,
            body_plain=body_plain,
            subject=subject,
            from_=from_,
            language=language,
            message_data=message_data,
            send_at=send_at,
            disable_message_retention=disable_message_retention,
            send_to_unsubscribed=send_to_unsubscribed,
            queue_draft=queue_draft,
            bcc=bcc,
            fake_bcc=fake_bcc,
            reply_to=reply_to,
            preheader=preheader,
            attachments=attachments,
            headers=headers,
            disable_css_preprocessing=disable_css_preprocessing,
            tracked=tracked,
        )

        send_email_with_template.additional_properties = d
        return send_email_with_template

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
