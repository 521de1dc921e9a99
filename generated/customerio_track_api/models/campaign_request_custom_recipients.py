from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.and_2 import And2
    from ..models.and_audience_filter import AndAudienceFilter
    from ..models.attribute import Attribute
    from ..models.audience import Audience
    from ..models.common_trigger_props_data import CommonTriggerPropsData
    from ..models.or_2 import Or2
    from ..models.or_audience_filter import OrAudienceFilter
    from ..models.segment import Segment
    from ..models.segment_2 import Segment2


T = TypeVar("T", bound="CampaignRequestCustomRecipients")


@_attrs_define
class CampaignRequestCustomRecipients:
    """Send your broadcast to a group of people defined by a set of filters.

    Example:
        {'recipients': {'and': [{'segment': {'id': 3}}, {'or': [{'attribute': {'field': 'interest', 'operator': 'eq',
            'value': 'roadrunners'}}, {'attribute': {'field': 'state', 'operator': 'eq', 'value': 'NM'}}, {'not':
            {'attribute': {'field': 'species', 'operator': 'eq', 'value': 'roadrunners'}}}]}]}, 'data': {'headline':
            'Roadrunner spotted in Albuquerque!', 'date': 1511315635, 'text': 'We received reports of a roadrunner in your
            immediate area! Head to your dashboard to view more information!'}}

    Attributes:
        recipients (And2 | AndAudienceFilter | Attribute | Audience | Or2 | OrAudienceFilter | Segment | Segment2): When
            filtering for people, you can use `and` and `or` arrays to determine the logic for a group of filter conditions.
            `not` reverses the filter condition and matches when the condition is false. `segment` and `attribute` represent
            the individual conditions you can filter a group of people for.

            The top level of this object can only contain a single property, but you can nest `and` and `or` properties to
            produce complex filters.
        data (CommonTriggerPropsData | Unset): Contains information you want to use to populate your broadcast. Example:
            {'headline': 'Roadrunner spotted in Albuquerque!', 'date': 1511315635, 'text': 'We received reports of a
            roadrunner in your immediate area! Head to your dashboard to view more information!'}.
        email_add_duplicates (bool | Unset): an email address associated with more than one profile id is an error.
            Default: False.
        email_ignore_missing (bool | Unset): If false, a missing email causes the broadcast to error and fail. If true,
            the broadcast will skip over any people in your audience who don't have emails, and continue sending to the rest
            of your audience. Default: False.
        id_ignore_missing (bool | Unset): If false, a missing customer ID causes the broadcast to error and fail. If
            true, the broadcast will skip over any people in your audience who don't have IDs, and continue sending to the
            rest of your audience. Default: False.
    """

    recipients: (
        And2
        | AndAudienceFilter
        | Attribute
        | Audience
        | Or2
        | OrAudienceFilter
        | Segment
        | Segment2
    )
    data: CommonTriggerPropsData | Unset = UNSET
    email_add_duplicates: bool | Unset = False
    email_ignore_missing: bool | Unset = False
    id_ignore_missing: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.and_2 import And2
        from ..models.and_audience_filter import AndAudienceFilter
        from ..models.attribute import Attribute
        from ..models.or_2 import Or2
        from ..models.or_audience_filter import OrAudienceFilter
        from ..models.segment import Segment
        from ..models.segment_2 import Segment2

        recipients: dict[str, Any]
        if (
            isinstance(self.recipients, AndAudienceFilter)
            or isinstance(self.recipients, OrAudienceFilter)
            or isinstance(self.recipients, And2)
            or isinstance(self.recipients, Or2)
            or isinstance(self.recipients, Segment2)
            or isinstance(self.recipients, Attribute)
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
        from ..models.and_audience_filter import AndAudienceFilter
        from ..models.attribute import Attribute
        from ..models.audience import Audience
        from ..models.common_trigger_props_data import CommonTriggerPropsData
        from ..models.or_2 import Or2
        from ..models.or_audience_filter import OrAudienceFilter
        from ..models.segment import Segment
        from ..models.segment_2 import Segment2

        d = dict(src_dict)

        def _parse_recipients(
            data: object,
        ) -> (
            And2
            | AndAudienceFilter
            | Attribute
            | Audience
            | Or2
            | OrAudienceFilter
            | Segment
            | Segment2
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasaudience_filter_type_0 = AndAudienceFilter.from_dict(
                    data
                )

                return componentsschemasaudience_filter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasaudience_filter_type_1 = OrAudienceFilter.from_dict(
                    data
                )

                return componentsschemasaudience_filter_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasnot_audience_filter_type_0 = And2.from_dict(data)

                return componentsschemasnot_audience_filter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasnot_audience_filter_type_1 = Or2.from_dict(data)

                return componentsschemasnot_audience_filter_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasnot_audience_filter_type_2 = Segment2.from_dict(data)

                return componentsschemasnot_audience_filter_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasnot_audience_filter_type_3 = Attribute.from_dict(data)

                return componentsschemasnot_audience_filter_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasaudience_filter_type_3 = Segment.from_dict(data)

                return componentsschemasaudience_filter_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemasaudience_filter_type_4 = Audience.from_dict(data)

            return componentsschemasaudience_filter_type_4

        recipients = _parse_recipients(d.pop("recipients"))

        _data = d.pop("data", UNSET)
        data: CommonTriggerPropsData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = CommonTriggerPropsData.from_dict(_data)

        email_add_duplicates = d.pop("email_add_duplicates", UNSET)

        email_ignore_missing = d.pop("email_ignore_missing", UNSET)

        id_ignore_missing = d.pop("id_ignore_missing", UNSET)

        campaign_request_custom_recipients = cls(
            recipients=recipients,
            data=data,
            email_add_duplicates=email_add_duplicates,
            email_ignore_missing=email_ignore_missing,
            id_ignore_missing=id_ignore_missing,
        )

        campaign_request_custom_recipients.additional_properties = d
        return campaign_request_custom_recipients

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
