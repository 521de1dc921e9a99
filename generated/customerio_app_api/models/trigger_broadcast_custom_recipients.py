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
)

if TYPE_CHECKING:
    from ..models.and_2 import And2
    from ..models.and_3 import And3
    from ..models.attribute_2 import Attribute2
    from ..models.audience import Audience
    from ..models.or_ import Or
    from ..models.or_3 import Or3
    from ..models.segment import Segment
    from ..models.segment_3 import Segment3
    from ..models.trigger_broadcast_custom_recipients_data import (
        TriggerBroadcastCustomRecipientsData,
    )


T = TypeVar("T", bound="TriggerBroadcastCustomRecipients")


@_attrs_define
class TriggerBroadcastCustomRecipients:
    """Send your broadcast to a group of people defined by a set of filters.

    Example:
        {'recipients': {'and': [{'segment': {'id': 3}}, {'or': [{'attribute': {'field': 'interest', 'operator': 'eq',
            'value': 'roadrunners'}}, {'attribute': {'field': 'state', 'operator': 'eq', 'value': 'NM'}}, {'not':
            {'attribute': {'field': 'species', 'operator': 'eq', 'value': 'roadrunners'}}}]}]}, 'data': {'headline':
            'Roadrunner spotted in Albuquerque!', 'date': 1511315635, 'text': 'We received reports of a roadrunner in your
            immediate area! Head to your dashboard to view more information!'}}

    Attributes:
        recipients (And2 | And3 | Attribute2 | Audience | Or | Or3 | Segment | Segment3): A filter defining the group of
            people that you want send the broadcast to.
        data (TriggerBroadcastCustomRecipientsData | Unset): Contains information you want to use to populate your
            broadcast. Example: {'headline': 'Roadrunner spotted in Albuquerque!', 'date': 1511315635, 'text': 'We received
            reports of a roadrunner in your immediate area! Head to your dashboard to view more information!'}.
        email_add_duplicates (bool | Unset): an email address associated with more than one profile id is an error.
            Default: False.
        email_ignore_missing (bool | Unset): If false, a missing email causes the broadcast to error and fail. If true,
            the broadcast will skip over any people in your audience who don't have emails, and continue sending to the rest
            of your audience. Default: False.
        id_ignore_missing (bool | Unset): If false, a missing customer ID causes the broadcast to error and fail. If
            true, the broadcast will skip over any people in your audience who don't have IDs, and continue sending to the
            rest of your audience. Default: False.
    """

    recipients: And2 | And3 | Attribute2 | Audience | Or | Or3 | Segment | Segment3
    data: TriggerBroadcastCustomRecipientsData | Unset = UNSET
    email_add_duplicates: bool | Unset = False
    email_ignore_missing: bool | Unset = False
    id_ignore_missing: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.and_2 import And2
        from ..models.and_3 import And3
        from ..models.attribute_2 import Attribute2
        from ..models.or_ import Or
        from ..models.or_3 import Or3
        from ..models.segment import Segment
        from ..models.segment_3 import Segment3

        recipients: dict[str, Any]
        if (
            isinstance(self.recipients, And3)
            or isinstance(self.recipients, Or3)
            or isinstance(self.recipients, And2)
            or isinstance(self.recipients, Or)
            or isinstance(self.recipients, Segment3)
            or isinstance(self.recipients, Attribute2)
            or isinstance(self.recipients, Segment)
        ):
            recipients = self.recipients.to_dict()
        else:
            recipients = self.recipients.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        email_add_duplicates = self.email_add_duplicates

        email_ignore_missing = self.email_ignore_missing

        id_ignore_missing = self.id_ignore_missing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipients": recipients,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if email_add_duplicates is not UNSET:
            field_dict["email_add_duplicates"] = email_add_duplicates
        if email_ignore_missing is not UNSET:
            field_dict["email_ignore_missing"] = email_ignore_missing
        if id_ignore_missing is not UNSET:
            field_dict["id_ignore_missing"] = id_ignore_missing

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.and_2 import And2
        from ..models.and_3 import And3
        from ..models.attribute_2 import Attribute2
        from ..models.audience import Audience
        from ..models.or_ import Or
        from ..models.or_3 import Or3
        from ..models.segment import Segment
        from ..models.segment_3 import Segment3
        from ..models.trigger_broadcast_custom_recipients_data import (
            TriggerBroadcastCustomRecipientsData,
        )

        d = dict(expect_object(src_dict, "TriggerBroadcastCustomRecipients"))

        def _parse_recipients(
            data: object,
        ) -> And2 | And3 | Attribute2 | Audience | Or | Or3 | Segment | Segment3:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recipients_type_0 = And3.from_dict(data)

                return recipients_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recipients_type_1 = Or3.from_dict(data)

                return recipients_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasnot_type_0 = And2.from_dict(data)

                return componentsschemasnot_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasnot_type_1 = Or.from_dict(data)

                return componentsschemasnot_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasnot_type_2 = Segment3.from_dict(data)

                return componentsschemasnot_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasnot_type_3 = Attribute2.from_dict(data)

                return componentsschemasnot_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recipients_type_3 = Segment.from_dict(data)

                return recipients_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            recipients_type_4 = Audience.from_dict(data)

            return recipients_type_4

        recipients = _parse_recipients(d.pop("recipients"))

        _data = d.pop("data", UNSET)
        data: TriggerBroadcastCustomRecipientsData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = TriggerBroadcastCustomRecipientsData.from_dict(_data)

        email_add_duplicates = d.pop("email_add_duplicates", UNSET)
        if type(email_add_duplicates) is not bool and email_add_duplicates is not UNSET:
            email_add_duplicates = expect_bool(
                email_add_duplicates,
                "TriggerBroadcastCustomRecipients.email_add_duplicates",
            )

        email_ignore_missing = d.pop("email_ignore_missing", UNSET)
        if type(email_ignore_missing) is not bool and email_ignore_missing is not UNSET:
            email_ignore_missing = expect_bool(
                email_ignore_missing,
                "TriggerBroadcastCustomRecipients.email_ignore_missing",
            )

        id_ignore_missing = d.pop("id_ignore_missing", UNSET)
        if type(id_ignore_missing) is not bool and id_ignore_missing is not UNSET:
            id_ignore_missing = expect_bool(
                id_ignore_missing, "TriggerBroadcastCustomRecipients.id_ignore_missing"
            )

        trigger_broadcast_custom_recipients = cls(
            recipients=recipients,
            data=data,
            email_add_duplicates=email_add_duplicates,
            email_ignore_missing=email_ignore_missing,
            id_ignore_missing=id_ignore_missing,
        )

        trigger_broadcast_custom_recipients.additional_properties = d
        return trigger_broadcast_custom_recipients

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
