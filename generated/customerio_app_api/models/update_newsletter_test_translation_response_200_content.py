from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.update_newsletter_test_translation_response_200_content_preprocessor import (
    UpdateNewsletterTestTranslationResponse200ContentPreprocessor,
)
from ..models.update_newsletter_test_translation_response_200_content_type import (
    UpdateNewsletterTestTranslationResponse200ContentType,
)
from ..types import (
    UNSET,
    Unset,
    expect_bool,
    expect_int,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="UpdateNewsletterTestTranslationResponse200Content")


@_attrs_define
class UpdateNewsletterTestTranslationResponse200Content:
    """
    Attributes:
        id (int | Unset): The identifier of a newsletter variant—a language in a multi-language newsletter or a test in
            an A/B test.
        newsletter_id (int | Unset): The identifier for a newsletter. Example: 10.
        deduplicate_id (str | Unset): An identifier in the format `id:timestamp` where the id is the id of the object
            you are working with (Campaigns, Deliveries, Exports, Identities, Newsletters, Segments, and Templates), and the
            timestamp is the last time the object was updated. Example: 15:1492548073.
        name (str | Unset): The name of the variant, if it exists. Example: newsletter variant A.
        layout (str | Unset): The layout used for the variant, if it exists. Example: <html><body>{{ content
            }}</body></html>.
        body (str | Unset): The body of the variant. You cannot modify the body if you created it with our drag-and-drop
            editor. Example: <strong>Hello from the API</strong>.
        body_amp (str | Unset): If your message is an email, this is the AMP-enabled body of your message. If your
            recipient's email client doesn't support AMP, the `body` represents your fallback message.
        language (str | Unset): The language variant for your message. If you don't use our [localization
            feature](/localization), or this is the default message, this value is an empty string. Example: fr.
        type_ (UpdateNewsletterTestTranslationResponse200ContentType | Unset): The type of message/action. Example:
            email.
        from_ (str | Unset): The address that the message is from, relevant if the action `type` is `email`. Example:
            sentFrom@example.com.
        from_id (int | Unset): The identifier of the `from` address, commonly known as the "sender". You can [list your
            sender identities](#operation/listSenders) to match the ID to a specific address. Example: 1.
        reply_to (str | Unset): The address that receives replies for the message, if applicable. Example:
            replyto@example.com.
        reply_to_id (int | None | Unset): The identifier for the `reply_to` address, if applicable. You can [list your
            sender identities](#operation/listSenders) to match the ID to a specific address. Example: 38.
        preprocessor (UpdateNewsletterTestTranslationResponse200ContentPreprocessor | Unset): By default, we process CSS
            before emails leave Customer.io using Premailer. If your message included CSS and pre-processing is not
            disabled, this key indicates the pre-processor.
        recipient (str | Unset): The recipient address for an action. Example: {{customer.email}}.
        subject (str | Unset): The subject line for an `email` action. Example: Did you get that thing I sent you?.
        bcc (str | Unset): The blind-copy address(es) for this action.
        fake_bcc (bool | Unset): If true, rather than sending true copies to BCC addresses, Customer.io sends a copy of
            the message with the subject line containing the recipient address(es).
        preheader_text (str | Unset): Also known as "preview text", this specifies the small block of text shown in an
            end-user's email inbox, next to, or underneath, the subject line.
        headers (str | Unset): A JSON string containing an array of header objects, where each object contains a `name`
            and a `value`. Header names and values must be strings and cannot contain any non-ASCII characters or empty
            spaces. Some headers are reserved and cannot be overwritten. Example: [{"name":"X-Mailgun-Tag","value":"my-cool-
            tag"},{"name":"X-Custom-Header","value":"custom-value"}].
    """

    id: int | Unset = UNSET
    newsletter_id: int | Unset = UNSET
    deduplicate_id: str | Unset = UNSET
    name: str | Unset = UNSET
    layout: str | Unset = UNSET
    body: str | Unset = UNSET
    body_amp: str | Unset = UNSET
    language: str | Unset = UNSET
    type_: UpdateNewsletterTestTranslationResponse200ContentType | Unset = UNSET
    from_: str | Unset = UNSET
    from_id: int | Unset = UNSET
    reply_to: str | Unset = UNSET
    reply_to_id: int | None | Unset = UNSET
    preprocessor: (
        UpdateNewsletterTestTranslationResponse200ContentPreprocessor | Unset
    ) = UNSET
    recipient: str | Unset = UNSET
    subject: str | Unset = UNSET
    bcc: str | Unset = UNSET
    fake_bcc: bool | Unset = UNSET
    preheader_text: str | Unset = UNSET
    headers: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        newsletter_id = self.newsletter_id

        deduplicate_id = self.deduplicate_id

        name = self.name

        layout = self.layout

        body = self.body

        body_amp = self.body_amp

        language = self.language

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

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

        headers = self.headers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if newsletter_id is not UNSET:
            field_dict["newsletter_id"] = newsletter_id
        if deduplicate_id is not UNSET:
            field_dict["deduplicate_id"] = deduplicate_id
        if name is not UNSET:
            field_dict["name"] = name
        if layout is not UNSET:
            field_dict["layout"] = layout
        if body is not UNSET:
            field_dict["body"] = body
        if body_amp is not UNSET:
            field_dict["body_amp"] = body_amp
        if language is not UNSET:
            field_dict["language"] = language
        if type_ is not UNSET:
            field_dict["type"] = type_
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
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(
            expect_object(src_dict, "UpdateNewsletterTestTranslationResponse200Content")
        )
        id = d.pop("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = expect_int(id, "UpdateNewsletterTestTranslationResponse200Content.id")

        newsletter_id = d.pop("newsletter_id", UNSET)
        if type(newsletter_id) is not int and newsletter_id is not UNSET:
            newsletter_id = expect_int(
                newsletter_id,
                "UpdateNewsletterTestTranslationResponse200Content.newsletter_id",
            )

        deduplicate_id = d.pop("deduplicate_id", UNSET)
        if type(deduplicate_id) is not str and deduplicate_id is not UNSET:
            deduplicate_id = expect_str(
                deduplicate_id,
                "UpdateNewsletterTestTranslationResponse200Content.deduplicate_id",
            )

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = expect_str(
                name, "UpdateNewsletterTestTranslationResponse200Content.name"
            )

        layout = d.pop("layout", UNSET)
        if type(layout) is not str and layout is not UNSET:
            layout = expect_str(
                layout, "UpdateNewsletterTestTranslationResponse200Content.layout"
            )

        body = d.pop("body", UNSET)
        if type(body) is not str and body is not UNSET:
            body = expect_str(
                body, "UpdateNewsletterTestTranslationResponse200Content.body"
            )

        body_amp = d.pop("body_amp", UNSET)
        if type(body_amp) is not str and body_amp is not UNSET:
            body_amp = expect_str(
                body_amp, "UpdateNewsletterTestTranslationResponse200Content.body_amp"
            )

        language = d.pop("language", UNSET)
        if type(language) is not str and language is not UNSET:
            language = expect_str(
                language, "UpdateNewsletterTestTranslationResponse200Content.language"
            )

        _type_ = d.pop("type", UNSET)
        type_: UpdateNewsletterTestTranslationResponse200ContentType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = UpdateNewsletterTestTranslationResponse200ContentType(_type_)

        from_ = d.pop("from", UNSET)
        if type(from_) is not str and from_ is not UNSET:
            from_ = expect_str(
                from_, "UpdateNewsletterTestTranslationResponse200Content.from"
            )

        from_id = d.pop("from_id", UNSET)
        if type(from_id) is not int and from_id is not UNSET:
            from_id = expect_int(
                from_id, "UpdateNewsletterTestTranslationResponse200Content.from_id"
            )

        reply_to = d.pop("reply_to", UNSET)
        if type(reply_to) is not str and reply_to is not UNSET:
            reply_to = expect_str(
                reply_to, "UpdateNewsletterTestTranslationResponse200Content.reply_to"
            )

        def _parse_reply_to_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reply_to_id = _parse_reply_to_id(d.pop("reply_to_id", UNSET))

        _preprocessor = d.pop("preprocessor", UNSET)
        preprocessor: (
            UpdateNewsletterTestTranslationResponse200ContentPreprocessor | Unset
        )
        if isinstance(_preprocessor, Unset):
            preprocessor = UNSET
        else:
            preprocessor = (
                UpdateNewsletterTestTranslationResponse200ContentPreprocessor(
                    _preprocessor
                )
            )

        recipient = d.pop("recipient", UNSET)
        if type(recipient) is not str and recipient is not UNSET:
            recipient = expect_str(
                recipient, "UpdateNewsletterTestTranslationResponse200Content.recipient"
            )

        subject = d.pop("subject", UNSET)
        if type(subject) is not str and subject is not UNSET:
            subject = expect_str(
                subject, "UpdateNewsletterTestTranslationResponse200Content.subject"
            )

        bcc = d.pop("bcc", UNSET)
        if type(bcc) is not str and bcc is not UNSET:
            bcc = expect_str(
                bcc, "UpdateNewsletterTestTranslationResponse200Content.bcc"
            )

        fake_bcc = d.pop("fake_bcc", UNSET)
        if type(fake_bcc) is not bool and fake_bcc is not UNSET:
            fake_bcc = expect_bool(
                fake_bcc, "UpdateNewsletterTestTranslationResponse200Content.fake_bcc"
            )

        preheader_text = d.pop("preheader_text", UNSET)
        if type(preheader_text) is not str and preheader_text is not UNSET:
            preheader_text = expect_str(
                preheader_text,
                "UpdateNewsletterTestTranslationResponse200Content.preheader_text",
            )

        headers = d.pop("headers", UNSET)
        if type(headers) is not str and headers is not UNSET:
            headers = expect_str(
                headers, "UpdateNewsletterTestTranslationResponse200Content.headers"
            )

        update_newsletter_test_translation_response_200_content = cls(
            id=id,
            newsletter_id=newsletter_id,
            deduplicate_id=deduplicate_id,
            name=name,
            layout=layout,
            body=body,
            body_amp=body_amp,
            language=language,
            type_=type_,
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
            headers=headers,
        )

        update_newsletter_test_translation_response_200_content.additional_properties = d
        return update_newsletter_test_translation_response_200_content

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
