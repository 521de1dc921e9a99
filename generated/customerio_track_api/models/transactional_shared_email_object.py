from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    UNSET,
    Unset,
    expect_bool,
    expect_object,
    expect_str,
)

if TYPE_CHECKING:
    from ..models.attachments import Attachments


T = TypeVar("T", bound="TransactionalSharedEmailObject")


@_attrs_define
class TransactionalSharedEmailObject:
    """
    Attributes:
        to (str | Unset): The message recipient(s). Supports multiple addresses separated by commas. Your request can
            contain up to 15 total recipients between the `to` and `bcc` keys.

            You can include a display or "friendly" name in "to" address, but we recommend that you use quotation marks
            around the friendly name to avoid potential issues with special characters, e.g. `\\"Person\\"
            <person@example.com>`.
             Example: cool.person@example.com.
        bcc (str | Unset): Blind copy message recipients. Supports multiple addresses separated by commas. Your request
            can contain up to 15 total recipients between the `to` and `bcc` keys. Example: bcc@example.com.
        fake_bcc (bool | Unset): If true, rather than sending true copies to BCC addresses, Customer.io sends a copy of
            the message with the subject line containing the recipient address(es).
        reply_to (str | Unset): The address that recipients can reply to, if different from the `from` address. Example:
            replyto@example.com.
        preheader (str | Unset): Also known as "preview text", this is the block block of text that users see next to,
            or underneath, the subject line in their inbox.
        body_plain (str | Unset): By default, we generate a plaintext version of your message body for each delivery.
            Use this key to override the default plain text body.
        attachments (Attachments | Unset): A dictionary of attachments where the filename is the key and the value is
            the base64-encoded contents. The filename must include the extension (i.e. `name.csv`). The total size of all
            attachments must be less than 2 MB.
        headers (str | Unset): A JSON string containing an array of header objects, where each object contains a `name`
            and a `value`. Header names and values must be strings and cannot contain any non-ASCII characters or empty
            spaces. Some headers are reserved and cannot be overwritten. Example: [{"name":"X-Mailgun-Tag","value":"my-cool-
            tag"},{"name":"X-Custom-Header","value":"custom-value"}].
        disable_css_preprocessing (bool | Unset): Set to `true` to disable CSS preprocessing. This setting overrides the
            CSS preprocessing setting on the `transactional_message_id` as set in the user interface. Transactional emails
            have CSS preprocessing enabled by default. Default: False. Example: False.
        tracked (bool | Unset): If true, Customer.io tracks opens and link clicks in your message. Default: True.
    """

    to: str | Unset = UNSET
    bcc: str | Unset = UNSET
    fake_bcc: bool | Unset = UNSET
    reply_to: str | Unset = UNSET
    preheader: str | Unset = UNSET
    body_plain: str | Unset = UNSET
    attachments: Attachments | Unset = UNSET
    headers: str | Unset = UNSET
    disable_css_preprocessing: bool | Unset = False
    tracked: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        bcc = self.bcc

        fake_bcc = self.fake_bcc

        reply_to = self.reply_to

        preheader = self.preheader

        body_plain = self.body_plain

        attachments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments.to_dict()

        headers = self.headers

        disable_css_preprocessing = self.disable_css_preprocessing

        tracked = self.tracked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if to is not UNSET:
            field_dict["to"] = to
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if fake_bcc is not UNSET:
            field_dict["fake_bcc"] = fake_bcc
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if preheader is not UNSET:
            field_dict["preheader"] = preheader
        if body_plain is not UNSET:
            field_dict["body_plain"] = body_plain
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
        from ..models.attachments import Attachments

        d = dict(expect_object(src_dict, "TransactionalSharedEmailObject"))
        to = d.pop("to", UNSET)
        if type(to) is not str and to is not UNSET:
            to = expect_str(to, "TransactionalSharedEmailObject.to")

        bcc = d.pop("bcc", UNSET)
        if type(bcc) is not str and bcc is not UNSET:
            bcc = expect_str(bcc, "TransactionalSharedEmailObject.bcc")

        fake_bcc = d.pop("fake_bcc", UNSET)
        if type(fake_bcc) is not bool and fake_bcc is not UNSET:
            fake_bcc = expect_bool(fake_bcc, "TransactionalSharedEmailObject.fake_bcc")

        reply_to = d.pop("reply_to", UNSET)
        if type(reply_to) is not str and reply_to is not UNSET:
            reply_to = expect_str(reply_to, "TransactionalSharedEmailObject.reply_to")

        preheader = d.pop("preheader", UNSET)
        if type(preheader) is not str and preheader is not UNSET:
            preheader = expect_str(
                preheader, "TransactionalSharedEmailObject.preheader"
            )

        body_plain = d.pop("body_plain", UNSET)
        if type(body_plain) is not str and body_plain is not UNSET:
            body_plain = expect_str(
                body_plain, "TransactionalSharedEmailObject.body_plain"
            )

        _attachments = d.pop("attachments", UNSET)
        attachments: Attachments | Unset
        if isinstance(_attachments, Unset):
            attachments = UNSET
        else:
            attachments = Attachments.from_dict(_attachments)

        headers = d.pop("headers", UNSET)
        if type(headers) is not str and headers is not UNSET:
            headers = expect_str(headers, "TransactionalSharedEmailObject.headers")

        disable_css_preprocessing = d.pop("disable_css_preprocessing", UNSET)
        if (
            type(disable_css_preprocessing) is not bool
            and disable_css_preprocessing is not UNSET
        ):
            disable_css_preprocessing = expect_bool(
                disable_css_preprocessing,
                "TransactionalSharedEmailObject.disable_css_preprocessing",
            )

        tracked = d.pop("tracked", UNSET)
        if type(tracked) is not bool and tracked is not UNSET:
            tracked = expect_bool(tracked, "TransactionalSharedEmailObject.tracked")

        transactional_shared_email_object = cls(
            to=to,
            bcc=bcc,
            fake_bcc=fake_bcc,
            reply_to=reply_to,
            preheader=preheader,
            body_plain=body_plain,
            attachments=attachments,
            headers=headers,
            disable_css_preprocessing=disable_css_preprocessing,
            tracked=tracked,
        )

        transactional_shared_email_object.additional_properties = d
        return transactional_shared_email_object

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
