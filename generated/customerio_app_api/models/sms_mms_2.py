from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.sms_mms_2_sending_state import SmsMms2SendingState
from ..models.sms_mms_2_type import SmsMms2Type
from ..types import (
    UNSET,
    Unset,
    expect_int,
    expect_object,
    expect_str,
)

T = TypeVar("T", bound="SmsMms2")


@_attrs_define
class SmsMms2:
    """
    Attributes:
        id (int | Unset): The identifier for an action. Example: 96.
        campaign_id (int | Unset): The identifier for a campaign. Example: 5.
        parent_action_id (int | Unset): The ID of the parent action, if the action occurred within a campaign and has a
            parent (like a randomized split, etc). Example: 1.
        deduplicate_id (str | Unset): An identifier in the format `id:timestamp` where the id is the id of the object
            you are working with (Campaigns, Deliveries, Exports, Identities, Newsletters, Segments, and Templates), and the
            timestamp is the last time the object was updated. Example: 15:1492548073.
        name (str | Unset): The name of the action. Example: Opening Message.
        layout (str | Unset): The layout used for the action, if it exists.
        created (int | Unset): The date time when the referenced ID was created. Example: 1552341937.
        updated (int | Unset): The date time when the referenced ID was last updated. Example: 1552341937.
        body (str | Unset): The body of your SMS.
        language (str | Unset): The language variant for your message. If you don't use our [localization
            feature](/localization), or this is the default message, this value is an empty string. Example: fr.
        type_ (SmsMms2Type | Unset): For SMS/MMS messages, the `type` is always `twilio`.
        image_url (str | Unset): The URL of the image in your SMS (MMS) message.
        sending_state (SmsMms2SendingState | Unset): Determines the sending behavior for the action. `automatic` sends
            the action automatically when triggered; `draft` queues drafts when the action is triggered; or `off` to disable
            the action.
        recipient (str | Unset): The recipient value. In general, your recipient is an attribute that you reference
            using liquid, like `{{customer.phone}}`, instead of a hard-coded value. If you set this field to a liquid
            statement like `{{customer.phone}}`, the field returns blank in `GET` requests because we populate the recipient
            from your liquid statement at send time.
    """

    id: int | Unset = UNSET
    campaign_id: int | Unset = UNSET
    parent_action_id: int | Unset = UNSET
    deduplicate_id: str | Unset = UNSET
    name: str | Unset = UNSET
    layout: str | Unset = UNSET
    created: int | Unset = UNSET
    updated: int | Unset = UNSET
    body: str | Unset = UNSET
    language: str | Unset = UNSET
    type_: SmsMms2Type | Unset = UNSET
    image_url: str | Unset = UNSET
    sending_state: SmsMms2SendingState | Unset = UNSET
    recipient: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        campaign_id = self.campaign_id

        parent_action_id = self.parent_action_id

        deduplicate_id = self.deduplicate_id

        name = self.name

        layout = self.layout

        created = self.created

        updated = self.updated

        body = self.body

        language = self.language

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        image_url = self.image_url

        sending_state: str | Unset = UNSET
        if not isinstance(self.sending_state, Unset):
            sending_state = self.sending_state.value

        recipient = self.recipient

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if parent_action_id is not UNSET:
            field_dict["parent_action_id"] = parent_action_id
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
        if language is not UNSET:
            field_dict["language"] = language
        if type_ is not UNSET:
            field_dict["type"] = type_
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if sending_state is not UNSET:
            field_dict["sending_state"] = sending_state
        if recipient is not UNSET:
            field_dict["recipient"] = recipient

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(expect_object(src_dict, "SmsMms2"))
        id = d.pop("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = expect_int(id, "SmsMms2.id")

        campaign_id = d.pop("campaign_id", UNSET)
        if type(campaign_id) is not int and campaign_id is not UNSET:
            campaign_id = expect_int(campaign_id, "SmsMms2.campaign_id")

        parent_action_id = d.pop("parent_action_id", UNSET)
        if type(parent_action_id) is not int and parent_action_id is not UNSET:
            parent_action_id = expect_int(parent_action_id, "SmsMms2.parent_action_id")

        deduplicate_id = d.pop("deduplicate_id", UNSET)
        if type(deduplicate_id) is not str and deduplicate_id is not UNSET:
            deduplicate_id = expect_str(deduplicate_id, "SmsMms2.deduplicate_id")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = expect_str(name, "SmsMms2.name")

        layout = d.pop("layout", UNSET)
        if type(layout) is not str and layout is not UNSET:
            layout = expect_str(layout, "SmsMms2.layout")

        created = d.pop("created", UNSET)
        if type(created) is not int and created is not UNSET:
            created = expect_int(created, "SmsMms2.created")

        updated = d.pop("updated", UNSET)
        if type(updated) is not int and updated is not UNSET:
            updated = expect_int(updated, "SmsMms2.updated")

        body = d.pop("body", UNSET)
        if type(body) is not str and body is not UNSET:
            body = expect_str(body, "SmsMms2.body")

        language = d.pop("language", UNSET)
        if type(language) is not str and language is not UNSET:
            language = expect_str(language, "SmsMms2.language")

        _type_ = d.pop("type", UNSET)
        type_: SmsMms2Type | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = SmsMms2Type(_type_)

        image_url = d.pop("image_url", UNSET)
        if type(image_url) is not str and image_url is not UNSET:
            image_url = expect_str(image_url, "SmsMms2.image_url")

        _sending_state = d.pop("sending_state", UNSET)
        sending_state: SmsMms2SendingState | Unset
        if isinstance(_sending_state, Unset):
            sending_state = UNSET
        else:
            sending_state = SmsMms2SendingState(_sending_state)

        recipient = d.pop("recipient", UNSET)
        if type(recipient) is not str and recipient is not UNSET:
            recipient = expect_str(recipient, "SmsMms2.recipient")

        sms_mms_2 = cls(
            id=id,
            campaign_id=campaign_id,
            parent_action_id=parent_action_id,
            deduplicate_id=deduplicate_id,
            name=name,
            layout=layout,
            created=created,
            updated=updated,
            body=body,
            language=language,
            type_=type_,
            image_url=image_url,
            sending_state=sending_state,
            recipient=recipient,
        )

        sms_mms_2.additional_properties = d
        return sms_mms_2

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
