from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.get_archived_message_response_200_archived_message_request_method import (
    GetArchivedMessageResponse200ArchivedMessageRequestMethod,
)
from ..types import (
    UNSET,
    Unset,
    expect_bool,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="GetArchivedMessageResponse200ArchivedMessage")


@_attrs_define
class GetArchivedMessageResponse200ArchivedMessage:
    """An archived message, including a complete message body.

    Attributes:
        id (str | Unset): The identifier for a delivery—the instance of a message intended for an individual recipient.
            Example: dgOq6QWq6QUBAAF4_CGoeVX7mFkDbRFu7ek=.
        body (str | Unset): The body of the variant. You cannot modify the body if you created it with our drag-and-drop
            editor. Example: <!DOCTYPE html><html><head>\\n<meta http-equiv=\\"Content-Type\\" content=\\"text/html;
            charset=UTF-8\\"/><h1>Hello World</h1>\\n\\n</body></html>.
        from_ (str | Unset): The address that the message is from, relevant if the action `type` is `email`. Example:
            sentFrom@example.com.
        reply_to (str | Unset): The address that receives replies for the message, if applicable. Example:
            replyto@example.com.
        recipient (str | Unset): The recipient address for an action. Example: person@example.com.
        subject (str | Unset): The subject line for an `email` action. Example: Did you get that thing I sent you?.
        bcc (str | Unset): The blind-copy address(es) for this action.
        fake_bcc (bool | Unset): If true, rather than sending true copies to BCC addresses, Customer.io sends a copy of
            the message with the subject line containing the recipient address(es).
        preheader_text (str | Unset): Also known as "preview text", this specifies the small block of text shown in an
            end-user's email inbox, next to, or underneath, the subject line.
        url (str | Unset): The URL of a webhook or action. Example: https://example.com/webhook.
        request_method (GetArchivedMessageResponse200ArchivedMessageRequestMethod | Unset): The method used in
            conjunction with a webhook `url`. Example: POST.
        headers (str | Unset): A JSON string containing an array of header objects, where each object contains a `name`
            and a `value`. Header names and values must be strings and cannot contain any non-ASCII characters or empty
            spaces. Some headers are reserved and cannot be overwritten. Example: [{"name":"X-Mailgun-Tag","value":"my-cool-
            tag"},{"name":"X-Custom-Header","value":"custom-value"}].
        forgotten (bool | Unset): If true, Customer.io does not retain the message content. Example: False.
    """

    id: str | Unset = UNSET
    body: str | Unset = UNSET
    from_: str | Unset = UNSET
    reply_to: str | Unset = UNSET
    recipient: str | Unset = UNSET
    subject: str | Unset = UNSET
    bcc: str | Unset = UNSET
    fake_bcc: bool | Unset = UNSET
    preheader_text: str | Unset = UNSET
    url: str | Unset = UNSET
    request_method: (
        GetArchivedMessageResponse200ArchivedMessageRequestMethod | Unset
    ) = UNSET
    headers: str | Unset = UNSET
    forgotten: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        body = self.body

        from_ = self.from_

        reply_to = self.reply_to

        recipient = self.recipient

        subject = self.subject

        bcc = self.bcc

        fake_bcc = self.fake_bcc

        preheader_text = self.preheader_text

        url = self.url

        request_method: str | Unset = UNSET
        if not isinstance(self.request_method, Unset):
            request_method = self.request_method.value

        headers = self.headers

        forgotten = self.forgotten

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if body is not UNSET:
            field_dict["body"] = body
        if from_ is not UNSET:
            field_dict["from"] = from_
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
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
        if url is not UNSET:
            field_dict["url"] = url
        if request_method is not UNSET:
            field_dict["request_method"] = request_method
        if headers is not UNSET:
            field_dict["headers"] = headers
        if forgotten is not UNSET:
            field_dict["forgotten"] = forgotten

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(
            expect_object(src_dict, "GetArchivedMessageResponse200ArchivedMessage")
        )
        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = expect_str(id, "GetArchivedMessageResponse200ArchivedMessage.id")

        body = d.pop("body", UNSET)
        if type(body) is not str and body is not UNSET:
            body = expect_str(body, "GetArchivedMessageResponse200ArchivedMessage.body")

        from_ = d.pop("from", UNSET)
        if type(from_) is not str and from_ is not UNSET:
            from_ = expect_str(
                from_, "GetArchivedMessageResponse200ArchivedMessage.from"
            )

        reply_to = d.pop("reply_to", UNSET)
        if type(reply_to) is not str and reply_to is not UNSET:
            reply_to = expect_str(
                reply_to, "GetArchivedMessageResponse200ArchivedMessage.reply_to"
            )

        recipient = d.pop("recipient", UNSET)
        if type(recipient) is not str and recipient is not UNSET:
            recipient = expect_str(
                recipient, "GetArchivedMessageResponse200ArchivedMessage.recipient"
            )

        subject = d.pop("subject", UNSET)
        if type(subject) is not str and subject is not UNSET:
            subject = expect_str(
                subject, "GetArchivedMessageResponse200ArchivedMessage.subject"
            )

        bcc = d.pop("bcc", UNSET)
        if type(bcc) is not str and bcc is not UNSET:
            bcc = expect_str(bcc, "GetArchivedMessageResponse200ArchivedMessage.bcc")

        fake_bcc = d.pop("fake_bcc", UNSET)
        if type(fake_bcc) is not bool and fake_bcc is not UNSET:
            fake_bcc = expect_bool(
                fake_bcc, "GetArchivedMessageResponse200ArchivedMessage.fake_bcc"
            )

        preheader_text = d.pop("preheader_text", UNSET)
        if type(preheader_text) is not str and preheader_text is not UNSET:
            preheader_text = expect_str(
                preheader_text,
                "GetArchivedMessageResponse200ArchivedMessage.preheader_text",
            )

        url = d.pop("url", UNSET)
        if type(url) is not str and url is not UNSET:
            url = expect_str(url, "GetArchivedMessageResponse200ArchivedMessage.url")

        _request_method = d.pop("request_method", UNSET)
        request_method: (
            GetArchivedMessageResponse200ArchivedMessageRequestMethod | Unset
        )
        if isinstance(_request_method, Unset):
            request_method = UNSET
        else:
            request_method = GetArchivedMessageResponse200ArchivedMessageRequestMethod(
                _request_method
            )

        headers = d.pop("headers", UNSET)
        if type(headers) is not str and headers is not UNSET:
            headers = expect_str(
                headers, "GetArchivedMessageResponse200ArchivedMessage.headers"
            )

        forgotten = d.pop("forgotten", UNSET)
        if type(forgotten) is not bool and forgotten is not UNSET:
            forgotten = expect_bool(
                forgotten, "GetArchivedMessageResponse200ArchivedMessage.forgotten"
            )

        get_archived_message_response_200_archived_message = cls(
            id=id,
            body=body,
            from_=from_,
            reply_to=reply_to,
            recipient=recipient,
            subject=subject,
            bcc=bcc,
            fake_bcc=fake_bcc,
            preheader_text=preheader_text,
            url=url,
            request_method=request_method,
            headers=headers,
            forgotten=forgotten,
        )

        get_archived_message_response_200_archived_message.additional_properties = d
        return get_archived_message_response_200_archived_message

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
